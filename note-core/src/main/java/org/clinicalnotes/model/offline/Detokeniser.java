package org.clinicalnotes.model.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Undoes ACI-Bench style space tokenisation (" , ", " n't", "gon na") and lower-cases a turn: the first step
 * of {@link TextCleaner}'s cleaning. Stateless and thread-safe.
 */
final class Detokeniser {

    private static final Pattern[][] DETOKENISE = {
        {Pattern.compile("\\s+([,.;:?!%])"), null},
        {Pattern.compile("\\b(ca|wo|do|does|did|is|are|was|were|have|has|had|could|should|would|need|must|ai)\\s+n't\\b"), null},
        {Pattern.compile("\\s+('s|'re|'ve|'ll|'d|'m)\\b"), null},
        {Pattern.compile("\\bwan na\\b"), null},
        {Pattern.compile("\\bgon na\\b"), null},
        {Pattern.compile("\\bgot ta\\b"), null},
        {Pattern.compile("\\$\\s+(\\d)"), null},
    };

    private static final String[] DETOKENISE_REPLACEMENT = {"$1", "$1n't", "$1", "want to", "going to", "got to",
        "\\$$1"};

    /** A substring each DETOKENISE rule needs; the rule is skipped when the text lacks it. */
    private static final String[] DETOKENISE_NEEDS = {" ", "n't", " '", "wan na", "gon na", "got ta", "$"};

    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private Detokeniser() {
    }


    /** Joins ACI-Bench style tokens (" , ", " n't") back into ordinary text and lower-cases it. */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        if (s.indexOf('[') >= 0) {
            s = BRACKETS.matcher(s).replaceAll(" ");
        }
        s = s.replace('\t', ' ').replace('\n', ' ');
        if (doubleSpace(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        for (int i = 0; i < DETOKENISE.length; i++) {
            if (i == 0) {
                s = dropSpaceBefore(s, ",.;:?!%");
            } else if (i == 1) {
                s = joinNot(s);
            } else if (i == 2) {
                s = joinContractions(s);
            } else if (s.contains(DETOKENISE_NEEDS[i])) {
                s = DETOKENISE[i][0].matcher(s).replaceAll(DETOKENISE_REPLACEMENT[i]);
            }
        }
        return s.strip();
    }


    /** A regex whitespace character ({@code \\s}). */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a whitespace character is directly followed by one of {@code punct}. */
    private static boolean spaceBefore(String s, String punct) {
        for (int i = 1; i < s.length(); i++) {
            if (punct.indexOf(s.charAt(i)) >= 0 && space(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes every run of whitespace directly followed by one of {@code punct}: what the first
     * {@link #DETOKENISE} rule ({@code \\s+([,.;:?!%])} to {@code $1}) does, without a regex.
     */
    static String dropSpaceBefore(String s, String punct) {
        if (!spaceBefore(s, punct)) {
            return s;
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!space(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && space(s.charAt(j))) {
                j++;
            }
            if (j == n || punct.indexOf(s.charAt(j)) < 0) {
                sb.append(s, i, j);
            }
            i = j;
        }
        return sb.toString();
    }

    /**
     * Removes every run of whitespace directly before a contraction ('s, 're, 've, 'll, 'd, 'm) that ends at a
     * word boundary: what the third {@link #DETOKENISE} rule does, without a regex. Leaves the text to the rule
     * when a non-ASCII character follows a contraction.
     */
    static String joinContractions(String s) {
        int n = s.length();
        StringBuilder sb = null;
        int copied = 0;
        for (int q = s.indexOf('\'', 1); q >= 0; q = s.indexOf('\'', q + 1)) {
            if (!space(s.charAt(q - 1))) {
                continue;
            }
            int len = contractionAt(s, q + 1);
            if (len == 0) {
                continue;
            }
            int e = q + 1 + len;
            if (e < n) {
                char c = s.charAt(e);
                if (c >= 128) {
                    return DETOKENISE[2][0].matcher(s).replaceAll(DETOKENISE_REPLACEMENT[2]);
                }
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                    continue;
                }
            }
            int runStart = q - 1;
            while (runStart > copied && space(s.charAt(runStart - 1))) {
                runStart--;
            }
            if (sb == null) {
                sb = new StringBuilder(n);
            }
            sb.append(s, copied, runStart);
            copied = q;
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
    }

    /** Whether two whitespace characters stand together: else {@link #SPACES} cannot match. */
    private static boolean doubleSpace(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (space(s.charAt(i)) && space(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The words the second {@link #DETOKENISE} rule joins to a following "n't". */
    private static final java.util.Set<String> NOT_HOSTS = java.util.Set.of("ca", "wo", "do", "does", "did", "is",
            "are", "was", "were", "have", "has", "had", "could", "should", "would", "need", "must", "ai");

    /**
     * What the second {@link #DETOKENISE} rule ({@code \b(ca|wo|do|...)\s+n't\b} to {@code $1n't}) does,
     * without a regex: removes the whitespace between one of those words and a following "n't". Leaves the text
     * to the rule when a non-ASCII character stands next to a candidate.
     */
    static String joinNot(String s) {
        int n = s.length();
        StringBuilder sb = null;
        int copied = 0;
        for (int q = s.indexOf("n't", 1); q >= 0; q = s.indexOf("n't", q + 3)) {
            if (!space(s.charAt(q - 1))) {
                continue;
            }
            if (q + 3 < n && s.charAt(q + 3) >= 128) {
                return DETOKENISE[1][0].matcher(s).replaceAll(DETOKENISE_REPLACEMENT[1]);
            }
            if (q + 3 < n && regexWordChar(s.charAt(q + 3))) {
                continue;
            }
            int ws = q - 1;
            while (ws > copied && space(s.charAt(ws - 1))) {
                ws--;
            }
            int b = ws;
            while (b > 0 && regexWordChar(s.charAt(b - 1))) {
                b--;
            }
            if (b > 0 && s.charAt(b - 1) >= 128) {
                // whether \b holds after a non-ASCII letter depends on the Java version: leave it to the rule
                return DETOKENISE[1][0].matcher(s).replaceAll(DETOKENISE_REPLACEMENT[1]);
            }
            if (b < copied || b == ws || !NOT_HOSTS.contains(s.substring(b, ws))) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n);
            }
            sb.append(s, copied, ws);
            copied = q;
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
    }

    /** A regex word character ({@code \w}). */
    private static boolean regexWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The length of the contraction letters (s, re, ve, ll, d, m) at {@code i}, or 0. */
    private static int contractionAt(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        char c = s.charAt(i);
        if (c == 's' || c == 'd' || c == 'm') {
            return 1;
        }
        char d = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return c == 'r' && d == 'e' || c == 'v' && d == 'e' || c == 'l' && d == 'l' ? 2 : 0;
    }
}
