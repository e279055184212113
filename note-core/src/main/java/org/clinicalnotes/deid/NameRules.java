package org.clinicalnotes.deid;

import java.util.List;
import java.util.Set;

/**
 * Names of people: the large name lists and the allow-list rule (a capitalised word mid-sentence that no
 * vocabulary explains), titles with surname particles ("Dr. van der Merwe"), kinship phrases ("my wife
 * Renata"), self-introductions, greetings and verbs of address ("hi julie", "ask joy"), a surname after a first
 * name, hyphenated names and initials; eponyms ("Wilson's disease") excluded. Stateless and thread-safe.
 */
final class NameRules {

    private static final Set<String> EPONYM_NOUNS = Words.list("NameRules.EPONYM_NOUNS");
    private static final Set<String> TITLE_IN_SPAN = Words.list("NameRules.TITLE_IN_SPAN");
    private static final Set<String> OBJECT_WORDS = Words.list("NameRules.OBJECT_WORDS");


    private final Lexicon lx;

    NameRules(Lexicon lx) {
        this.lx = lx;
    }

    /** Adds the names in the words. */
    void find(String text, List<Tok> t, boolean cased, List<PhiMatch> out) {
        int n = t.size();
        boolean[] name = new boolean[n];
        for (int i = 0; i < n; i++) {
            names(text, t, i, cased, name);
        }
        extendNames(text, t, cased, name);
        for (int i = 0; i < n; i++) {
            if (name[i]) {
                int j = i;
                while (j + 1 < n && name[j + 1] && joinable(text, t.get(j), t.get(j + 1))) {
                    j++;
                }
                int end = t.get(j).end;
                if (t.get(j).length() == 1 && end < text.length() && text.charAt(end) == '.') {
                    end++;
                }
                int start = t.get(i).start;
                // an eponym ("Wilson's disease", "Gleason score") names no person in this visit
                if (j + 1 < n && EPONYM_NOUNS.contains(t.get(j + 1).low)) {
                    i = j;
                    continue;
                }
                // the title belongs to the mention: "Dr. Smith" (as phi-asq labels it)
                if (i > 0 && TITLE_IN_SPAN.contains(t.get(i - 1).low) && (!cased || t.get(i - 1).cap)
                        && NumberRules.sepOk(text, t.get(i - 1).fullEnd, start) && start - t.get(i - 1).fullEnd <= 2) {
                    start = t.get(i - 1).start;
                }
                out.add(PhiMatch.of(start, end, PhiCategory.NAME));
                i = j;
            }
        }
    }

    private boolean nameLike(Tok k, boolean cased, boolean afterStrongCue) {
        if (!k.alpha || k.length() < 2 || Words.isCalendarWord(k.low)
                || Words.TITLES.contains(k.low) || Words.POSSESSIVES.contains(k.low)) {
            return false;
        }
        if (lx.keep.contains(k.low) || Holidays.isWord(k.low)) {
            return false;
        }
        if (cased) {
            return k.cap && (afterStrongCue || !lx.common(k) || lx.isAnyName(k.low));
        }
        return (!lx.common(k) && !lx.nameWords.contains(k.low) && !Words.medicalLooking(k.low)
                && !Words.STATE_FULL.contains(k.low) && !Words.COUNTRIES.contains(k.low))
                || lx.strong(k);
    }

    private void names(String text, List<Tok> t, int i, boolean cased, boolean[] name) {
        Tok k = t.get(i);
        if (!k.alpha) {
            return;
        }
        String w = k.low;
        if (lx.strong(k) && (!cased || k.cap && !k.upper) && !Words.MONTH_NUMBER.containsKey(w) && k.length() > 1
                && !Words.STATES.contains(w) && !Words.COUNTRIES.contains(w) && !lx.cities.contains(w)) {
            name[i] = true;
        } else if (cased && k.cap && !k.sentenceStart && lx.nameWords.contains(w) && !k.upper && !lx.keep.contains(w)
                && !Words.isCalendarWord(w)) {
            name[i] = true;
        } else if (cased && k.cap && !k.upper && k.sentenceStart && k.length() > 2 && allowListName(k) && !drugContext(t, i)
                && i + 1 < t.size() && (AFTER_NAME.contains(t.get(i + 1).low) || SUBJECT_NEXT.contains(t.get(i + 1).low))) {
            // a sentence that opens with an unknown capitalised word acting as a subject: "Lindqvist from work called"
            name[i] = true;
        } else if (cased && k.cap && !k.upper && !k.sentenceStart && k.length() > 1 && !drugContext(t, i) && (allowListName(k)
                || lx.isCuratedName(w) && !lx.keep.contains(w) && !Words.isCalendarWord(w)
                && !Words.STATES.contains(w) && !Words.COUNTRIES.contains(w))) {
            // allow-list thinking: a capitalised word mid-sentence that no vocabulary explains is a name
            name[i] = true;
        }
        if (i + 1 >= t.size()) {
            return;
        }
        Tok next = t.get(i + 1);
        int nextIdx = i + 1;
        // "Dr. van der Merwe", "Ms. de la Cruz": particles after a title
        if (Words.TITLES.contains(w) && Words.PARTICLES.contains(next.low)) {
            int j = i + 1;
            while (j < t.size() && Words.PARTICLES.contains(t.get(j).low) && j - i < 4) {
                j++;
            }
            if (j < t.size() && t.get(j).alpha && (!cased || t.get(j).cap) && !lx.common(t.get(j))) {
                for (int m = i + 1; m <= j; m++) {
                    name[m] = true;
                }
            }
        }
        // "Dr. X", "mister X"
        if (Words.TITLES.contains(w) && !(w.equals("miss") && !cased) && !(w.equals("sister") || w.equals("father"))
                || (w.equals("sister") || w.equals("father")) && cased && k.cap) {
            if (nameLike(next, cased, true) && !(w.equals("doctor") || w.equals("nurse")) || nameLike(next, cased,
                    false) && (lx.strong(next) || !lx.common(next))) {
                name[nextIdx] = true;
            }
        }
        // "sky's mom", "Dana's husband": a possessor of a kin word is a person
        if (k.fullEnd > k.end && Words.KIN.contains(next.low) && k.alpha && !Words.KIN.contains(w)
                && !Words.POSSESSIVES.contains(w) && (nameLike(k, cased, false) || cueNameWord(k, cased)
                || !cased && lx.isAnyName(w) && !lx.common(k))) {
            name[i] = true;
        }
        // "my wife Renata", "his brother, tom"
        if (Words.POSSESSIVES.contains(w) && Words.KIN.contains(next.low) && i + 2 < t.size()) {
            Tok cand = t.get(i + 2);
            if ((nameLike(cand, cased, false) || cueNameWord(cand, cased)) && !Words.KIN.contains(cand.low)) {
                name[i + 2] = true;
            } else if (cand.alpha && lx.firstNames.contains(cand.low) && i + 3 < t.size()
                    && AFTER_NAME.contains(t.get(i + 3).low)) {
                name[i + 2] = true;
            }
        }
        // "named X", "my name is X", "I'm X", "this is X"
        boolean intro = w.equals("named") || w.equals("called") && !next.low.equals("in")
                || (w.equals("is") || w.equals("was")) && i > 0 && t.get(i - 1).low.equals("name")
                || w.equals("name's");
        if (intro && nameLike(next, cased, cased)) {
            name[nextIdx] = true;
        }
        if ((w.equals("i'm") || w.equals("im") || (w.equals("am") && i > 0 && t.get(i - 1).low.equals("i"))
                || (w.equals("is") && i > 0 && t.get(i - 1).low.equals("this")))
                && (lx.strong(next) && (!cased || next.cap)
                || cased && next.cap && !lx.common(next) && nameLike(next, true, false))) {
            name[nextIdx] = true;
        }
        // "this is precious, i'm one of the advocates", "it's grace i'm sky's mom", "this is summer whitfield from":
        // a given name that is also a word, introduced, then a new clause or a surname
        if ((w.equals("is") && i > 0 && t.get(i - 1).low.equals("this") || w.equals("it's") || w.equals("its"))
                && next.alpha && next.length() > 2 && !name[nextIdx] && !Words.isCalendarWord(next.low)
                && (lx.firstNames.contains(next.low) || lx.nameWords.contains(next.low))
                && (!cased || next.cap)) {
            int j = nextIdx + 1;
            boolean clause = j >= t.size() || INTRO_AFTER.contains(t.get(j).low)
                    || next.fullEnd < text.length() && text.charAt(next.fullEnd) == ',';
            boolean surname = j < t.size() && t.get(j).alpha && t.get(j).length() > 2
                    && (lx.strong(t.get(j)) || !lx.vocab(t.get(j))) && (!cased || t.get(j).cap);
            if (clause || surname) {
                name[nextIdx] = true;
                if (surname) {
                    name[j] = true;
                }
            }
        }
        // "tell Priya", "ask joy oduya"
        if (Words.PERSON_VERBS.contains(w) && (nameLike(next, cased, false) && (!lx.common(next)
                || lx.strong(next)) || cueNameWord(next, cased) && i + 2 < t.size()
                && (lx.strong(t.get(i + 2)) || !lx.common(t.get(i + 2)) && t.get(i + 2).alpha))) {
            name[nextIdx] = true;
        }
        if (Words.PERSON_VERBS.contains(w) && next.alpha && lx.firstNames.contains(next.low) && i + 2 < t.size()
                && joinable(text, next, t.get(i + 2)) && (lx.strong(t.get(i + 2))
                || t.get(i + 2).alpha && !lx.common(t.get(i + 2)) && (!cased || t.get(i + 2).cap))) {
            name[nextIdx] = true;
            name[i + 2] = true;
        }
        // lower case "i'm anaïs, her husband"
        if (!cased && (w.equals("i'm") || w.equals("im")) && next.alpha && !lx.common(next)
                && !Words.medicalLooking(next.low) && next.length() > 2 && next.fullEnd < text.length()
                && (text.charAt(next.fullEnd) == ',' || text.charAt(next.fullEnd) == '.')) {
            name[nextIdx] = true;
        }
        // "hi julie", "good morning julie", "thank you julie"
        if (Words.GREETINGS.contains(w) || w.equals("you") && i > 0 && t.get(i - 1).low.equals("thank")) {
            if (nameLike(next, cased, false) && !lx.common(next) && !Words.GREETINGS.contains(next.low)
                    || next.alpha && (lx.nameWords.contains(next.low) || lx.firstNames.contains(next.low))
                    && !GREETED_WORDS.contains(next.low) && (!cased || next.cap)) {
                name[nextIdx] = true;
            }
        }
        // a turn that opens with a name and a comma: "julie, how are you"
        if (i == 0 && k.fullEnd < text.length() && text.charAt(k.fullEnd) == ',' && nameLike(k, cased, false)
                && !lx.isCommon(w)) {
            name[0] = true;
        }
    }

    /**
     * A capitalised word that is neither vocabulary nor a word written with a capital for another reason
     * (months, weekdays, states, countries, titles, roles, nationalities, brands).
     */
    private boolean allowListName(Tok k) {
        String w = k.low;
        if (Words.isCalendarWord(w) || Holidays.isWord(w) || Words.STATES.contains(w)
                || Words.STATE_FULL.contains(w) || Words.COUNTRIES.contains(w) || Words.TITLES.contains(w)
                || Words.KIN.contains(w) || lx.keep.contains(w) || lx.capitalised.contains(w)
                || Words.ORG_SUFFIX.contains(w) || Words.STREET_SUFFIX.contains(w) || Words.medicalLooking(w)) {
            return false;
        }
        if (k.length() >= 2 && Character.isUpperCase(k.textAt(1))) {
            return false; // "UAs", "AFib", "PhD": an acronym, not a name
        }
        return !lx.isVocabulary(w) && !Words.UNIT_WORDS.contains(w);
    }

    private static final Set<String> DRUG_BEFORE = Words.list("NameRules.DRUG_BEFORE");
    /** Words that open a new clause after an introduced name ("this is grace, i'm her mother"). */
    private static final Set<String> INTRO_AFTER = Words.list("NameRules.INTRO_AFTER");
    private static final Set<String> DRUG_AFTER = Words.list("NameRules.DRUG_AFTER");
    private static final Set<String> DRUG_FOR = Words.list("NameRules.DRUG_FOR");

    /**
     * Whether an unknown capitalised word at i stands where a medicine does: after "prescribed", "started",
     * "treated with", "a dose of"; before a dose, a unit or a dose form ("Intuniv 2 mg", "a Neulasta on-body
     * injector"); or "X for nausea". The allow-list then reads it as a drug name, not a person.
     */
    private static boolean drugContext(List<Tok> t, int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (DRUG_BEFORE.contains(t.get(j).low) && !(j == i - 2 && Words.POSSESSIVES.contains(t.get(i - 1).low))) {
                return true;
            }
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
            Tok k = t.get(j);
            if (DRUG_AFTER.contains(k.low)) {
                return true;
            }
            if (k.low.equals("for") && j + 1 < t.size() && DRUG_FOR.contains(t.get(j + 1).low)) {
                return true;
            }
        }
        return false;
    }

    /** Words said after a greeting that are not names: "hi there", "thanks everyone". */
    private static final Set<String> GREETED_WORDS = Words.list("NameRules.GREETED_WORDS");

    private static final Set<String> AFTER_NAME = Words.list("NameRules.AFTER_NAME");
    private static final Set<String> SUBJECT_NEXT = Words.list("NameRules.SUBJECT_NEXT");

    /** A name that is also a word, usable after a cue ("my son Mark", "ask joy"). */
    private boolean cueNameWord(Tok k, boolean cased) {
        return k.alpha && lx.nameWords.contains(k.low) && !Words.NAME_WORD_BLOCKED.contains(k.low)
                && (!cased || k.cap);
    }

    private void extendNames(String text, List<Tok> t, boolean cased, boolean[] name) {
        int n = t.size();
        // "hope clark", "joy oduya": a name-word before a surname
        for (int i = 0; i + 1 < n; i++) {
            Tok a = t.get(i);
            Tok b = t.get(i + 1);
            if (!name[i] && cueNameWord(a, cased) && joinable(text, a, b) && (name[i + 1]
                    || lx.lastNames.contains(b.low) && !lx.nameWords.contains(b.low))) {
                name[i] = true;
                name[i + 1] = true;
            }
            // cased text: two capitalised unknown words in a row are a name ("Tomomi Nishiyama")
            if (cased && !name[i] && a.cap && b.cap && !a.upper && !b.upper && a.alpha && b.alpha
                    && a.length() > 1 && b.length() > 1 && joinable(text, a, b)
                    && unknownProper(a) && unknownProper(b)) {
                name[i] = true;
                name[i + 1] = true;
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                if (!name[i]) {
                    continue;
                }
                // forward: surname after a first name, second part of a hyphenated name, middle initial
                if (i + 1 < n && !name[i + 1] && joinable(text, t.get(i), t.get(i + 1))) {
                    Tok nx = t.get(i + 1);
                    boolean hyphen = t.get(i).fullEnd == nx.start - 1 && text.charAt(nx.start - 1) == '-';
                    boolean initial = nx.length() == 1 && nx.cap && (i + 2 < n && name[i + 2]
                            || nx.end < text.length() && text.charAt(nx.end) == '.');
                    boolean verbLike = !cased && i + 2 < n && OBJECT_WORDS.contains(t.get(i + 2).low)
                            && !lx.lastNames.contains(nx.low);
                    if (hyphen && nx.alpha || initial || nameLike(nx, cased, false) && !verbLike
                            && (cased || !lx.nameWords.contains(nx.low))
                            || cased && nx.cap && !nx.upper && lx.lastNames.contains(nx.low)) {
                        name[i + 1] = true;
                    }
                }
                if (i > 0 && !name[i - 1] && joinable(text, t.get(i - 1), t.get(i))) {
                    Tok pv = t.get(i - 1);
                    boolean hyphen = pv.fullEnd == t.get(i).start - 1 && text.charAt(pv.fullEnd) == '-';
                    if (hyphen && pv.alpha && (pv.cap || !cased)
                            || lx.firstNames.contains(t.get(i).low) == false && nameLike(pv, cased, false)
                            && lx.lastNames.contains(t.get(i).low) && !pv.sentenceStart
                            || cased && pv.cap && !pv.sentenceStart && nameLike(pv, true, false)
                            && !lx.common(pv)) {
                        name[i - 1] = true;
                    }
                }
            }
        }
    }

    private boolean unknownProper(Tok k) {
        return !lx.common(k) && !lx.nameWords.contains(k.low) && !Words.isCalendarWord(k.low)
                && !Words.STATES.contains(k.low) && !Words.COUNTRIES.contains(k.low)
                && !Words.medicalLooking(k.low) && !Words.TITLES.contains(k.low) && !Words.ORG_SUFFIX.contains(k.low)
                && !Words.STREET_SUFFIX.contains(k.low) && !lx.cities.contains(k.low);
    }

    /** Two words belong to one name when only spaces, a hyphen or an initial's period lie between them. */
    static boolean joinable(String text, Tok a, Tok b) {
        if (a.fullEnd != a.end) {
            return false;
        }
        int g = b.start - a.end;
        if (g <= 0 || g > 2) {
            return false;
        }
        for (int i = a.end; i < b.start; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && !(c == '.' && a.length() == 1)) {
                return false;
            }
        }
        return true;
    }

}
