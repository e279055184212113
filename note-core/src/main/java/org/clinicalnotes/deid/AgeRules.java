package org.clinicalnotes.deid;

import java.util.List;
import java.util.Set;

/**
 * Ages over 89, which Safe Harbor groups with dates: "94 years old", "she's ninety-two", "my grandma is 96",
 * "she'll be ninety-five", "he turned ninety one", "at ninety two", "ninety one and a half". A number from 90
 * to 125 is an age when a person is its subject or an age word stands next to it, and no unit or vital sign
 * says otherwise ("heart rate was 92", "92 percent", "over 95"). Stateless.
 */
final class AgeRules {

    private static final Set<String> SUBJECTS = Words.list("AgeRules.SUBJECTS");
    private static final Set<String> BE = Words.list("AgeRules.BE");
    private static final Set<String> TURN = Words.list("AgeRules.TURN");
    private static final Set<String> SKIP = Words.list("AgeRules.SKIP");
    private static final Set<String> VITALS = Words.list("AgeRules.VITALS");
    private static final Set<String> NOT_AGE_NEXT = Words.list("AgeRules.NOT_AGE_NEXT");

    private AgeRules() {
    }

    /** Adds every age over 89 in the words. */
    static void find(List<Tok> t, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            int[] num = number(t, i);
            if (num == null) {
                continue;
            }
            int after = i + num[1];
            if (isAge(t, i, after)) {
                int end = t.get(after - 1).end;
                if (after + 2 < n && t.get(after).low.equals("and") && t.get(after + 1).low.equals("a")
                        && t.get(after + 2).low.equals("half")) {
                    end = t.get(after + 2).end;
                }
                out.add(PhiMatch.of(t.get(i).start, end, PhiCategory.DATE));
            }
            i = after - 1;
        }
        birthdays(t, out);
    }

    /**
     * A person found by name is the subject of the number after "is", "'s" or "turned" ("Ivy is ninety-one",
     * "Hazel's ninety-four", "Mr. Okafor turned 97"), whatever the name: run after the name rules.
     */
    static void afterNames(List<Tok> t, List<PhiMatch> out) {
        int found = out.size();
        for (int m = 0; m < found; m++) {
            PhiMatch p = out.get(m);
            if (p.category() != PhiCategory.NAME) {
                continue;
            }
            int i = 0;
            while (i < t.size() && t.get(i).end < p.end()) {
                i++;
            }
            if (i >= t.size() || t.get(i).end != p.end()) {
                continue;
            }
            int j = i + 1;
            if (t.get(i).fullEnd == t.get(i).end) {
                if (j >= t.size() || !(BE.contains(t.get(j).low) || TURN.contains(t.get(j).low))) {
                    continue;
                }
                j++;
            }
            while (j < t.size() && SKIP.contains(t.get(j).low) && !t.get(j).low.equals("over")) {
                j++;
            }
            int[] num = j < t.size() ? number(t, j) : null;
            if (num != null && canBeRepeatedAge(t, j, j + num[1])) {
                out.add(PhiMatch.of(t.get(j).start, t.get(j + num[1] - 1).end, PhiCategory.DATE));
            }
        }
    }

    /** "her ninety-fifth birthday", "his 100th birthday": an ordinal from 90 before "birthday". */
    private static void birthdays(List<Tok> t, List<PhiMatch> out) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Tok k = t.get(i);
            int start = -1;
            int last = -1;
            if (k.hasDigit && !k.digits && k.low.length() >= 4 && (k.low.endsWith("th") || k.low.endsWith("st")
                    || k.low.endsWith("nd") || k.low.endsWith("rd"))) {
                String d = k.low.substring(0, k.low.length() - 2);
                if (d.chars().allMatch(Character::isDigit) && d.length() <= 3 && Integer.parseInt(d) >= 90) {
                    start = i;
                    last = i;
                }
            } else if (k.low.equals("ninetieth") || k.low.equals("hundredth")) {
                start = i;
                last = i;
            } else if (k.low.equals("ninety") && Spelled.ORDINALS.containsKey(t.get(i + 1).low)) {
                start = i;
                last = i + 1;
            }
            if (start >= 0 && last + 1 < t.size() && t.get(last + 1).low.startsWith("birthday")) {
                int s = start > 0 && (t.get(start - 1).low.equals("hundred") || t.get(start - 1).low.equals("and"))
                        ? start - 1 : start;
                out.add(PhiMatch.of(t.get(s).start, t.get(last).end, PhiCategory.DATE));
                i = last;
            }
        }
    }

    /**
     * Whether a number from 90 said again (the age was found elsewhere in the document) can be that age: no
     * unit, vital sign or measure next to it ("ninety two, that's wonderful", "wow ninety one okay").
     *
     * @param t the words
     * @param first the number's first word
     * @param after the word after the number
     */
    static boolean canBeRepeatedAge(List<Tok> t, int first, int after) {
        int n = t.size();
        String next = after < n ? t.get(after).low : "";
        if (NOT_AGE_NEXT.contains(next) || Words.UNIT_AFTER_NUMBER.contains(next) || next.equals("over")
                || next.equals("slash") || next.equals("to") || next.equals("point") || next.equals("dot")) {
            return false;
        }
        String prev = first > 0 && !t.get(first).sentenceStart ? t.get(first - 1).low : "";
        if (prev.equals("over") || prev.equals("of") || prev.equals("point") || prev.equals("to")
                || prev.equals("dot") || prev.equals("number") || first > 0 && t.get(first - 1).hasDigit
                && !t.get(first).sentenceStart) {
            return false;
        }
        for (int j = first - 1; j >= Math.max(0, first - 5); j--) {
            if (VITALS.contains(t.get(j).low)) {
                return false;
            }
            if (t.get(j).sentenceStart) {
                break;
            }
        }
        return true;
    }

    /** A number from 90 to 125 at word i, in digits or words: {value, words}; or null. */
    static int[] number(List<Tok> t, int i) {
        Tok k = t.get(i);
        if (k.digits) {
            if (k.length() < 2 || k.length() > 3) {
                return null;
            }
            int v = Integer.parseInt(k.low);
            return v >= 90 && v <= 125 ? new int[] {v, 1} : null;
        }
        String w = k.low;
        if (!w.equals("ninety") && !w.equals("one") && !w.equals("a")) {
            return null;
        }
        int to = Math.min(t.size(), i + 5);
        String[] words = new String[to - i];
        for (int j = i; j < to; j++) {
            words[j - i] = t.get(j).low;
        }
        if (w.equals("a")) {
            if (words.length < 2 || !words[1].equals("hundred")) {
                return null;
            }
            words[0] = "one";
        }
        int[] c = Spelled.cardinal(words, 0, words.length);
        return c != null && c[0] >= 90 && c[0] <= 125 ? c : null;
    }

    private static boolean isAge(List<Tok> t, int first, int after) {
        int n = t.size();
        String next = after < n ? t.get(after).low : "";
        if (next.equals("year") || next.equals("years") || next.equals("yrs") || next.equals("yr")
                || next.equals("yo")) {
            String n2 = after + 1 < n ? t.get(after + 1).low : "";
            String p = first > 0 ? t.get(first - 1).low : "";
            return next.equals("yo") || n2.equals("old") || n2.equals("of") || n2.equals("young")
                    || !(p.equals("for") || p.equals("in") || p.equals("over") || p.equals("past") || p.equals("last"));
        }
        if (NOT_AGE_NEXT.contains(next) || Words.UNIT_AFTER_NUMBER.contains(next)) {
            return false;
        }
        for (int j = first - 1; j >= Math.max(0, first - 5); j--) {
            if (VITALS.contains(t.get(j).low)) {
                return false;
            }
            if (t.get(j).sentenceStart) {
                break;
            }
        }
        int p1 = prev(t, first);
        if (p1 < 0) {
            return false;
        }
        Tok a = t.get(p1);
        if (TURN.contains(a.low) || a.low.equals("at") || a.low.equals("til") || a.low.equals("until")) {
            return true;
        }
        if (a.fullEnd > a.end && (SUBJECTS.contains(a.low) || Words.KIN.contains(a.low))) {
            return true; // "she's ninety", "grandma's 93"
        }
        if (a.low.equals("i'm") || a.low.equals("im") || a.low.equals("shes") || a.low.equals("hes")
                || a.low.indexOf('\'') > 0 && SUBJECTS.contains(a.low)) {
            return true;
        }
        if (BE.contains(a.low)) {
            int p2 = prev(t, p1);
            while (p2 >= 0 && (t.get(p2).low.equals("will") || t.get(p2).low.equals("would")
                    || t.get(p2).low.equals("be") || t.get(p2).low.equals("now") || t.get(p2).low.equals("gonna")
                    || t.get(p2).low.equals("going") || t.get(p2).low.equals("to"))) {
                p2 = prev(t, p2);
            }
            if (p2 < 0) {
                return false;
            }
            Tok b = t.get(p2);
            return SUBJECTS.contains(b.low) || Words.KIN.contains(b.low) || b.cap && !b.sentenceStart && b.alpha
                    || b.low.equals("shes") || b.low.equals("hes") || b.low.equals("im");
        }
        return false;
    }

    private static int prev(List<Tok> t, int i) {
        int j = i - 1;
        while (j >= 0 && SKIP.contains(t.get(j).low) && i - j < 4) {
            j--;
        }
        return j;
    }
}
