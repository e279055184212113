package org.clinicalnotes.model.offline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.transcript.Utterance;

/** The speakers' casing of names and acronyms in one transcript, restored in finished statements. */
final class Casing {

    /** Speakers' casing of names and acronyms, by lower-case word. */
    private final Map<String, String> casing;

    Casing(List<Utterance> utterances) {
        this.casing = casing(utterances);
    }

    /**
     * Words the speakers wrote with capitals inside a sentence ("Dr. Patel", "PHQ-9", "Saturday"), by their
     * lower-case form; words also written in lower case are left out. Empty for lower-case transcripts.
     */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof");

    private static Map<String, String> casing(List<Utterance> utterances) {
        Map<String, String> cased = new java.util.HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Utterance u : utterances) {
                String t = u.text();
                if (pass == 0 && !hasUpperCase(t)) {
                    continue;
                }
                scanCasing(t, cased, pass == 1);
            }
            if (cased.isEmpty()) {
                return cased;
            }
        }
        cased.values().removeIf(v -> v.isEmpty());
        return cased;
    }

    private static boolean hasUpperCase(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * First pass: records capitalised words that are not sentence starts (acronyms always). Second pass
     * ({@code lowerPass}): blanks recorded words that also occur in lower case; the caller removes them.
     */
    private static void scanCasing(String t, Map<String, String> cased, boolean lowerPass) {
        int n = t.length();
        int i = 0;
        boolean sentenceStart = true;
        boolean title = false;
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' && !title || c == '?' || c == '!' || c == ':' || c == '"') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            int capitals = 0;
            while (i < n && (Character.isLetterOrDigit(t.charAt(i))
                    || (t.charAt(i) == '-' || t.charAt(i) == '\'') && i + 1 < n
                    && Character.isLetterOrDigit(t.charAt(i + 1)))) {
                if (Character.isUpperCase(t.charAt(i))) {
                    capitals++;
                }
                i++;
            }
            if (lowerPass) {
                if (capitals == 0) {
                    String word = t.substring(start, i);
                    if (cased.containsKey(word)) {
                        cased.put(word, "");
                    }
                }
            } else if (capitals > 0 && (capitals >= 2 || !sentenceStart)) {
                String word = t.substring(start, i);
                String key = word.toLowerCase(Locale.ROOT);
                if (!key.equals("i") && !key.startsWith("i'")) {
                    cased.putIfAbsent(key, word);
                }
                title = TITLES.contains(key);
            } else {
                title = i - start <= 4 && TITLES.contains(t.substring(start, i).toLowerCase(Locale.ROOT));
            }
            sentenceStart = false;
        }
    }

    /** Restores the speakers' casing of names and acronyms in a finished statement. */
    String recase(String text) {
        if (casing.isEmpty() || text.isEmpty()) {
            return text;
        }
        StringBuilder sb = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || (text.charAt(i) == '-' || text.charAt(i) == '\'') && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
            }
            String cased = casing.get(text.substring(start, i).toLowerCase(Locale.ROOT));
            if (cased != null && cased.length() == i - start) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.replace(start, i, cased);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
