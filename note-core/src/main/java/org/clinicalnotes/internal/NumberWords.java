package org.clinicalnotes.internal;

import java.util.Map;

/**
 * Small counts said in words or digits, as people answer "how many times?": "three", "twice", "a couple",
 * "like 4", "a few", "zero". Not API.
 */
public final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("none", 0), Map.entry("never", 0), Map.entry("once", 1),
            Map.entry("one", 1), Map.entry("twice", 2), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("thrice", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("couple", 2), Map.entry("few", 3), Map.entry("several", 4), Map.entry("many", 5),
            Map.entry("dozen", 12), Map.entry("handful", 4));

    private NumberWords() {
    }

    /**
     * The first count among the first few words of a lower-case answer.
     *
     * @param lower the answer, lower-cased
     * @param maxWords how many leading words to look at
     * @return the count, or -1 when the answer starts with none
     */
    public static int leadingCount(String lower, int maxWords) {
        int seen = 0;
        for (String w : lower.split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (++seen > maxWords) {
                break;
            }
            Integer v = WORDS.get(w);
            if (v != null) {
                return v;
            }
            if (w.chars().allMatch(Character::isDigit) && w.length() <= 3) {
                return Integer.parseInt(w);
            }
        }
        return -1;
    }
}
