package org.clinicalnotes.model.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.WordStartPattern;

/**
 * Sentences that never become clinical statements (resource {@code non-clinical.tsv}): identity checks (the
 * patient's name and birth date belong to the record's header), greetings and visit logistics ("come with me
 * and we'll get you checked out"). Immutable and thread-safe.
 */
final class NonClinical {

    private static final List<Pattern> PATTERNS = load(null);
    /** The identity rows alone: a question asking for them is answered with identity, not clinical content. */
    private static final List<Pattern> IDENTITY = load("identity");
    /**
     * The patterns as at most three alternations: those anchored at the start (tried there only), those starting
     * with {@code \b} (tried at word starts only) and the rest (tried everywhere); one scan each.
     */
    private static final List<WordStartPattern> ANY = group(PATTERNS);

    private NonClinical() {
    }

    private static List<Pattern> load(String kind) {
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
                if (kind != null && !kind.equals(f[0].strip())) {
                    continue;
                }
                out.add(Pattern.compile(f[1].strip(), Pattern.CASE_INSENSITIVE));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a cleaned sentence is identity, greeting or logistics rather than clinical content. */
    static boolean matches(String sentence) {
        for (WordStartPattern p : ANY) {
            if (p.find(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cleaned sentence asks for or gives identity (name, date of birth, address). */
    static boolean isIdentity(String sentence) {
        for (Pattern p : IDENTITY) {
            if (p.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<WordStartPattern> group(List<Pattern> patterns) {
        List<String> start = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Pattern p : patterns) {
            String r = p.pattern();
            WordStartPattern alone = WordStartPattern.of(p);
            if (r.startsWith("^") && alone.findsAtStartOnly()) {
                start.add("(?:" + r.substring(1) + ")");
            } else if (r.startsWith("\\b") && alone.findsAtWordStartsOnly()) {
                words.add("(?:" + r.substring(2) + ")");
            } else {
                other.add("(?:" + r + ")");
            }
        }
        List<WordStartPattern> out = new ArrayList<>();
        if (!start.isEmpty()) {
            out.add(WordStartPattern.of(Pattern.compile("^(?:" + String.join("|", start) + ")", Pattern.CASE_INSENSITIVE)));
        }
        if (!words.isEmpty()) {
            out.add(WordStartPattern.of(Pattern.compile("\\b(?:" + String.join("|", words) + ")",
                    Pattern.CASE_INSENSITIVE)));
        }
        if (!other.isEmpty()) {
            out.add(WordStartPattern.of(Pattern.compile(String.join("|", other), Pattern.CASE_INSENSITIVE)));
        }
        return List.copyOf(out);
    }
}
