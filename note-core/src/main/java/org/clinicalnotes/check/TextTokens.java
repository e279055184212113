package org.clinicalnotes.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tokenising and light normalisation shared by the checks. Not API. */
final class TextTokens {

    /**
     * Words that carry no clinical content, including the words a model adds when it rewrites speech
     * into clinical third person ("patient reports", "he denies").
     */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
            "has", "have", "had", "having", "it", "its", "this", "that", "these", "those", "there", "here",
            "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers",
            "they", "them", "their", "theirs", "patient", "patients", "client", "clients", "clinician",
            "doctor", "provider", "reports", "reported", "report", "states", "stated", "state", "notes", "noted",
            "says", "said", "endorses", "endorsed", "denies", "denied", "describes", "described", "mentions",
            "mentioned", "discussed", "advised", "recommended", "recommends", "plan", "will", "would", "should",
            "can", "could", "may", "might", "also", "not", "no", "yes", "very", "just", "about", "into", "over",
            "than", "too", "some", "any", "all", "per", "which", "who", "whom", "what", "when", "where", "how",
            "up", "out", "s", "t", "okay", "ok", "um", "uh", "well", "like", "really", "get", "got", "go",
            "going", "currently", "today", "now", "presents", "presented");

    private static final java.util.Map<String, Integer> NUMBER_WORDS = numberWords();

    private TextTokens() {
    }

    private static java.util.Map<String, Integer> numberWords() {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(units[i], i);
        }
        for (int i = 0; i < tens.length; i++) {
            m.put(tens[i], 20 + 10 * i);
        }
        m.put("hundred", 100);
        return java.util.Map.copyOf(m);
    }

    /**
     * Lower-case alphanumeric tokens with spoken numbers turned into digits, so that "twenty five
     * milligrams" and "25 milligrams" give the same tokens: "twenty five" becomes "25", "two" becomes "2".
     */
    static List<String> normalisedTokens(String text) {
        List<String> raw = tokens(text);
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Integer v = NUMBER_WORDS.get(raw.get(i));
            if (v == null) {
                out.add(raw.get(i));
                continue;
            }
            int value = v;
            if (value >= 20 && value % 10 == 0 && value < 100 && i + 1 < raw.size()) {
                Integer unit = NUMBER_WORDS.get(raw.get(i + 1));
                if (unit != null && unit > 0 && unit < 10) {
                    value += unit;
                    i++;
                }
            }
            out.add(Integer.toString(value));
        }
        return out;
    }

    /** Lower-case alphanumeric tokens. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(lower.substring(start, i));
            }
        }
        return out;
    }

    /** A crude stem: the first five characters, enough to match "waking" with "wake" and "wakes". */
    static String stem(String token) {
        if (isNumber(token)) {
            return token;
        }
        String t = token;
        if (t.length() > 4 && t.endsWith("ing")) {
            t = t.substring(0, t.length() - 3);
        } else if (t.length() > 3 && t.endsWith("ed")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.length() > 3 && t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.length() > 5 ? t.substring(0, 5) : t;
    }

    static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }
}
