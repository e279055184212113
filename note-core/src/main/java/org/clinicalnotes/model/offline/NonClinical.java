package org.clinicalnotes.model.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences that never become clinical statements (resource {@code non-clinical.tsv}): identity checks (the
 * patient's name and birth date belong to the record's header), greetings and visit logistics ("come with me
 * and we'll get you checked out"). Immutable and thread-safe.
 */
final class NonClinical {

    private static final List<Pattern> PATTERNS = load();
    /** All patterns as one alternation: one scan of the sentence instead of one per pattern. */
    private static final Pattern ANY = Pattern.compile(String.join("|",
            PATTERNS.stream().map(p -> "(?:" + p.pattern() + ")").toList()), Pattern.CASE_INSENSITIVE);

    private NonClinical() {
    }

    private static List<Pattern> load() {
        try (InputStream in = NonClinical.class.getResourceAsStream("non-clinical.tsv")) {
            if (in == null) {
                throw new IllegalStateException("non-clinical.tsv missing from the class path");
            }
            List<Pattern> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                out.add(Pattern.compile(f[1].strip(), Pattern.CASE_INSENSITIVE));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a cleaned sentence is identity, greeting or logistics rather than clinical content. */
    static boolean matches(String sentence) {
        return ANY.matcher(sentence).find();
    }
}
