package org.clinicalnotes.deid;

import java.util.List;
import java.util.Set;

/**
 * Dates in written and spoken forms: "June 2, 1978", "april second two thousand twelve", "june the fourth
 * nineteen thirty two", "the 3rd of May", a bare day of the month ("on the uh seventeenth", "the twenty
 * ninth of last month"), and holidays that date an event ("since Thanksgiving", "the day after Labor Day").
 * Never a year alone. Numeric dates ("11/3/2001") are found with the other numbers. Stateless.
 */
final class DateRules {

    static final Set<String> DATE_CUES = Words.list("DateRules.DATE_CUES");
    private static final Set<String> MAY_CUES = Words.list("DateRules.MAY_CUES");
    /** Words after "the Nth" that make it a rank, not a day ("the third time", "the fifth floor"). */
    private static final Set<String> RANK_NOUNS = Words.list("DateRules.RANK_NOUNS");
    private static final Set<String> HOLIDAY_CUES = Words.list("DateRules.HOLIDAY_CUES");
    /** Words after "the Nth" that make it a day: a verb or a new clause follows, not a noun ("the 2nd was clean"). */
    private static final Set<String> AFTER_DAY = Words.list("DateRules.AFTER_DAY");
    /** Words before a compound ordinal said alone as a day ("okay twenty fifth", "maybe thirty first"). */
    private static final Set<String> DAY_OPENERS = Words.list("DateRules.DAY_OPENERS");

    private DateRules() {
    }

    /** Adds every date in the words. */
    static void find(String text, List<Tok> t, List<PhiMatch> out) {
        int from = out.size();
        for (int i = 0; i < t.size(); i++) {
            dates(text, t, i, out);
            bareDay(text, t, i, out);
        }
        weekdays(t, out, from);
        Holidays.find(t, HOLIDAY_CUES, out);
    }

    /**
     * A weekday said with the day it names, in one breath, is part of that date ("monday the fourteenth",
     * "Thursday the 28th"): the weekday and the day together point at one calendar day. A weekday alone, or
     * set off by a comma ("Friday, the 21st"), stays.
     */
    private static void weekdays(List<Tok> t, List<PhiMatch> out, int from) {
        for (int m = from; m < out.size(); m++) {
            PhiMatch p = out.get(m);
            int k = 0;
            while (k < t.size() && t.get(k).start < p.start()) {
                k++;
            }
            if (k >= t.size() || t.get(k).start != p.start()) {
                continue;
            }
            int b = k - 1;
            if (b >= 0 && t.get(b).low.equals("the")) {
                b--;
            }
            while (b >= 0 && AnswerRules.PAUSE.contains(t.get(b).low)) {
                b--;
            }
            if (b >= 0 && Words.WEEKDAYS.contains(t.get(b).low) && k - b <= 3 && Tok.gap(t.get(b), t.get(b + 1)) == 1
                    && t.get(b).textAt(t.get(b).length()) == ' ') {
                out.set(m, PhiMatch.of(t.get(b).start, p.end(), PhiCategory.DATE));
            }
        }
    }

    /**
     * A spelled ordinal day at word i ("fourth", "twenty third", "thirty-first"): {day, words}, or null.
     */
    static int[] spelledOrdinal(List<Tok> t, int i) {
        String w = t.get(i).low;
        Integer o = Spelled.ORDINALS.get(w);
        if (o != null) {
            return o >= 1 && o <= 31 ? new int[] {o, 1} : null;
        }
        Integer tens = Spelled.TENS.get(w);
        if (tens != null && (tens == 20 || tens == 30) && i + 1 < t.size()) {
            Integer u = Spelled.ORDINALS.get(t.get(i + 1).low);
            if (u != null && u >= 1 && u <= 9 && tens + u <= 31) {
                return new int[] {tens + u, 2};
            }
        }
        return null;
    }

    /** "the seventeenth", "on the uh 3rd", "the twenty ninth of last month". */
    private static void bareDay(String text, List<Tok> t, int i, List<PhiMatch> out) {
        if (!t.get(i).low.equals("the")) {
            compoundDay(t, i, out);
            return;
        }
        int j = i + 1;
        while (j < t.size() && AnswerRules.PAUSE.contains(t.get(j).low)) {
            j++;
        }
        if (j >= t.size()) {
            return;
        }
        int len;
        Tok d = t.get(j);
        if (!d.digits && isDayNumber(d)) {
            len = 1;
        } else {
            int[] o = spelledOrdinal(t, j);
            if (o == null) {
                return;
            }
            len = o[1];
        }
        int after = j + len;
        String next = after < t.size() ? t.get(after).low : "";
        if (RANK_NOUNS.contains(next) || next.equals("of") && after + 1 < t.size()
                && !Words.MONTH_NUMBER.containsKey(t.get(after + 1).low) && !t.get(after + 1).low.equals("last")
                && !t.get(after + 1).low.equals("next") && !t.get(after + 1).low.equals("this")) {
            return;
        }
        String prev = i > 0 ? t.get(i - 1).low : "";
        int endChar = t.get(after - 1).fullEnd;
        boolean punct = endChar < text.length() && ",.?!;".indexOf(text.charAt(endChar)) >= 0;
        boolean cue = punct || compound(t, j) || prev.equals("about") || DATE_CUES.contains(prev) || Words.WEEKDAYS.contains(prev) || AnswerRules.PAUSE.contains(prev)
                || prev.equals("like") || prev.equals("is") || prev.equals("it's") || prev.equals("thats")
                || prev.equals("that") && t.get(i - 1).fullEnd > t.get(i - 1).end || prev.equals("was") || i == 0 || next.isEmpty()
                || next.equals("at") || next.equals("and") || next.equals("or") || next.equals("to")
                || next.equals("through") || next.equals("of") || Words.MONTH_NUMBER.containsKey(next)
                || prev.equals("the") && i > 1 && DATE_CUES.contains(t.get(i - 2).low) || AFTER_DAY.contains(next) && !(len == 1 && !d.hasDigit
                        && (d.low.equals("first") || d.low.equals("second")));
        if (cue) {
            out.add(PhiMatch.of(t.get(j).start, t.get(after - 1).end, PhiCategory.DATE));
        }
    }

    /** "twenty third", "thirty-first", "twentieth": ordinals of 20 and up that name a day, not a rank. */
    private static boolean compound(List<Tok> t, int j) {
        int[] o = spelledOrdinal(t, j);
        return o != null && (o[1] == 2 || o[0] >= 20 && !t.get(j).hasDigit);
    }

    /**
     * A day said as a compound ordinal without "the" ("twenty fifth okay", "yeah twenty third works"), unless
     * a rank noun follows ("twenty fifth percentile") or a number runs into it ("one hundred twenty fifth").
     */
    private static void compoundDay(List<Tok> t, int i, List<PhiMatch> out) {
        if (!compound(t, i) || i > 0 && !t.get(i).sentenceStart && !AnswerRules.PAUSE.contains(t.get(i - 1).low)
                && !DAY_OPENERS.contains(t.get(i - 1).low)) {
            return; // "and twenty eighth for menopause" is no day: only a turn's or sentence's start, a pause or an opener
        }
        int len = spelledOrdinal(t, i)[1];
        String next = i + len < t.size() ? t.get(i + len).low : "";
        if (RANK_NOUNS.contains(next) || next.equals("of") || Words.MONTH_NUMBER.containsKey(next)
                || Spelled.isNumberWord(next)) {
            return;
        }
        out.add(PhiMatch.of(t.get(i).start, t.get(i + len - 1).end, PhiCategory.DATE));
    }

    private static void dates(String text, List<Tok> t, int i, List<PhiMatch> out) {
        Tok k = t.get(i);
        Integer month = Words.MONTH_NUMBER.get(k.low);
        if (month == null) {
            if ((k.low.equals("the") || k.low.equals("on")) && i + 1 < t.size()) {
                ordinalDay(text, t, i, out);
            }
            return;
        }
        boolean full = Words.MONTHS_FULL.contains(k.low);
        if (!full) {
            // an abbreviation counts with a period or a number next to it: "Jan. 3", "3 Feb 2020"
            boolean dot = k.end < text.length() && text.charAt(k.end) == '.';
            if (!dot && !(i + 1 < t.size() && t.get(i + 1).hasDigit) && !(i > 0 && t.get(i - 1).digits)) {
                return;
            }
        }
        int start = k.start;
        int end = k.end;
        int j = i + 1;
        // right: day, then year
        boolean day = false;
        if (j < t.size()) {
            Tok d = t.get(j);
            int[] o = null;
            if (d.low.equals("the") && j + 1 < t.size()) {
                o = spelledOrdinal(t, j + 1);
                if (o == null && isDayNumber(t.get(j + 1)) && !t.get(j + 1).digits) {
                    o = new int[] {1, 1};
                }
                if (o != null) {
                    o = new int[] {o[0], o[1] + 1};
                }
            } else if (!isDayNumber(d)) {
                o = spelledOrdinal(t, j);
            }
            if (isDayNumber(d) && Tok.gap(k, d) <= 2) {
                end = d.end;
                day = true;
                j++;
            } else if (o != null) {
                end = t.get(j + o[1] - 1).end;
                day = true;
                j += o[1];
            } else {
                String[] w = Tok.lows(t, j, Math.min(t.size(), j + 3));
                int[] s = Spelled.small(w, 0, w.length);
                String[] w5 = Tok.lows(t, j, Math.min(t.size(), j + 5));
                // "november nineteen seventy eight" is a month and a year, not the nineteenth
                if (s != null && s[0] >= 1 && s[0] <= 31 && !(w[0].equals("one") && s[1] == 1)
                        && Spelled.year(w5, 0, w5.length) == null) {
                    end = t.get(j + s[1] - 1).end;
                    day = true;
                    j += s[1];
                }
            }
        }
        int beforeYear = end;
        if (j < t.size()) {
            Tok y = t.get(j);
            if (j + 0 < t.size() && y.low.equals("of") && j + 1 < t.size()) {
                y = t.get(j + 1);
                if (y.digits && y.length() == 4) {
                    end = y.end;
                    j += 2;
                }
            } else if (y.digits && y.length() == 4 && Tok.gap(t.get(j - 1), y) <= 2) {
                end = y.end;
                j++;
            } else if (y.digits && y.length() == 2 && y.start > 0 && (text.charAt(y.start - 1) == '\''
                    || text.charAt(y.start - 1) == '\u2019')) {
                end = y.end;
                j++;
            } else {
                String[] w = Tok.lows(t, j, Math.min(t.size(), j + 5));
                int[] yr = Spelled.year(w, 0, w.length);
                if (yr != null) {
                    end = t.get(j + yr[1] - 1).end;
                    j += yr[1];
                }
            }
        }
        // left: "3rd of May", "the fourth of july", "3 May"
        boolean leftDay = false;
        int b = i - 1;
        if (b >= 0 && t.get(b).low.equals("of")) {
            b--;
        }
        if (b >= 0) {
            Tok d = t.get(b);
            if (isDayNumber(d) && (b == i - 2 || d.hasDigit)) {
                start = d.start;
                leftDay = true;
            } else if ((Spelled.ORDINALS.containsKey(d.low) || d.low.equals("twentieth") || d.low.equals("thirtieth"))
                    && (b == i - 2 || !day && (end > beforeYear
                    || full && !k.low.equals("may") && !k.low.equals("march")))) {
                // "the fourth of july"; "thirtieth november nineteen seventy eight" (day first, no "of")
                int s0 = b;
                if (b > 0 && Spelled.TENS.containsKey(t.get(b - 1).low)) {
                    s0 = b - 1;
                }
                start = t.get(s0).start;
                leftDay = true;
            } else if (b == i - 1 && !day && end > beforeYear) {
                // a cardinal day before the month, then a year: "twenty two august sixty six", "Nine May, 1932"
                int s0 = b > 0 && Spelled.TENS.containsKey(t.get(b - 1).low) && Spelled.UNITS.containsKey(d.low)
                        && Spelled.UNITS.get(d.low) < 10 ? b - 1 : b;
                String[] w = Tok.lows(t, s0, b + 1);
                int[] sv = Spelled.small(w, 0, w.length);
                if (sv != null && sv[1] == w.length && sv[0] >= 1 && sv[0] <= 31) {
                    start = t.get(s0).start;
                    leftDay = true;
                }
            }
        }
        boolean ambiguous = k.low.equals("may") || k.low.equals("march");
        if (ambiguous && !day && !leftDay && end == k.end && !yearOf(t, i + 1)) {
            int p = i - 1;
            while (p > 0 && (AnswerRules.PAUSE.contains(t.get(p).low) || t.get(p).low.equals("like"))) {
                p--; // "in like um march"
            }
            String prev = p >= 0 ? t.get(p).low : "";
            if (!MAY_CUES.contains(prev) || !(k.cap || !k.low.equals("may") || prev.equals("in")
                    || prev.equals("of") || prev.equals("since") || prev.equals("last") || prev.equals("next")
                    || prev.equals("early") || prev.equals("mid") || prev.equals("late"))) {
                return;
            }
            if (k.low.equals("may") && i + 1 < t.size() && !t.get(i + 1).sentenceStart && verbish(t.get(i + 1))) {
                return;
            }
        }
        out.add(PhiMatch.of(start, end, PhiCategory.DATE));
    }

    /** "of oh four", "of two thousand four", "of last year": a year after "march of". */
    private static boolean yearOf(List<Tok> t, int j) {
        if (j + 1 >= t.size() || !t.get(j).low.equals("of")) {
            return false;
        }
        String w = t.get(j + 1).low;
        return t.get(j + 1).digits || w.equals("oh") || w.equals("last") || w.equals("this") || w.equals("next")
                || Spelled.isNumberWord(w);
    }

    private static boolean verbish(Tok next) {
        return switch (next.low) {
            case "be", "have", "need", "want", "feel", "help", "cause", "take", "get", "go", "not", "also", "i",
                 "you", "we", "he", "she", "they", "it", "see", "come", "do", "experience", "notice", "develop" -> true;
            default -> false;
        };
    }

    static boolean isDayNumber(Tok d) {
        String w = d.low;
        int n = 0;
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i))) {
            n = n * 10 + (w.charAt(i) - '0');
            i++;
        }
        if (i == 0 || i > 2 || n < 1 || n > 31) {
            return false;
        }
        String rest = w.substring(i);
        return rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
    }

    /** "on the 14th", "the 3rd at 10". */
    private static void ordinalDay(String text, List<Tok> t, int i, List<PhiMatch> out) {
        Tok k = t.get(i);
        int j = i + 1;
        if (k.low.equals("on") && t.get(j).low.equals("the")) {
            j++;
        } else if (k.low.equals("on")) {
            return;
        }
        if (j >= t.size()) {
            return;
        }
        Tok d = t.get(j);
        if (!d.digits && isDayNumber(d)) {
            String prev = i > 0 ? t.get(i - 1).low : "";
            String next = j + 1 < t.size() ? t.get(j + 1).low : "";
            if (k.low.equals("on") || DATE_CUES.contains(prev) || next.equals("at")) {
                if (!Words.MONTH_NUMBER.containsKey(next) && !(next.equals("of") && j + 2 < t.size()
                        && Words.MONTH_NUMBER.containsKey(t.get(j + 2).low))) {
                    out.add(PhiMatch.of(d.start, d.end, PhiCategory.DATE));
                }
            }
        }
    }

}
