package org.clinicalnotes.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal text a regex's every match must begin with, as a set of prefixes: {@code therap(?:y|ist)|pain}
 * gives "therap" and "pain"; {@code (?:the )?nurse} gives "the " and "nurse". A position where none of the
 * prefixes starts cannot start a match, so the regex need not be tried there (a {@link java.util.regex.Matcher}'s
 * {@code region} reset and its alternation cost more than comparing a few characters). Conservative: a regex whose
 * start it cannot read (a class, an escape, a counted group, an inline flag) gives no prefixes, and then every
 * position passes. Immutable and thread-safe. Not API.
 */
final class LiteralPrefixes {

    /** By first character (lower-cased when case-insensitive): the prefixes' remaining characters. */
    private final char[][][] byFirst = new char[128][][];
    private final boolean ignoreCase;

    private LiteralPrefixes(List<String> prefixes, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<List<char[]>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String p : prefixes) {
            String q = ignoreCase ? lowerAscii(p) : p;
            lists.get(q.charAt(0)).add(q.toCharArray());
        }
        for (int c = 0; c < 128; c++) {
            if (!lists.get(c).isEmpty()) {
                byFirst[c] = lists.get(c).toArray(char[][]::new);
            }
        }
    }

    /**
     * @param body       the regex after its leading {@code \b}
     * @param ignoreCase whether the pattern is {@code CASE_INSENSITIVE} (ASCII folding only)
     * @return the filter, or null when the regex's start cannot be read
     */
    static LiteralPrefixes of(String body, boolean ignoreCase) {
        if (inlineFlag(body)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (!collect(body, out)) {
            return null;
        }
        for (String p : out) {
            if (p.isEmpty() || p.charAt(0) >= 128) {
                return null;
            }
            for (int k = 0; k < p.length(); k++) {
                if (p.charAt(k) >= 128) {
                    return null;
                }
            }
        }
        return new LiteralPrefixes(out, ignoreCase);
    }

    /**
     * Whether some prefix starts at {@code i} (true as well when a non-ASCII character is met, whose folding is
     * left to the regex).
     */
    boolean mayStartAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c >= 128) {
            return true;
        }
        char[][] ps = byFirst[ignoreCase ? lower(c) : c];
        if (ps == null) {
            return false;
        }
        int len = s.length();
        for (char[] p : ps) {
            if (i + p.length > len) {
                continue;
            }
            int k = 1;
            for (; k < p.length; k++) {
                char t = s.charAt(i + k);
                if (t >= 128) {
                    return true;
                }
                if ((ignoreCase ? lower(t) : t) != p[k]) {
                    break;
                }
            }
            if (k == p.length) {
                return true;
            }
        }
        return false;
    }

    /** Adds the prefixes of every match of {@code r}; false when they cannot be told. */
    private static boolean collect(String r, List<String> out) {
        if (r.isEmpty()) {
            return false;
        }
        if (r.charAt(0) == '(') {
            if (r.startsWith("(?") && !r.startsWith("(?:")) {
                return false;
            }
            int close = WordStartPattern.closing(r);
            if (close < 0) {
                return false;
            }
            String inner = r.substring(r.startsWith("(?:") ? 3 : 1, close);
            for (String alt : WordStartPattern.topLevel(inner)) {
                if (!collect(alt, out)) {
                    return false;
                }
            }
            String rest = r.substring(close + 1);
            if (rest.startsWith("?") || rest.startsWith("*")) {
                int skip = rest.length() > 1 && (rest.charAt(1) == '?' || rest.charAt(1) == '+') ? 2 : 1;
                return collect(rest.substring(skip), out); // optional: what follows may start the match
            }
            return !rest.startsWith("{");
        }
        int k = 0;
        while (k < r.length() && literal(r.charAt(k))) {
            k++;
        }
        if (k < r.length() && "?*{".indexOf(r.charAt(k)) >= 0) {
            k--;
        }
        if (k <= 0) {
            return false;
        }
        out.add(r.substring(0, k));
        return true;
    }

    private static boolean literal(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '\''
                || c == '-' || c == ',' || c == '/';
    }

    /** Whether the regex holds an inline flag or a group construct other than {@code (?:}, {@code (?=} or {@code (?!}. */
    private static boolean inlineFlag(String r) {
        for (int i = 0; i + 2 < r.length(); i++) {
            if (r.charAt(i) == '\\') {
                i++;
            } else if (r.charAt(i) == '(' && r.charAt(i + 1) == '?' && ":=!".indexOf(r.charAt(i + 2)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static String lowerAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            sb.append(lower(s.charAt(k)));
        }
        return sb.toString();
    }
}
