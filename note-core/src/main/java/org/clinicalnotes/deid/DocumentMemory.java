package org.clinicalnotes.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second pass of de-identification: what the first pass found anywhere in a document (a name in one
 * turn, a speaker label, a record number said once with its cue) is looked for everywhere else in the same
 * document, in every case form, so that an identifier caught once is caught in every mention.
 *
 * <p>Name and place words that are not ordinary vocabulary are remembered as they are ("Okafor", "Fenwick");
 * a name that is also a word ("Grace", "Will") is found again only where it is written with a capital in
 * mixed-case text, or addressed to someone in lower-case text ("bye grace"), so "I will" and "by God's grace"
 * stay. Codes and
 * numbers (four characters or more) are remembered as strings. One instance per document; not thread-safe.
 */
final class DocumentMemory {

    private final Lexicon lx;
    private final Map<String, PhiCategory> words = new HashMap<>();
    private final Map<String, PhiCategory> capitalised = new HashMap<>();
    private final Map<String, PhiCategory> strings = new LinkedHashMap<>();
    /** Names that are also words, from the speaker labels: known names, found in lower-case text too. */
    private final java.util.Set<String> labelled = new java.util.HashSet<>();
    /** Ages over 89 found anywhere: the same number said again elsewhere is the same age. */
    private final java.util.Set<Integer> ages = new java.util.TreeSet<>();

    DocumentMemory(Lexicon lx) {
        this.lx = lx;
    }

    /** @return whether nothing was learned */
    boolean isEmpty() {
        return words.isEmpty() && capitalised.isEmpty() && strings.isEmpty() && ages.isEmpty();
    }

    /**
     * Remembers the identifiers found in one text.
     *
     * @param text the text
     * @param matches what the first pass found in it
     */
    void learn(String text, List<PhiMatch> matches) {
        for (PhiMatch m : matches) {
            PhiCategory c = m.category();
            if (c == PhiCategory.NAME || c == PhiCategory.LOCATION) {
                List<Tok> toks = Tok.split(text.substring(m.start(), m.end()));
                boolean unknown = false;
                for (Tok k : toks) {
                    learnWord(k, c);
                    unknown |= k.alpha && k.length() > 2 && !lx.vocab(k);
                }
                if (c == PhiCategory.NAME && toks.size() == 1 && afterKin(text, m.start())
                        && capitalised.containsKey(toks.get(0).low) && lx.firstNames.contains(toks.get(0).low)) {
                    // a given name after a kin word ("my wife autumn", "her boyfriend chance") is a person's name
                    // for the whole document, like a speaker's
                    labelled.add(toks.get(0).low);
                }
                if (c == PhiCategory.NAME && unknown && toks.size() >= 2) {
                    // a full name with a surname no vocabulary explains ("mark o'hare", "dawn kowalczyk"): its
                    // given name is as good as a speaker's name
                    for (Tok k : toks) {
                        if (capitalised.containsKey(k.low) && lx.firstNames.contains(k.low)) {
                            labelled.add(k.low);
                        }
                    }
                }
            } else if (c == PhiCategory.DATE) {
                learnAge(text.substring(m.start(), m.end()));
            } else if (m.length() >= 4) {
                String s = text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
                if (hasDigitOrAt(s) || Tok.split(s).size() >= 4) {
                    strings.putIfAbsent(s, c);
                }
                learnDigitRuns(s, c);
            }
        }
    }

    /** Whether the word right before offset at is a kin word ("wife", "boyfriend", "sister"). */
    private static boolean afterKin(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return e > b && e < at && Words.KIN.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
    }

    private void learnAge(String span) {
        List<Tok> t = Tok.split(span);
        if (t.isEmpty() || t.size() > 6) {
            return;
        }
        int[] num = AgeRules.number(t, 0);
        if (num != null && (num[1] == t.size() || t.get(num[1]).low.startsWith("year") || t.get(num[1]).low.equals("and"))) {
            ages.add(num[0]);
        }
    }

    /**
     * Remembers the person names of a speaker label ("Dr. Amara Okafor", "Maria").
     *
     * @param label the label
     * @param matches the name spans the label rules found
     */
    void learnLabel(String label, List<PhiMatch> matches) {
        for (PhiMatch m : matches) {
            for (Tok k : Tok.split(label.substring(m.start(), m.end()))) {
                learnWord(k, PhiCategory.NAME);
                if (capitalised.containsKey(k.low)) {
                    labelled.add(k.low);
                }
            }
        }
    }

    private void learnWord(Tok k, PhiCategory c) {
        if (!k.alpha || k.length() < 2 || generic(k.low) || CLOSED_CLASS.contains(k.low) || lx.keep.contains(k.low)) {
            return;
        }
        if (!lx.vocab(k) && !lx.capitalised.contains(k.low)) {
            words.putIfAbsent(k.low, c);
        } else if (c == PhiCategory.NAME && k.length() > 2 && !k.upper) {
            capitalised.putIfAbsent(k.low, c);
        }
    }

    private static boolean generic(String w) {
        return Words.TITLES.contains(w) || Words.KIN.contains(w) || Words.STREET_SUFFIX.contains(w)
                || Words.ORG_SUFFIX.contains(w) || Words.UNIT_WORDS.contains(w) || Words.STATES.contains(w)
                || Words.STATE_FULL.contains(w) || Words.COUNTRIES.contains(w) || Words.MONTH_NUMBER.containsKey(w)
                || Words.WEEKDAYS.contains(w) || Words.POSSESSIVES.contains(w) || w.equals("of") || w.equals("and")
                || w.equals("saint") || w.equals("mount") || w.equals("mt") || Spelled.isNumberWord(w);
    }

    /** The digits of a spelled code, said again alone: "s like sam four four zero nine one three". */
    private void learnDigitRuns(String s, PhiCategory c) {
        List<Tok> t = Tok.split(s);
        int i = 0;
        while (i < t.size()) {
            int j = i;
            while (j < t.size() && Spelled.DIGIT.containsKey(t.get(j).low)) {
                j++;
            }
            if (j - i >= 4 && (i > 0 || j < t.size())) {
                strings.putIfAbsent(s.substring(t.get(i).start, t.get(j - 1).end), c);
            }
            i = Math.max(j, i + 1);
        }
    }

    private static final java.util.Set<String> VOCATIVE = Words.set("hi hello hey bye goodbye thanks thank you "
            + "okay ok morning night later dear sweetie honey");

    private static final java.util.Set<String> ADDRESSED = Words.set("you are can could do did would will "
            + "anything what how is have");
    private static final java.util.Set<String> LEAD = Words.set("um uh so and okay ok well now alright");

    /** A word addressed to someone: "bye grace", "thanks precious", "grace, come here". */
    private static boolean vocative(List<Tok> t, int i) {
        String prev = i > 0 ? t.get(i - 1).low : "";
        String next = i + 1 < t.size() ? t.get(i + 1).low : "";
        return VOCATIVE.contains(prev) && !(prev.equals("you") && !(i > 1 && t.get(i - 2).low.equals("thank")))
                || i == t.size() - 1 && i > 0
                || ADDRESSED.contains(next) && (i == 0 || LEAD.contains(prev));
    }

    /**
     * In lower-case text, a speaker's name, or the given name of a full name, that is also a word ("summer",
     * "destiny", "bill") is the name
     * unless a word before it gives it its ordinary sense: a determiner, a pronoun, a preposition, a modal or
     * "to" ("this summer", "my destiny", "to bill", "by god's grace"); a calendar word stays a date.
     */
    private static boolean nameSense(List<Tok> t, int i) {
        Tok k = t.get(i);
        if (Words.isCalendarWord(k.low) || k.low.equals("will") || k.low.equals("may") || k.low.equals("can")) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Tok p = t.get(i - 1);
        if (AUX.contains(p.low) && i + 1 < t.size() && PERSON_VERBS.contains(t.get(i + 1).low)) {
            return true; // "does autumn know", "can ivy bring": the subject of a question
        }
        return !ORDINARY_BEFORE.contains(p.low) && p.fullEnd == p.end
                && !(i + 1 < t.size() && t.get(i + 1).low.equals("of"));
    }

    /** Pronouns, articles and other closed-class words: never remembered as a name, even inside a name span. */
    private static final java.util.Set<String> CLOSED_CLASS = Words.list("DocumentMemory.CLOSED_CLASS");

    /** Words that make the next word an ordinary noun ("the autumn", "last summer"), even at a turn's end. */
    private static final java.util.Set<String> DETERMINERS = Words.list("DocumentMemory.DETERMINERS");

    private static final java.util.Set<String> ORDINARY_BEFORE = Words.list("DocumentMemory.ORDINARY_BEFORE");
    private static final java.util.Set<String> AUX = Words.list("DocumentMemory.AUX");
    /** Verbs whose subject is a person: after an auxiliary, the word between is that person. */
    private static final java.util.Set<String> PERSON_VERBS = Words.list("DocumentMemory.PERSON_VERBS");

    private static boolean hasDigitOrAt(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch) || ch == '@') {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds every remembered identifier in a text.
     *
     * @param text the text
     * @param cased whether the document is written in mixed case
     * @return the matches (may overlap the first pass's; merge them)
     */
    List<PhiMatch> recall(String text, boolean cased) {
        return recall(text, null, cased);
    }

    /** As {@link #recall(String, boolean)}, over the text's words when already cut (else null). */
    List<PhiMatch> recall(String text, List<Tok> cut, boolean cased) {
        List<PhiMatch> out = new ArrayList<>();
        if (isEmpty()) {
            return out;
        }
        List<Tok> t = cut != null ? cut : Tok.split(text);
        for (int i = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            if (!ages.isEmpty() && (k.digits || k.low.equals("ninety") || k.low.equals("one") || k.low.equals("a"))) {
                int[] num = AgeRules.number(t, i);
                if (num != null && ages.contains(num[0]) && AgeRules.canBeRepeatedAge(t, i, i + num[1])) {
                    int last = i + num[1] - 1;
                    if (last + 3 < t.size() && t.get(last + 1).low.equals("and") && t.get(last + 2).low.equals("a")
                            && t.get(last + 3).low.equals("half")) {
                        last += 3; // "ninety-four and a half"
                    }
                    out.add(PhiMatch.of(k.start, t.get(last).end, PhiCategory.DATE));
                    i += num[1] - 1;
                    continue;
                }
            }
            if (!k.alpha) {
                continue;
            }
            PhiCategory c = words.get(k.low);
            if (c == null && !capitalised.isEmpty() && capitalised.containsKey(k.low)
                    && (cased ? k.cap && !k.upper : (vocative(t, i) || labelled.contains(k.low) && nameSense(t, i))
                    && !(i > 0 && DETERMINERS.contains(t.get(i - 1).low)))) {
                c = capitalised.get(k.low);
            }
            if (c != null) {
                out.add(PhiMatch.of(k.start, k.end, c));
            }
        }
        if (!strings.isEmpty()) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, PhiCategory> e : strings.entrySet()) {
                String s = e.getKey();
                for (int at = lower.indexOf(s); at >= 0; at = lower.indexOf(s, at + 1)) {
                    int end = at + s.length();
                    if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                        out.add(PhiMatch.of(at, end, e.getValue()));
                    }
                }
            }
        }
        return out;
    }
}
