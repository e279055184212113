package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole-word alternation ({@code a|b c|(?:d|e) f}) matched fast: each top-level alternative is tried only at word
 * starts whose first characters equal the alternative's literal beginning, so a long cue list costs a hash lookup
 * per word instead of a regex attempt per alternative per word. Alternatives without a literal beginning are tried
 * at every word start. Matches on lower-case text. Immutable, thread-safe.
 */
final class WordPatterns {

    private static final int KEY = 3;

    /** One alternative of one tagged cue list. */
    private record Alt(int tag, Pattern pattern) {
    }

    /** Receives a match: the list's tag and the match start. */
    interface Hits {
        /**
         * @param tag the tag of the list that matched
         * @param start where the match starts
         */
        void hit(int tag, int start);
    }

    private final Map<Long, List<Alt>> byKey;
    private final List<Alt> always;
    private final int tags;

    private WordPatterns(Map<Long, List<Alt>> byKey, List<Alt> always, int tags) {
        this.byKey = byKey;
        this.always = always;
        this.tags = tags;
    }

    /**
     * @param lists cue lists (regular-expression alternations), tagged by their index
     * @return the matcher for all of them
     */
    static WordPatterns compile(List<String> lists) {
        Map<Long, List<Alt>> byKey = new HashMap<>();
        List<Alt> always = new ArrayList<>();
        for (int tag = 0; tag < lists.size(); tag++) {
            for (String alt : split(lists.get(tag))) {
                Alt a = new Alt(tag, Pattern.compile("(?:" + alt + ")(?![\\w'])"));
                List<String> keys = keys(alt);
                if (keys == null) {
                    always.add(a);
                } else {
                    for (String k : keys) {
                        byKey.computeIfAbsent(key(k, 0, k.length()), x -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new WordPatterns(Map.copyOf(byKey), List.copyOf(always), lists.size());
    }

    private static long key(CharSequence s, int from, int len) {
        long k = len;
        for (int i = 0; i < len; i++) {
            k = k << 16 | s.charAt(from + i);
        }
        return k;
    }

    /**
     * Reports, for each list, its non-overlapping matches left to right.
     *
     * @param lower lower-case text
     * @param hits receives each match
     */
    void scan(String lower, Hits hits) {
        int n = lower.length();
        int[] next = new int[tags];
        Matcher m = null;
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (!isWordChar(c) || i > 0 && (isWordChar(lower.charAt(i - 1)) || lower.charAt(i - 1) == '\'')) {
                continue;
            }
            for (int len = 1; len <= KEY && i + len <= n; len++) {
                List<Alt> alts = byKey.get(key(lower, i, len));
                if (alts != null) {
                    m = tryAll(alts, lower, i, next, hits, m);
                }
            }
            if (!always.isEmpty()) {
                m = tryAll(always, lower, i, next, hits, m);
            }
        }
    }

    private static Matcher tryAll(List<Alt> alts, String s, int at, int[] next, Hits hits, Matcher m) {
        for (Alt a : alts) {
            if (at < next[a.tag()]) {
                continue;
            }
            m = m == null ? a.pattern().matcher(s) : m.usePattern(a.pattern());
            m.region(at, s.length());
            m.useTransparentBounds(true);
            if (m.lookingAt()) {
                next[a.tag()] = Math.max(m.end(), at + 1);
                hits.hit(a.tag(), at);
            }
        }
        return m;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Splits at top-level bars. */
    static List<String> split(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean cls = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (cls) {
                cls = c != ']';
            } else if (c == '[') {
                cls = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /** The possible literal beginnings (up to three characters) of an alternative, or null when it has none. */
    static List<String> keys(String alt) {
        if (alt.startsWith("(?:")) {
            int close = closing(alt, 0);
            if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) {
                return null;
            }
            List<String> keys = new ArrayList<>();
            for (String inner : split(alt.substring(3, close))) {
                String lit = literal(inner);
                if (lit.isEmpty()) {
                    return null;
                }
                keys.add(lit.substring(0, Math.min(KEY, lit.length())));
            }
            return keys;
        }
        String lit = literal(alt);
        return lit.isEmpty() ? null : List.of(lit.substring(0, Math.min(KEY, lit.length())));
    }

    /** The literal characters an alternative begins with, stopping before one a quantifier could make optional. */
    private static String literal(String alt) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            boolean plain = Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == ' ' || c == ',';
            if (!plain) {
                break;
            }
            boolean quantified = i + 1 < alt.length() && "?*{".indexOf(alt.charAt(i + 1)) >= 0;
            if (quantified) {
                break;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
