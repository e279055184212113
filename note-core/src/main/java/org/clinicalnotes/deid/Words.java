package org.clinicalnotes.deid;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Small fixed word sets for the rules: cues, months, states, suffixes, number words. */
final class Words {

    private Words() {
    }

    /**
     * @param key a key of {@code words.tsv}
     * @return its words
     * @throws IllegalStateException if the key is missing
     */
    static Set<String> list(String key) {
        Set<String> s = Lists.ALL.get(key);
        if (s == null) {
            throw new IllegalStateException("words.tsv has no list " + key);
        }
        return s;
    }

    /** The lists of {@code words.tsv}, loaded once. */
    private static final class Lists {
        static final Map<String, Set<String>> ALL = load();

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> m = new HashMap<>();
            for (String[] row : org.clinicalnotes.internal.Tsv.rows(Words.class, "words.tsv", 2)) {
                m.put(row[0], set(row[1]));
            }
            return Map.copyOf(m);
        }
    }

    static Set<String> set(String words) {
        return org.clinicalnotes.internal.QuickWordSet.of(java.util.Arrays.asList(words.trim().split("\\s+")));
    }

    /** Ordinary or clinical words missing from the corpus list, some of them also dictionary names. */
    static final Set<String> EXTRA_COMMON = Words.list("EXTRA_COMMON");

    /** Words of a place answer that name no place: "downtown", "the east side". */
    static final Set<String> GENERIC_PLACE = Words.list("GENERIC_PLACE");

    /** Surname particles: "van der Merwe", "de la Cruz", "al-Hassan", "bin Said". */
    static final Set<String> PARTICLES = Words.list("PARTICLES");

    static final Set<String> TITLES = Words.list("TITLES");
    static final Set<String> KIN = Words.list("KIN");
    static final Set<String> POSSESSIVES = Words.list("POSSESSIVES");
    /** Names-that-are-words too common to take for a name even after a cue ("my son will"). */
    static final Set<String> NAME_WORD_BLOCKED = Words.list("NAME_WORD_BLOCKED");
    /** Verbs after which a capitalised or unknown word is a person: "tell Priya", "ask joy". */
    static final Set<String> PERSON_VERBS = Words.list("PERSON_VERBS");
    static final Set<String> NAME_INTRO = Words.list("NAME_INTRO");
    static final Set<String> GREETINGS = Words.list("GREETINGS");
    static final Set<String> MONTHS_FULL = Words.list("MONTHS_FULL");
    static final Map<String, Integer> MONTH_NUMBER = new HashMap<>();
    static final Set<String> WEEKDAYS = Words.list("WEEKDAYS");

    /**
     * A weekday or month name ("Sunday", "June", "may"): never a name or place without a cue. The one guard the
     * lexicon's strong names and the name rules share.
     */
    static boolean isCalendarWord(String lower) {
        return WEEKDAYS.contains(lower) || MONTH_NUMBER.containsKey(lower);
    }
    static final Set<String> STATES = Words.list("STATES");
    static final Set<String> STATE_FULL = Words.list("STATE_FULL");
    static final Set<String> COUNTRIES = Words.list("COUNTRIES");
    static final Set<String> STREET_SUFFIX = Words.list("STREET_SUFFIX");
    /** Suffixes that are ordinary words: need a number before them, or capitals in cased text. */
    static final Set<String> WEAK_STREET_SUFFIX = Words.list("WEAK_STREET_SUFFIX");
    static final Set<String> UNIT_WORDS = Words.list("UNIT_WORDS");
    static final Set<String> ORG_SUFFIX = Words.list("ORG_SUFFIX");
    static final Set<String> ORG_WEAK = Words.list("ORG_WEAK");
    static final Set<String> WORK_CUES = Words.list("WORK_CUES");
    static final Set<String> PLACE_VERBS = Words.list("PLACE_VERBS");
    static final Set<String> PLACE_PREPS = Words.list("PLACE_PREPS");
    static final Set<String> DIGIT_WORDS = Words.list("DIGIT_WORDS");
    static final Set<String> UNIT_AFTER_NUMBER = Words.list("UNIT_AFTER_NUMBER");
    static final String[] MEDICAL_SUFFIXES = list("MEDICAL_SUFFIXES").toArray(new String[0]);

    static {
        String[] m = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < m.length; i++) {
            MONTH_NUMBER.put(m[i], i + 1);
            MONTH_NUMBER.put(m[i].substring(0, 3), i + 1);
        }
        MONTH_NUMBER.put("sept", 9);
    }

    static boolean medicalLooking(String lower) {
        if (lower.length() < 6) {
            return false;
        }
        for (String s : MEDICAL_SUFFIXES) {
            if (lower.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
