package org.clinicalnotes.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The built-in, rule-based PHI detector: one rule class per kind ({@link NameRules}, {@link PlaceRules},
 * {@link DateRules}, {@link AgeRules}, {@link NumberRules}, {@link WebRules}, {@link AnswerRules} for codes
 * spelled aloud), run over the words of one text, once. Stateless and thread-safe.
 */
final class PhiScanner {

    private final Lexicon lx;
    private final AnswerRules answers;
    private final NumberRules numbers;
    private final NameRules names;
    private final PlaceRules places;

    PhiScanner(Lexicon lx) {
        this.lx = lx;
        this.answers = new AnswerRules(lx);
        this.numbers = new NumberRules(lx);
        this.names = new NameRules(lx);
        this.places = new PlaceRules(lx);
    }

    /** @return the rules that type a bare answer by its question */
    AnswerRules answers() {
        return answers;
    }

    /**
     * @param text the text
     * @param cased whether the text uses capital letters (mixed-case text); lower-case transcripts get looser
     *     name rules that lean on the vocabulary lists
     */
    List<PhiMatch> scan(String text, boolean cased) {
        return scan(text, Tok.split(text), cased);
    }

    /** As {@link #scan(String, boolean)}, over the text's words already cut. */
    List<PhiMatch> scan(String text, List<Tok> t, boolean cased) {
        List<PhiMatch> out = new ArrayList<>();
        boolean hasDigit = false;
        for (Tok k : t) {
            if (k.hasDigit) {
                hasDigit = true;
                break;
            }
        }
        numbers.web(text, out);
        if (hasDigit) {
            numbers.numbers(text, t, out);
        }
        int n = t.size();
        answers.codes(text, t, PhiCategory.OTHER_ID, 3, out);
        AgeRules.find(t, out);
        WebRules.find(text, t, out);
        places.afterPreposition(t, cased, out);
        DateRules.find(text, t, out);
        answers.spokenEmail(t, out);
        answers.endingIn(text, t, out);
        answers.spelledLetters(t, out);
        for (int i = 0; i < n; i++) {
            numbers.spelledDigits(t, i, out);
            places.places(text, t, i, cased, out);
        }
        names.find(text, t, cased, out);
        addressTail(text, t, out);
        return out;
    }

    /**
     * What follows a street address belongs to it: "3315 Foothill Boulevard, Apt 12. Oakland, 94601." After a
     * place that holds a number (a street address), the town (a listed place or a capitalised word that no
     * vocabulary explains), a state and a five-digit ZIP code within the next few words are places too.
     */
    private void addressTail(String text, List<Tok> t, List<PhiMatch> out) {
        int found = out.size();
        for (int m = 0; m < found; m++) {
            PhiMatch p = out.get(m);
            if (p.category() != PhiCategory.LOCATION || !hasDigit(text, p.start(), p.end())) {
                continue;
            }
            int i = 0;
            while (i < t.size() && t.get(i).start < p.end()) {
                i++;
            }
            int budget = 6;
            for (int j = i; j < t.size() && budget > 0; j++, budget--) {
                Tok k = t.get(j);
                if (k.digits && k.length() == 5) {
                    out.add(PhiMatch.of(k.start, k.end, PhiCategory.LOCATION));
                    break;
                }
                if (Words.UNIT_WORDS.contains(k.low) && j + 1 < t.size() && t.get(j + 1).length() <= 4) {
                    out.add(PhiMatch.of(k.start, t.get(j + 1).end, PhiCategory.LOCATION));
                    j++;
                    continue;
                }
                if (k.upper && k.length() == 2 || Words.STATES.contains(k.low) || Words.STATE_FULL.contains(k.low)) {
                    continue;
                }
                boolean town = k.alpha && (k.cap && !lx.capitalised.contains(k.low) && !lx.keep.contains(k.low)
                        && (lx.places.contains(k.low) || !lx.vocab(k)));
                if (town) {
                    out.add(PhiMatch.of(k.start, k.end, PhiCategory.LOCATION));
                    continue;
                }
                break;
            }
        }
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Sorts and merges overlapping matches; where two overlap, the longer one's category wins. */
    static List<PhiMatch> merge(List<PhiMatch> in) {
        if (in.size() <= 1) {
            return in;
        }
        List<PhiMatch> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt(PhiMatch::start).thenComparing(m -> -m.end()));
        List<PhiMatch> out = new ArrayList<>();
        PhiMatch cur = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            PhiMatch m = sorted.get(i);
            if (m.start() < cur.end()) {
                PhiCategory c = m.length() > cur.length() ? m.category() : cur.category();
                cur = PhiMatch.of(cur.start(), Math.max(cur.end(), m.end()), c);
            } else {
                out.add(cur);
                cur = m;
            }
        }
        out.add(cur);
        return out;
    }
}
