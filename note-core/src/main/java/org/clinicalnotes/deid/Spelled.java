package org.clinicalnotes.deid;

import java.util.HashMap;
import java.util.Map;

/** Number words: "ninety-two", "twenty ninth", "two thousand eight", "nineteen seventy eight". */
final class Spelled {

    private Spelled() {
    }

    static final Map<String, Integer> UNITS = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Map<String, Integer> DIGIT = new HashMap<>();
    /** First-two-letter pairs of the cardinal words, "double" and "triple": a cheap test before a map lookup. */
    private static final boolean[] PAIRS = new boolean[26 * 26];


    static {
        String[] u = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < u.length; i++) {
            UNITS.put(u[i], i);
        }
        String[] t = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < t.length; i++) {
            TENS.put(t[i], 20 + 10 * i);
        }
        String[] o = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < o.length; i++) {
            ORDINALS.put(o[i], i + 1);
        }
        ORDINALS.put("thirtieth", 30);
        for (int i = 0; i <= 9; i++) {
            DIGIT.put(u[i], i);
        }
        DIGIT.put("oh", 0);
        DIGIT.put("o", 0);
        for (Map<String, Integer> m : java.util.List.of(UNITS, TENS, DIGIT)) {
            m.keySet().forEach(Spelled::markPair);
        }
        markPair("double");
        markPair("triple");
    }

    private static void markPair(String w) {
        if (w.length() >= 2) {
            PAIRS[(w.charAt(0) - 'a') * 26 + w.charAt(1) - 'a'] = true;
        }
    }

    /**
     * Whether a lower-case word may be a cardinal word of {@link #UNITS}, {@link #TENS} or {@link #DIGIT}, or
     * "double" or "triple": false means it is none of them (true proves nothing).
     */
    static boolean maybeCardinal(String w) {
        if (w.length() < 2) {
            return w.equals("o");
        }
        int a = w.charAt(0) - 'a';
        int b = w.charAt(1) - 'a';
        return a >= 0 && a < 26 && b >= 0 && b < 26 && PAIRS[a * 26 + b];
    }

    static boolean isNumberWord(String w) {
        return UNITS.containsKey(w) || TENS.containsKey(w) || ORDINALS.containsKey(w) || w.equals("hundred")
                || w.equals("thousand") || w.equals("oh");
    }

    /**
     * Reads a cardinal or ordinal below 100 from words[from..]: "twenty", "twenty nine", "twenty-ninth", "fourth".
     *
     * @return {value, wordsUsed, ordinal?1:0} or null
     */
    static int[] small(String[] words, int from, int to) {
        if (from >= to) {
            return null;
        }
        String w = words[from];
        if (ORDINALS.containsKey(w)) {
            return new int[] {ORDINALS.get(w), 1, 1};
        }
        if (UNITS.containsKey(w)) {
            return new int[] {UNITS.get(w), 1, 0};
        }
        if (TENS.containsKey(w)) {
            int v = TENS.get(w);
            if (from + 1 < to) {
                String n = words[from + 1];
                Integer o = ORDINALS.get(n);
                if (o != null && o < 10) {
                    return new int[] {v + o, 2, 1};
                }
                Integer un = UNITS.get(n);
                if (un != null && un > 0 && un < 10) {
                    return new int[] {v + un, 2, 0};
                }
            }
            return new int[] {v, 1, 0};
        }
        if (w.equals("twentieth") || w.equals("thirtieth")) {
            return new int[] {ORDINALS.get(w), 1, 1};
        }
        return null;
    }

    /**
     * Reads a spelled year: "two thousand eight", "two thousand and twelve", "nineteen seventy eight",
     * "twenty twenty one".
     *
     * @return {year, wordsUsed} or null
     */
    static int[] year(String[] words, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (words[from].equals("two") && from + 1 < to && words[from + 1].equals("thousand")) {
            int i = from + 2;
            if (i < to && words[i].equals("and")) {
                i++;
            }
            int[] s = small(words, i, to);
            if (s != null && s[2] == 0) {
                return new int[] {2000 + s[0], i + s[1] - from};
            }
            return new int[] {2000, 2};
        }
        Integer head = UNITS.get(words[from]);
        int hv = head != null ? head : TENS.getOrDefault(words[from], -1);
        if (hv == 19 || hv == 18 || hv == 20) {
            int[] s = small(words, from + 1, to);
            if (s != null && s[2] == 0 && s[0] >= 10) {
                return new int[] {hv * 100 + s[0], 1 + s[1]};
            }
            if (from + 2 < to && words[from + 1].equals("oh")) {
                Integer d = UNITS.get(words[from + 2]);
                if (d != null && d < 10) {
                    return new int[] {hv * 100 + d, 3};
                }
            }
        }
        return null;
    }

    /** @return the value of "ninety two", "one hundred", "101" style words, {value, wordsUsed}, or null */
    static int[] cardinal(String[] words, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (words[from].equals("one") && from + 1 < to && words[from + 1].equals("hundred")) {
            int i = from + 2;
            if (i < to && words[i].equals("and")) {
                i++;
            }
            int[] s = small(words, i, to);
            if (s != null && s[2] == 0) {
                return new int[] {100 + s[0], i + s[1] - from};
            }
            return new int[] {100, 2};
        }
        int[] s = small(words, from, to);
        return s != null && s[2] == 0 ? new int[] {s[0], s[1]} : null;
    }

    private static final String[] ORD_WORDS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    private static final String[] UNIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"};

    /** @return "twenty ninth" for 29 */
    static String ordinalWords(int n) {
        if (n <= 20) {
            return ORD_WORDS[n];
        }
        if (n == 30) {
            return "thirtieth";
        }
        return (n < 30 ? "twenty " : "thirty ") + ORD_WORDS[n % 10];
    }

    /** @return "ninety two" for 92 */
    static String cardinalWords(int n) {
        if (n >= 100) {
            return "one hundred" + (n > 100 ? " " + cardinalWords(n - 100) : "");
        }
        if (n < 10) {
            return UNIT_WORDS[n];
        }
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
        if (n < 20) {
            return teens[n - 10];
        }
        String[] t = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        return t[n / 10 - 2] + (n % 10 == 0 ? "" : " " + UNIT_WORDS[n % 10]);
    }
}
