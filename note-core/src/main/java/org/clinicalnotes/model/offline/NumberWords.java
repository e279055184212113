package org.clinicalnotes.model.offline;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes spoken two-word numbers as digits, as clinical notes write them: "thirty four" becomes 34. Single
 * small numbers ("five nights") are left to {@link TextCleaner}; longer runs ("two thousand three") keep their
 * words (see {@link #RUN}). Stateless and thread-safe.
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9));

    private static final String UNIT = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String TEN = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String ORD = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";
    /**
     * A tens word and its unit ("thirty four", "forty"): the forms the grounding check reads as the same
     * digits. Longer runs (dates, "one hundred thirty six") keep their words, so that every digit in a
     * statement stays traceable to its evidence.
     */
    private static final Pattern RUN = Pattern.compile("(?i)(?<!(?:hundred|thousand|and|[a-z]teen|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve)[ -])\\b" + TEN + "[ -](?:one|two|three|four|five|six|seven"
            + "|eight|nine)\\b(?![ -](?:" + ORD + "|hundred|thousand|" + UNIT + "|" + TEN + ")\\b)");

    private NumberWords() {
    }

    private static final String[] TENS_WORDS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private static boolean hasTens(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : TENS_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String digits(String text) {
        if (!hasTens(text) || !RUN.matcher(text).find()) {
            return text;
        }
        Matcher m = RUN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            if (run.indexOf(' ') < 0 && run.indexOf('-') < 0 && UNITS.containsKey(run.toLowerCase(Locale.ROOT))) {
                m.appendReplacement(sb, Matcher.quoteReplacement(run));   // "five nights": TextCleaner's call
                continue;
            }
            String tail = "";
            // a trailing "and" belongs to the sentence ("thirty and forty"), an ordinal other than the last word ends the run
            if (run.toLowerCase(Locale.ROOT).endsWith(" and")) {
                run = run.substring(0, run.length() - 4);
                tail = " and";
            }
            String value = value(run);
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value + tail));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The digits of a run of number words, or null when it does not read as one number. */
    static String value(String run) {
        String[] words = run.toLowerCase(Locale.ROOT).split("[ -]+");
        long total = 0;
        long current = 0;
        String suffix = "";
        Integer last = null;    // the last unit-level value seen, to refuse "one two" ("one, two")
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("and")) {
                continue;
            }
            if (UNITS.containsKey(w) || ORDINALS.containsKey(w)) {
                int v = UNITS.containsKey(w) ? UNITS.get(w) : ORDINALS.get(w);
                if (ORDINALS.containsKey(w)) {
                    if (i != words.length - 1) {
                        return null;
                    }
                    suffix = v == 1 ? "st" : v == 2 ? "nd" : v == 3 ? "rd" : "th";
                }
                if (last != null && current % 10 != 0) {
                    return null;
                }
                if (last != null && current % 100 != 0 && v >= 10) {
                    return null;
                }
                current += v;
                last = v;
            } else if (TENS.containsKey(w)) {
                if (current % 100 != 0) {
                    return null;    // "thirty forty"
                }
                current += TENS.get(w);
                last = TENS.get(w);
            } else if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                last = null;
            } else if (w.equals("thousand")) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                last = null;
            } else {
                return null;
            }
        }
        long v = total + current;
        return v + suffix;
    }
}
