package org.clinicalnotes.measure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers in speech: digits and number words up to ninety-nine, with their positions. Not API. */
final class Numbers {

    private Numbers() {
    }

    record Num(double value, int start, int end) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\b|\\b(twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine)\\b)?\\b|\\b(zero|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b");

    /** Words after a number that make it a duration, count or dose rather than a score. */
    private static final Pattern NOT_A_SCORE_AFTER = Pattern.compile("^\\s{0,8}(?:-\\s{0,8})?(?:weeks?|days?|months?|years?|hours?"
            + "|minutes?|times?|nights?|cups?|glasses|glass|drinks?|beers?|items?|questions?|milligrams?|mg|mcg|micrograms?"
            + "|pounds?|lbs?|kilos?|kg|percent|%|o'clock|am|pm|a\\.m|p\\.m|in\\s+the\\s+(?:morning|afternoon|evening)"
            + "|sessions?|visits?|kids?|children|people|of\\s+(?:them|us|those))\\b");
    private static final Pattern NOT_A_SCORE_BEFORE = Pattern.compile("\\b(?:phq|gad|pcl|audit|epds)\\s{0,8}-?\\s{0,8}$");

    /**
     * @param s lower-case text
     * @return the numbers in it, in order, without durations, counts and doses
     */
    static List<Num> scores(String s) {
        List<Num> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        // the context tests look at a short window on either side, never at the whole turn: linear in its length
        Matcher after = NOT_A_SCORE_AFTER.matcher(s).useTransparentBounds(true);
        Matcher before = NOT_A_SCORE_BEFORE.matcher(s).useTransparentBounds(true);
        while (m.find()) {
            double v;
            if (m.group(1) != null) {
                v = Double.parseDouble(m.group(1));
            } else if (m.group(2) != null) {
                v = TENS.get(m.group(2)) + (m.group(3) != null ? UNITS.get(m.group(3)) : 0);
            } else {
                v = UNITS.get(m.group(4));
            }
            if (after.region(m.end(), Math.min(s.length(), m.end() + AFTER_WINDOW)).lookingAt()) {
                continue;
            }
            if (before.region(Math.max(0, m.start() - BEFORE_WINDOW), m.start()).find()) {
                continue;
            }
            out.add(new Num(v, m.start(), m.end()));
        }
        return out;
    }

    /** Longest text the after-test can need ("in the afternoon" after spaces and a dash). */
    static final int AFTER_WINDOW = 48;
    /** Longest text the before-test can need ("epds -" with spaces). */
    static final int BEFORE_WINDOW = 24;
}
