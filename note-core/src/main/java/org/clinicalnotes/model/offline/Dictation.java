package org.clinicalnotes.model.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.template.ContentKind;

/**
 * A dictated note: the clinician speaks the note, section by section ("Subjective. ... Objective. ...").
 * Spoken headers (resource {@code dictation.tsv}) set the content kind of the sentences that follow them;
 * dictation commands ("period", "new paragraph", "end of dictation") are removed. Immutable and thread-safe.
 */
final class Dictation {

    private record Header(ContentKind kind, Pattern pattern) {
    }

    private static final List<Header> HEADERS = new ArrayList<>();
    private static Pattern commands = Pattern.compile("$^");

    static {
        try (InputStream in = Dictation.class.getResourceAsStream("dictation.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dictation.tsv missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("command")) {
                    commands = Pattern.compile("(?:^|[\\s,.;:]+)(?:" + f[2].strip() + ")[.!]?\\s*$",
                            Pattern.CASE_INSENSITIVE);
                } else {
                    HEADERS.add(new Header(ContentKind.valueOf(f[1]), Pattern.compile(
                            "^(?:" + f[2].strip() + ")(?:\\s*[:.,-]\\s*|\\s*$)", Pattern.CASE_INSENSITIVE)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sentence split into its spoken header, if any, and the rest. */
    record Parsed(Optional<ContentKind> header, String rest) {
    }

    private Dictation() {
    }

    /** Removes trailing dictation commands, then reads a leading spoken header. */
    static Parsed parse(String sentence) {
        String s = sentence.strip();
        for (int i = 0; i < 3; i++) {
            Matcher c = commands.matcher(s);
            if (!c.find()) {
                break;
            }
            s = s.substring(0, c.start()).strip();
        }
        for (Header h : HEADERS) {
            Matcher m = h.pattern().matcher(s);
            if (m.find()) {
                return new Parsed(Optional.of(h.kind()), s.substring(m.end()).strip());
            }
        }
        return new Parsed(Optional.empty(), s);
    }
}
