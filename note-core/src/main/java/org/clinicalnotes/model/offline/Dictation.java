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
import org.clinicalnotes.template.NoteTemplate;

/**
 * A dictated note: the clinician speaks the note, section by section ("Subjective. ... Objective. ...").
 * Spoken headers (resource {@code dictation.tsv}) set the content kind of the sentences that follow them;
 * dictation commands ("period", "new paragraph", "end of dictation") are removed. Immutable and thread-safe.
 */
final class Dictation {

    /** {@code combined}: an "assessment and plan" header, whose sentences are sorted one by one. */
    private record Header(NoteTemplate.ContentKind kind, boolean combined, Pattern pattern) {
    }

    /** A spoken list marker opening an item: "number one,", "item two:", "first,". */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:(?:number|item|problem) (?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})"
                    + "|first|second|third|fourth|fifth|next|finally|lastly)[,:.]\\s*", Pattern.CASE_INSENSITIVE);

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
                    boolean combined = f[1].endsWith("+PLAN");
                    NoteTemplate.ContentKind kind = NoteTemplate.ContentKind.valueOf(combined ? f[1].substring(0, f[1].length() - 5) : f[1]);
                    HEADERS.add(new Header(kind, combined, Pattern.compile(
                            "^(?:" + f[2].strip() + ")(?:\\s*[:.,-]\\s*|\\s*$)", Pattern.CASE_INSENSITIVE)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sentence split into its spoken header, if any, and the rest; {@code combined} when the header opens an
     * "assessment and plan"; {@code listItem} when the rest opened with a spoken list marker (removed).
     */
    record Parsed(Optional<NoteTemplate.ContentKind> header, boolean combined, String rest, boolean listItem) {
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
        Optional<NoteTemplate.ContentKind> kind = Optional.empty();
        boolean combined = false;
        for (Header h : HEADERS) {
            Matcher m = h.pattern().matcher(s);
            if (m.find()) {
                kind = Optional.of(h.kind());
                combined = h.combined();
                s = s.substring(m.end()).strip();
                break;
            }
        }
        Matcher item = LIST_MARKER.matcher(s);
        boolean listItem = item.find();
        return new Parsed(kind, combined, listItem ? s.substring(item.end()).strip() : s, listItem);
    }
}
