package org.clinicalnotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs of spoken number words written as digits, as clinical notes write them: "four hundred" as 400,
 * "ninety-eight point four" as 98.4, "nineteen sixty-one" as 1961 and the spoken hundreds of vital signs
 * and doses ("one twenty-six", "one fifty") as 126 and 150, and a tens word before a unit ("twenty
 * milligrams", "a ninety-day supply") as 20 and 90. A run must read as exactly one number; anything else
 * ("one two three", "twenty four seven") keeps its words, and so does a single small word ("five nights"),
 * which is the note writer's call. Times ("at seven thirty") keep their words. The drafting model writes
 * numbers with it and the grounding check reads evidence with it, so every digit it writes stays traceable
 * to its utterance. Stateless and thread-safe. Not API.
 */
public final class SpokenNumbers {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("oh", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** Words before a run that make it a clock time ("at seven thirty"), which keeps its words. */
    private static final Set<String> TIME_BEFORE = Set.of("at", "around", "by", "until", "till", "before", "after",
            "from", "since");
    /** Words after a run that make it a clock time. */
    private static final Set<String> TIME_AFTER = Set.of("am", "pm", "o'clock", "oclock", "tonight", "tomorrow");

    /** Units after which a single tens word ("twenty", "ninety") is written as digits. */
    private static final Set<String> UNITS = Set.of("mg", "milligram", "milligrams", "mcg", "microgram", "micrograms",
            "gram", "grams", "units", "unit", "ml", "milliliters", "cc", "pounds", "lbs", "kilograms", "kg", "percent",
            "degrees", "minutes", "minute", "hours", "hour", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "puffs", "tablets", "pills", "beats", "breaths", "drinks");

    private SpokenNumbers() {
    }

    private record Word(String lower, int start, int end) {
    }

    /**
     * @param text any text
     * @return the text with each run of two or more number words that reads as one number written as digits
     */
    public static String digits(String text) {
        if (!mayHaveRun(text)) {
            return text;
        }
        List<Word> words = words(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < words.size()) {
            if (!isNumberWord(words.get(i).lower()) || words.get(i).lower().equals("oh")
                    || words.get(i).lower().equals("point")) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && joined(text, words.get(j), words.get(j + 1))
                    && (isNumberWord(words.get(j + 1).lower()) || andInside(words, j + 1))) {
                j++;
            }
            while (j > i && (words.get(j).lower().equals("and") || words.get(j).lower().equals("point"))) {
                j--;
            }
            if (j == i && !SMALL.containsKey(words.get(i).lower()) && (j + 1 < words.size()
                    && joined(text, words.get(j), words.get(j + 1)) && (UNITS.contains(words.get(j + 1).lower())
                    || words.get(j + 1).lower().equals("over")) || i > 0 && words.get(i - 1).lower().equals("over"))) {
                // a tens word before a unit ("twenty milligrams", "a thirty-day supply") or in a reading ("124 over eighty")
                Long v = single(words.get(i).lower());
                if (v != null) {
                    out.append(text, copied, words.get(i).start()).append(v);
                    copied = words.get(i).end();
                }
            } else if (j > i) {
                String before = i > 0 ? words.get(i - 1).lower() : "";
                String after = j + 1 < words.size() ? words.get(j + 1).lower() : "";
                String value = value(words.subList(i, j + 1), before, after);
                if (value != null) {
                    out.append(text, copied, words.get(i).start()).append(value);
                    copied = words.get(j).end();
                }
            }
            i = j + 1;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /** Cheap gate: a number word followed by a space or hyphen and another letter. */
    private static boolean mayHaveRun(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : new String[] {"one", "two", "thr", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twel", "ty", "hundred", "thousand"}) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberWord(String w) {
        return SMALL.containsKey(w) || TENS.containsKey(w) || w.equals("hundred") || w.equals("thousand")
                || w.equals("point");
    }

    /** "and" inside "one hundred and twenty". */
    private static boolean andInside(List<Word> words, int k) {
        return words.get(k).lower().equals("and") && k > 0 && k + 1 < words.size()
                && (words.get(k - 1).lower().equals("hundred") || words.get(k - 1).lower().equals("thousand"))
                && (SMALL.containsKey(words.get(k + 1).lower()) || TENS.containsKey(words.get(k + 1).lower()));
    }

    /** Two words separated only by spaces or one hyphen. */
    private static boolean joined(String text, Word a, Word b) {
        String gap = text.substring(a.end(), b.start());
        return gap.equals("-") || !gap.isEmpty() && gap.isBlank();
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i > start) {
                out.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
            }
        }
        return out;
    }

    private static String value(List<Word> run, String before, String after) {
        List<String> w = new ArrayList<>();
        for (Word x : run) {
            w.add(x.lower());
        }
        int point = w.indexOf("point");
        if (point >= 0) {
            StringBuilder decimals = new StringBuilder();
            for (String d : w.subList(point + 1, w.size())) {
                Integer v = SMALL.get(d);
                if (v == null || v > 9) {
                    return null;
                }
                decimals.append(v);
            }
            Long whole = point == 0 ? Long.valueOf(0) : point == 1 ? single(w.get(0)) : integer(w.subList(0, point), before, after);
            return whole == null || decimals.length() == 0 ? null : whole + "." + decimals;
        }
        Long v = integer(w, before, after);
        return v == null ? null : Long.toString(v);
    }

    private static Long single(String w) {
        Integer v = SMALL.containsKey(w) && !w.equals("oh") ? SMALL.get(w) : TENS.get(w);
        return v == null ? null : Long.valueOf(v);
    }

    private static Long integer(List<String> w, String before, String after) {
        Long standard = standard(w);
        if (standard != null) {
            return standard;
        }
        // spoken hundreds: "one twenty-six" (126), "one oh five" (105); years: "nineteen sixty-one"
        Integer head = SMALL.get(w.get(0));
        Long rest = w.size() >= 2 ? twoDigits(w.subList(1, w.size())) : null;
        if (head == null || rest == null || w.get(0).equals("oh")) {
            return null;
        }
        boolean year = w.get(0).equals("nineteen") || w.get(0).equals("eighteen");
        if (head >= 1 && head <= 9) {
            boolean reading = before.equals("over") || after.equals("over");
            if (!reading && (TIME_BEFORE.contains(before) || TIME_AFTER.contains(after))) {
                return null;
            }
            return head * 100L + rest;
        }
        return year ? head * 100L + rest : null;
    }

    /** 10 to 99 said as "twenty", "twenty six", "fifteen" or "oh five". */
    private static Long twoDigits(List<String> w) {
        if (w.size() == 1) {
            Integer t = TENS.get(w.get(0));
            Integer s = SMALL.get(w.get(0));
            return t != null ? Long.valueOf(t) : s != null && s >= 10 ? Long.valueOf(s) : null;
        }
        if (w.size() == 2) {
            Integer t = TENS.get(w.get(0));
            Integer u = SMALL.get(w.get(1));
            if (t != null && u != null && u >= 1 && u <= 9 && !w.get(1).equals("oh")) {
                return (long) t + u;
            }
            if (w.get(0).equals("oh") && u != null && u >= 1 && u <= 9 && !w.get(1).equals("oh")) {
                return (long) u;
            }
        }
        return null;
    }

    /** "four hundred", "twenty six", "two thousand and three"; null when the words are not one number. */
    private static Long standard(List<String> w) {
        long total = 0;
        long current = 0;
        boolean unitSeen = false;
        boolean tensSeen = false;
        boolean any = false;
        for (String x : w) {
            if (x.equals("and")) {
                continue;
            }
            if (x.equals("oh")) {
                return null;
            }
            Integer s = SMALL.get(x);
            Integer t = TENS.get(x);
            if (s != null) {
                if (unitSeen || tensSeen && s >= 10) {
                    return null;
                }
                current += s;
                unitSeen = true;
            } else if (t != null) {
                if (unitSeen || tensSeen) {
                    return null;
                }
                current += t;
                tensSeen = true;
            } else if (x.equals("hundred")) {
                if (current >= 100 || current == 0 && any) {
                    return null;
                }
                current = (current == 0 ? 1 : current) * 100;
                unitSeen = false;
                tensSeen = false;
            } else if (x.equals("thousand")) {
                if (total > 0) {
                    return null;
                }
                total = (current == 0 ? 1 : current) * 1000;
                current = 0;
                unitSeen = false;
                tensSeen = false;
            } else {
                return null;
            }
            any = true;
        }
        return total + current;
    }
}
