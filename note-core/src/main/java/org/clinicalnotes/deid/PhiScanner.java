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

    private static final java.util.Set<String> MAKES = Words.list("PhiScanner.MAKES");

    private final Lexicon lx;
    private final AnswerRules answers;
    private final NumberRules numbers;
    private final NameRules names;
    private final PlaceRules places;
    private final SlotRules slots;
    private final EdgeRules edges;

    PhiScanner(Lexicon lx) {
        this.lx = lx;
        this.answers = new AnswerRules(lx);
        this.numbers = new NumberRules(lx);
        this.names = new NameRules(lx);
        this.places = new PlaceRules(lx);
        this.slots = new SlotRules(lx);
        this.edges = new EdgeRules(lx);
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
        slots.find(t, cased, out);
        AgeRules.afterNames(t, out);
        addressTail(text, t, out);
        houseNumbers(t, out);
        handles(text, t, out);
        if (hasDigit) {
            hyphenCodes(text, out);
        }
        out.removeIf(m -> m.category() == PhiCategory.LOCATION && onlyNumberWords(text, m) && !afterUnitWord(t, m));
        particles(t, out);
        edges.names(t, cased, out);
        measures(t, out);
        keepWords(t, out);
        EdgeRules.codePrefixes(t, out);
        EdgeRules.instruments(t, out);
        return out;
    }

    /**
     * Words that are never PHI at the edge of a name or code: a car make and model ("Honda Civic", "Toyota
     * Sienna": a car make, then keep-list words) is no person; an app before a handle ("discord she's skyfall
     * …") is no part of it. Keep-list words opening a name or an identifier of several words, a space after each,
     * are cut off.
     */
    private void keepWords(List<Tok> t, List<PhiMatch> out) {
        for (int m = 0; m < out.size(); m++) {
            PhiMatch p = out.get(m);
            if (p.category() != PhiCategory.NAME && p.category() != PhiCategory.OTHER_ID
                    && p.category() != PhiCategory.LOCATION) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).start >= p.start() && t.get(i).end <= p.end()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            if (first > 0 && MAKES.contains(t.get(first - 1).low) && allKeep(t, first, last)) {
                out.remove(m--); // the model after a car make: "Toyota Tacoma", "Dodge Ram"
                continue;
            }
            if (last == first || p.category() == PhiCategory.LOCATION) {
                continue;
            }
            int s = first;
            while (s < last && t.get(s).alpha && lx.keep.contains(t.get(s).low) && Tok.gap(t.get(s), t.get(s + 1)) == 1
                    && t.get(s).textAt(t.get(s).fullEnd - t.get(s).start) == ' ') {
                s++;
            }
            if (s == last && lx.keep.contains(t.get(s).low) && MAKES.contains(t.get(first).low)
                    && p.category() == PhiCategory.NAME) {
                out.remove(m--);
            } else if (s > first && s <= last) {
                out.set(m, PhiMatch.of(t.get(s).start, p.end(), p.category()));
            }
        }
    }

    private boolean allKeep(List<Tok> t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!t.get(i).alpha || !lx.keep.contains(t.get(i).low)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number of one to four digits with a unit after it ("200 milligrams", "40 mg") or a blood pressure
     * ("118 over 76") is a measure, whatever cue stood before it ("Plan: stay on 200 milligrams").
     */
    static List<PhiMatch> measures(List<Tok> t, List<PhiMatch> out) {
        out.removeIf(m -> m.category() != PhiCategory.DATE && isMeasure(t, m));
        return out;
    }

    private static boolean isMeasure(List<Tok> t, PhiMatch m) {
        for (int i = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            if (k.start == m.start()) {
                if (k.end != m.end() || !k.digits || k.length() > 4 || i + 1 >= t.size()) {
                    return false;
                }
                String next = t.get(i + 1).low;
                return Words.UNIT_AFTER_NUMBER.contains(next)
                        || next.equals("over") && i + 2 < t.size() && t.get(i + 2).digits;
            }
            if (k.start > m.start()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Surname particles belong to the name they stand in: "Yolanda de la Cruz", "Abdullah bin Saeed", "with al
     * rashid", "al-Khatib". Particles right before a name (after a name or not) join it.
     */
    private static void particles(List<Tok> t, List<PhiMatch> out) {
        int found = out.size();
        for (int m = 0; m < found; m++) {
            PhiMatch p = out.get(m);
            if (p.category() != PhiCategory.NAME) {
                continue;
            }
            int i = 0;
            while (i < t.size() && t.get(i).end <= p.start()) {
                i++;
            }
            int j = i - 1;
            while (j >= 0 && i - j <= 3 && Words.PARTICLES.contains(t.get(j).low) && !t.get(j).low.equals("st")
                    && !t.get(j + 1).sentenceStart) {
                j--;
            }
            if (j + 1 < i) {
                out.add(PhiMatch.of(t.get(j + 1).start, p.end(), PhiCategory.NAME));
            }
        }
    }

    /** "apartment two", "unit one fourteen": the number of a unit is part of the address. */
    private static boolean afterUnitWord(List<Tok> t, PhiMatch m) {
        Tok before = null;
        for (Tok k : t) {
            if (k.end > m.start()) {
                break;
            }
            before = k;
        }
        return before != null && (Words.UNIT_WORDS.contains(before.low) || before.low.equals("number")
                || Words.STREET_SUFFIX.contains(before.low));
    }

    /**
     * A place said only in number words that is no ZIP code ("at ninety eight percent", "in seven") is a
     * measure or a count, not a place.
     */
    private static boolean onlyNumberWords(String text, PhiMatch m) {
        List<Tok> w = Tok.split(text.substring(m.start(), m.end()));
        if (w.isEmpty()) {
            return false;
        }
        for (Tok k : w) {
            if (!Spelled.isNumberWord(k.low)) {
                return false;
            }
        }
        return AnswerRules.digitCount(text.substring(m.start(), m.end())) != 5;
    }

    /**
     * A written code of three hyphen-joined parts or more with letters and at least four digits ("2023-IEP-5521",
     * "CLM-88-20417") is an identifier; dates ("2023-01-05") have no letters, "L4-L5" has one hyphen.
     */
    private static void hyphenCodes(String text, List<PhiMatch> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            int hyphens = 0;
            int digits = 0;
            int letters = 0;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                char c = text.charAt(i);
                hyphens += c == '-' ? 1 : 0;
                digits += Character.isDigit(c) ? 1 : 0;
                letters += Character.isLetter(c) ? 1 : 0;
                i++;
            }
            if (hyphens >= 2 && digits >= 4 && letters >= 1) {
                out.add(PhiMatch.of(s, i, PhiCategory.OTHER_ID));
            }
            if (i == s) {
                i++;
            }
        }
    }

    private static final java.util.Set<String> DIRECTIONS = Words.list("PhiScanner.DIRECTIONS");

    /**
     * A spoken house number before a street or place belongs to the address: "eleven forty two northeast
     * sixty first street", "fifty two ten north kenmore". Two number words or more, then at most a direction.
     */
    private static void houseNumbers(List<Tok> t, List<PhiMatch> out) {
        int found = out.size();
        for (int m = 0; m < found; m++) {
            PhiMatch p = out.get(m);
            if (p.category() != PhiCategory.LOCATION) {
                continue;
            }
            int i = 0;
            while (i < t.size() && t.get(i).end <= p.start()) {
                i++;
            }
            // i: the first word of the place; walk left
            int j = i - 1;
            if (j >= 0 && DIRECTIONS.contains(t.get(j).low)) {
                j--;
            }
            int numbers = 0;
            while (j >= 0 && Spelled.isNumberWord(t.get(j).low) && !Spelled.ORDINALS.containsKey(t.get(j).low)
                    && numbers < 6) {
                numbers++;
                j--;
            }
            if (numbers >= 2 && j + 1 < i) {
                out.add(PhiMatch.of(t.get(j + 1).start, p.end(), PhiCategory.LOCATION));
            }
        }
    }

    private static final java.util.Set<String> HANDLE_CUES = Words.list("PhiScanner.HANDLE_CUES");
    private static final java.util.Set<String> HANDLE_STOP = Words.list("PhiScanner.HANDLE_STOP");

    /**
     * What follows "my username is", "his instagram is", "her handle's", "your user name will be" is an
     * identifier: the next words up to a clause word, a pause or the end of the sentence (at most six).
     */
    private static void handles(String text, List<Tok> t, List<PhiMatch> out) {
        for (int i = 0; i + 2 < t.size(); i++) {
            Tok k = t.get(i);
            if (!HANDLE_CUES.contains(k.low)) {
                continue;
            }
            int j = i + 1;
            if (k.fullEnd > k.end) {
                j = i + 1; // "handle's"
            } else if (t.get(j).low.equals("is") || t.get(j).low.equals("was")) {
                j++;
            } else if (t.get(j).low.equals("will") && j + 1 < t.size() && t.get(j + 1).low.equals("be")) {
                j += 2;
            } else {
                continue;
            }
            while (j < t.size() && (AnswerRules.PAUSE.contains(t.get(j).low) || t.get(j).low.equals("like")
                    || t.get(j).low.equals("just"))) {
                j++;
            }
            int end = j;
            while (end < t.size() && end - j < 6 && !HANDLE_STOP.contains(t.get(end).low)
                    && !(end > j && t.get(end).sentenceStart)) {
                end++;
                if (t.get(end - 1).fullEnd < text.length() && ",.;!?".indexOf(text.charAt(t.get(end - 1).fullEnd)) >= 0) {
                    break;
                }
            }
            if (end > j) {
                out.add(PhiMatch.of(t.get(j).start, t.get(end - 1).end, PhiCategory.OTHER_ID));
            }
        }
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
