package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.Tsv;

/**
 * Whether a finished statement (spoken numbers already digits) holds a measurement: a reading ("152/94"), a
 * number with a unit ("10 mg", "97%"), a named vital sign, laboratory value or score with its number ("heart
 * rate 88", "potassium 4.2", "score is 15"), a rating ("6 out of 10"); or, for a clinician's exam sentence, a
 * finding word ("tenderness", "wheezing"). The words are closed classes in {@code measurements.tsv}. Such
 * statements are kept whatever their relevance weight and the word budget: the weights were learnt from
 * whole ACI-Bench visits and drop readings. Stateless and thread-safe.
 */
final class Measurements {

    private static final Pattern READING = Pattern.compile("(?<![\\d/])\\d{2,3}/\\d{2,3}(?![\\d/])");
    private static final Pattern UNIT;
    private static final Pattern NAMED;
    private static final Pattern FINDING;

    static {
        List<String> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (String[] row : Tsv.rows(Measurements.class, "measurements.tsv", 2)) {
            String word = Pattern.quote(row[1].strip());
            switch (row[0].strip()) {
                case "unit" -> units.add(word);
                case "name" -> names.add(word);
                case "finding" -> findings.add(word);
                case "time" -> times.add(word);
                default -> throw new IllegalStateException("measurements.tsv: unknown kind " + row[0]);
            }
        }
        String number = "\\d+(?:[.,]\\d+)?";
        String notTime = "(?!\\s?(?:" + String.join("|", times) + ")\\b)";
        UNIT = Pattern.compile("(?<![\\w.])" + number + "\\s?(?:" + String.join("|", units) + ")(?![\\w])",
                Pattern.CASE_INSENSITIVE);
        NAMED = Pattern.compile("\\b(?:" + String.join("|", names) + ")\\b(?:[\\s,:]+(?:is|was|of|at|to|were|are"
                + "|today|now|came back|came out|a|an|the|about|around|like|down|up|back)){0,3}[\\s,:]+"
                + "(?:" + number + ")(?![\\w/]|[.,]\\d)" + notTime, Pattern.CASE_INSENSITIVE);
        FINDING = Pattern.compile("\\b(?:" + String.join("|", findings) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private Measurements() {
    }

    /** Whether the statement holds a measurement. */
    static boolean holds(String text) {
        if (!hasDigit(text)) {
            return false;
        }
        return READING.matcher(text).find() || UNIT.matcher(text).find() || NAMED.matcher(text).find();
    }

    /** Whether the statement holds a reading or a named vital sign, value or score (not only a dose). */
    static boolean holdsReading(String text) {
        return hasDigit(text) && (READING.matcher(text).find() || NAMED.matcher(text).find());
    }

    /** Whether a clinician's exam sentence states a finding or a measurement. */
    static boolean isFinding(String text) {
        return holds(text) || FINDING.matcher(text).find();
    }

    /**
     * Whether a statement of this kind is kept whatever its relevance and the word budget: it holds a
     * measurement, or it is an exam finding.
     */
    static boolean pins(org.clinicalnotes.template.NoteTemplate.ContentKind kind, String text) {
        return kind == org.clinicalnotes.template.NoteTemplate.ContentKind.EXAM ? isFinding(text) : holds(text);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
