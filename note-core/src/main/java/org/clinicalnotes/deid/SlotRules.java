package org.clinicalnotes.deid;

import java.util.List;
import java.util.Set;

/**
 * Identifiers found by the slot they fill in speech rather than by the word itself: the employer after a verb of
 * work ("works nights at the UPS hub", "I work at Walmart", "he works at costco"), where a brand that stays
 * elsewhere ("the CVS", "off Amazon") names the workplace; and a person addressed by name at a turn's end ("thank
 * you so much destiny", "love you, Sum") or at its start, before the clause addressed to them ("okay um kobby you
 * did great", "okay destiny thank you"); a plate in capitals and digits next to the word "plate". Word lists in
 * {@code words.tsv}. Stateless and thread-safe.
 */
final class SlotRules {

    private static final Set<String> WORK = Words.list("SlotRules.WORK");
    private static final Set<String> WORK_FILL = Words.list("SlotRules.WORK_FILL");
    private static final Set<String> OPENERS = Words.list("SlotRules.OPENERS");
    private static final Set<String> ADDRESSED = Words.list("SlotRules.ADDRESSED");
    private static final Set<String> THANKS_TAIL = Words.list("SlotRules.THANKS_TAIL");
    private static final Set<String> NOT_VOCATIVE = Words.list("SlotRules.NOT_VOCATIVE");
    private static final Set<String> FILLERS = Words.list("PlaceRules.SKIP");
    private static final Set<String> STOP = Words.list("PlaceRules.STOP");
    private static final Set<String> INTRO_NEXT = Words.list("SlotRules.INTRO_NEXT");

    private final Lexicon lx;

    SlotRules(Lexicon lx) {
        this.lx = lx;
    }

    /** Adds the employers and the people addressed by name. */
    void find(List<Tok> t, boolean cased, List<PhiMatch> out) {
        employers(t, cased, out);
        vocatives(t, cased, out);
        plates(t, out);
        introductions(t, cased, out);
    }

    /**
     * Self-introductions: whatever one word follows "my name is" ("my name is destiny can i get …"), and a given
     * name after "i'm", "this is" or "it's" when a new clause or a place of work follows ("i'm joy can you tell
     * me", "this is destiny on the intake line").
     */
    private void introductions(List<Tok> t, boolean cased, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i + 1 < n; i++) {
            String w = t.get(i).low;
            int x = -1;
            boolean strong = false;
            if (w.equals("name") && i + 2 < n && t.get(i + 1).low.equals("is") && i > 0
                    && (t.get(i - 1).low.equals("my") || t.get(i - 1).low.equals("first"))) {
                x = i + 2;
                strong = true;
            } else if (w.equals("name") && t.get(i).fullEnd > t.get(i).end && i > 0 && t.get(i - 1).low.equals("my")) {
                x = i + 1; // "my name's dawn"
                strong = true;
            } else if (w.equals("i'm") || w.equals("im") || w.equals("it") && t.get(i).fullEnd > t.get(i).end) {
                x = i + 1; // "i'm joy can you", "it's joy from evergreen"
            } else if (w.equals("this") && t.get(i + 1).low.equals("is")) {
                x = i + 2;
            }
            if (x < 0 || x >= n) {
                continue;
            }
            Tok k = t.get(x);
            if (!k.alpha || k.length() < 2 || contraction(k) || cased && !k.cap || STOP.contains(k.low) || FILLERS.contains(k.low)
                    || NOT_VOCATIVE.contains(k.low) || Words.TITLES.contains(k.low) || Words.KIN.contains(k.low)
                    || Words.isCalendarWord(k.low) || lx.keep.contains(k.low)) {
                continue;
            }
            boolean given = lx.firstNames.contains(k.low) && !lx.common(k) || !lx.vocab(k);
            String next = x + 1 < n ? t.get(x + 1).low : "";
            if (strong && (given || lx.names.contains(k.low)) || given && (next.isEmpty() || INTRO_NEXT.contains(next))) {
                out.add(PhiMatch.of(k.start, k.end, PhiCategory.NAME));
            }
        }
    }

    /**
     * A plate written in capitals and digits next to the word "plate": after it ("plate WLT 4482", "plate is
     * 7H4 KLP") or before it ("It's 3TRX58, a Massachusetts plate").
     */
    private static void plates(List<Tok> t, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            String w = t.get(i).low;
            if (!w.equals("plate") && !w.equals("plates") && !w.equals("tag")) {
                continue;
            }
            int j = i + 1;
            while (j < n && (t.get(j).low.equals("is") || t.get(j).low.equals("number") || t.get(j).low.equals("reads")
                    || t.get(j).low.equals("was")) && j - i < 3) {
                j++;
            }
            int e = j;
            boolean digit = false;
            while (e < n && e - j < 3 && plateGroup(t.get(e)) && (e == j || Tok.gap(t.get(e - 1), t.get(e)) <= 1)) {
                digit |= t.get(e).hasDigit;
                e++;
            }
            if (digit && e > j && t.get(e - 1).end - t.get(j).start >= 5) {
                out.add(PhiMatch.of(t.get(j).start, t.get(e - 1).end, PhiCategory.VEHICLE_ID));
                continue;
            }
            for (int b = i - 1; b >= Math.max(0, i - 4); b--) {
                Tok k = t.get(b);
                if (k.hasDigit && !k.digits && plateGroup(k) && k.length() >= 5) {
                    out.add(PhiMatch.of(k.start, k.end, PhiCategory.VEHICLE_ID));
                    break;
                }
            }
        }
    }

    /** A group of a plate: capitals and digits, two to eight characters, no lower-case letter. */
    private static boolean plateGroup(Tok k) {
        if (k.length() < 2 || k.length() > 8) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.textAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** "works nights at the UPS hub", "I work at Walmart": a brand or unknown word after a verb of work and "at"/"for". */
    private void employers(List<Tok> t, boolean cased, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (!WORK.contains(t.get(i).low)) {
                continue;
            }
            int j = i + 1;
            while (j < n && WORK_FILL.contains(t.get(j).low) && j - i < 4) {
                j++;
            }
            if (j >= n || !(t.get(j).low.equals("at") || t.get(j).low.equals("for"))) {
                continue;
            }
            j++;
            while (j < n && FILLERS.contains(t.get(j).low) && !t.get(j).low.equals("a")) {
                j++;
            }
            if (j >= n) {
                return;
            }
            Tok k = t.get(j);
            if (!k.alpha || k.length() < 3 || cased && !k.cap || STOP.contains(k.low) || Words.TITLES.contains(k.low)
                    || Words.KIN.contains(k.low) || Words.isCalendarWord(k.low) || Words.COUNTRIES.contains(k.low)
                    || Words.STATE_FULL.contains(k.low) || lx.clinical.contains(k.low) || Holidays.isWord(k.low)) {
                continue;
            }
            boolean brand = lx.capitalised.contains(k.low) && !lx.english.contains(k.low) && !nationality(k.low)
                    || lx.keep.contains(k.low) && !lx.english.contains(k.low) && !lx.clinical.contains(k.low)
                    && !Words.medicalLooking(k.low);
            if (brand || !lx.vocab(k) && !lx.keep.contains(k.low)) {
                out.add(PhiMatch.of(k.start, k.end, PhiCategory.LOCATION));
            }
        }
    }

    /** A piece of a contraction cut off by the transcript's tokenizer ("is n't", "do n't"), no name. */
    private static boolean contraction(Tok k) {
        return k.low.indexOf('\'') >= 0 || k.low.indexOf('\u2019') >= 0;
    }

    /** Nationality and language words ("Spanish", "Haitian", "Vietnamese") name no workplace. */
    private static boolean nationality(String w) {
        return w.endsWith("ish") || w.endsWith("ese") || w.endsWith("ian") || w.endsWith("ians") || w.endsWith("an")
                || w.endsWith("ans") || w.endsWith("i") || w.endsWith("ic");
    }

    /** A person addressed by name at the start or the end of a turn. */
    private void vocatives(List<Tok> t, boolean cased, List<PhiMatch> out) {
        int n = t.size();
        if (n < 2) {
            return;
        }
        // turn end: "thank you so much destiny", "love you, Sum", "thank you jun-ho"
        int last = n - 1;
        int first = last;
        while (first > 0 && isHyphen(t, first)) {
            first--;
        }
        if (first > 0 && THANKS_TAIL.contains(t.get(first - 1).low) && thanksBefore(t, first - 1)
                && addressable(t, first, last, cased)) {
            out.add(PhiMatch.of(t.get(first).start, t.get(last).end, PhiCategory.NAME));
        }
        // turn start: "okay um kobby you did great", "okay destiny thank you"
        int i = 0;
        if (!OPENERS.contains(t.get(0).low)) {
            return;
        }
        i++;
        while (i < n && FILLERS.contains(t.get(i).low) && !t.get(i).low.equals("a") && !t.get(i).low.equals("the")) {
            i++;
        }
        if (i + 1 < n && ADDRESSED.contains(t.get(i + 1).low) && addressable(t, i, i, cased)) {
            out.add(PhiMatch.of(t.get(i).start, t.get(i).end, PhiCategory.NAME));
        }
    }

    private static boolean isHyphen(List<Tok> t, int i) {
        // words joined by one hyphen are one name ("jun-ho")
        Tok a = t.get(i - 1);
        return t.get(i).start - a.fullEnd == 1 && a.textAt(a.fullEnd - a.start) == '-';
    }

    /** The words before a turn-end name thank, greet or take leave ("thank you so much", "love you", "bye"). */
    private static boolean thanksBefore(List<Tok> t, int i) {
        String w = t.get(i).low;
        if (w.equals("thanks") || w.equals("bye") || w.equals("goodbye")) {
            return true;
        }
        // "... you", "... much", "... time" after "thank"/"love"/"one more"
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String p = t.get(j).low;
            if (p.equals("thank") || p.equals("love") || p.equals("more") || p.equals("see")) {
                return true;
            }
        }
        return false;
    }

    /** Words i..j can be a name someone is called by: a listed name that is no common word, or no word at all. */
    private boolean addressable(List<Tok> t, int i, int j, boolean cased) {
        for (int m = i; m <= j; m++) {
            Tok k = t.get(m);
            if (!k.alpha || k.length() < 2 && i == j || contraction(k) || cased && !k.cap && m == i || NOT_VOCATIVE.contains(k.low)
                    || STOP.contains(k.low) || Words.TITLES.contains(k.low) || Words.KIN.contains(k.low)
                    || Words.isCalendarWord(k.low) || lx.keep.contains(k.low) || lx.clinical.contains(k.low)
                    || Holidays.isWord(k.low) || lx.capitalised.contains(k.low)) {
                return false;
            }
        }
        if (i < j) {
            return true;
        }
        Tok k = t.get(i);
        return lx.firstNames.contains(k.low) || lx.names.contains(k.low) && !lx.common(k) || !lx.vocab(k);
    }
}
