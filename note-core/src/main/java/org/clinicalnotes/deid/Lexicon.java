package org.clinicalnotes.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import org.clinicalnotes.internal.WordSet;
import org.clinicalnotes.measure.internal.MedicationExtractor;

/**
 * The word lists behind the name and place rules, loaded once from this package's resources: the small
 * hand-checked lists, and the large public-domain lexicons under {@code lexicon/} (English words, given names
 * and surnames, US places, capitalised non-names, clinical words; see that folder's README) kept as
 * {@link WordSet}s.
 */
final class Lexicon {

    static final Lexicon INSTANCE = new Lexicon();

    final Set<String> firstNames;
    final Set<String> lastNames;
    /** Names that are also ordinary words ("will", "hope"): names only with a cue. */
    final Set<String> nameWords;
    /** Ordinary and clinical words: never a name or place without a cue. */
    final Set<String> common;
    /** City names, lower case; several words joined by one space. */
    final Set<String> cities;
    /** First word of a city name to the longest city length in words. */
    final Map<String, Integer> cityFirstWords = new HashMap<>();
    /** Names for surrogates: dictionary names that are not ordinary words. */
    final List<String> surrogateFirst;
    final List<String> surrogateLast;
    final List<String> surrogateCities;
    /** Ordinary English words (SCOWL size 50), lower case. */
    final WordSet english;
    /** Given names and surnames of many origins (SSA, humannames). */
    final WordSet names;
    /** US place names. */
    final WordSet places;
    /** Towns and cities outside the US (GeoNames), one to three words: read only after a place preposition. */
    final WordSet world;
    /** Words written with a capital that name no person or place: nationalities, languages, brands. */
    final WordSet capitalised;
    /** Clinical words missing from the English list. */
    final WordSet clinical;
    /** Words never PHI: eponyms, insurers, car makes, fillers, drug names, words of other languages. */
    final Set<String> keep;

    private Lexicon() {
        firstNames = load("first-names.txt");
        lastNames = load("last-names.txt");
        nameWords = load("name-words.txt");
        Set<String> cw = new HashSet<>(load("common-words.txt"));
        cw.addAll(Words.EXTRA_COMMON);
        common = org.clinicalnotes.internal.QuickWordSet.of(cw);
        cities = load("cities.txt");
        for (String c : cities) {
            String[] parts = c.split(" ");
            cityFirstWords.merge(parts[0], parts.length, Math::max);
        }
        surrogateFirst = pool(firstNames);
        surrogateLast = pool(lastNames);
        List<String> cs = new ArrayList<>();
        for (String c : cities) {
            if (!c.contains(" ") && !common.contains(c) && !nameWords.contains(c) && !c.contains(".")) {
                cs.add(c);
            }
        }
        cs.sort(null); // a set's order is no contract: sorted, a seed gives the same surrogates in every run
        surrogateCities = List.copyOf(cs);
        english = WordSet.load(Lexicon.class, "lexicon/english.txt");
        names = WordSet.load(Lexicon.class, "lexicon/names.txt");
        places = WordSet.load(Lexicon.class, "lexicon/places.txt");
        world = WordSet.load(Lexicon.class, "lexicon/world-places.txt");
        capitalised = WordSet.load(Lexicon.class, "lexicon/capitalised.txt");
        clinical = WordSet.load(Lexicon.class, "lexicon/clinical.txt");
        Set<String> k = new HashSet<>();
        for (String line : loadLines("lexicon/keep.txt")) {
            k.addAll(Arrays.asList(line.split("\\s+")));
        }
        k.addAll(MedicationExtractor.BUILT_IN_NAMES);
        keep = org.clinicalnotes.internal.QuickWordSet.of(k);
    }

    /**
     * Known vocabulary: an English, clinical or never-PHI word, also in a simple inflected form. The
     * allow-list of the name rules: a capitalised word outside it, mid-sentence, is taken for a name.
     */
    boolean isVocabulary(String lower) {
        if (english.contains(lower) || clinical.contains(lower) || keep.contains(lower) || isCommon(lower)) {
            return true;
        }
        int n = lower.length();
        if (n > 3 && lower.endsWith("s") && (english.contains(lower, 0, n - 1) || clinical.contains(lower, 0, n - 1))) {
            return true;
        }
        if (n > 4 && (lower.endsWith("es") || lower.endsWith("ed") || lower.endsWith("ly") || lower.endsWith("er"))
                && english.contains(lower, 0, n - 2)) {
            return true;
        }
        if (n > 4 && (lower.endsWith("ed") || lower.endsWith("er")) && english.contains(lower, 0, n - 1)) {
            return true;
        }
        return n > 5 && lower.endsWith("ing") && (english.contains(lower, 0, n - 3)
                || english.contains(lower.substring(0, n - 3) + "e"));
    }

    /** A name from the large lists that is no vocabulary word: "marisol", "okafor", "nguyen". */
    boolean isListedName(String lower) {
        return lower.length() > 2 && !english.contains(lower)
                && (names.contains(lower) || firstNames.contains(lower) || lastNames.contains(lower))
                && !isVocabulary(lower) && !capitalised.contains(lower) && !Words.isCalendarWord(lower)
                && !Words.STATES.contains(lower) && !Words.STATE_FULL.contains(lower)
                && !Words.COUNTRIES.contains(lower);
    }

    private List<String> pool(Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.length() >= 4 && n.chars().allMatch(Character::isLetter) && !nameWords.contains(n)
                    && !common.contains(n) && !Words.EXTRA_COMMON.contains(n)) {
                out.add(n);
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /** An ordinary word, also in a simple inflected form ("lives", "walked", "hurting"). */
    boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        int apo = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        if (apo > 0) {
            String head = lower.substring(0, apo);
            return head.equals("i") || common.contains(head) || head.endsWith("n") && common.contains(
                    head.substring(0, head.length() - 1));
        }
        int n = lower.length();
        if (n > 3 && lower.endsWith("s") && common.contains(lower.substring(0, n - 1))) {
            return true;
        }
        if (n > 4 && (lower.endsWith("es") || lower.endsWith("ed") || lower.endsWith("ly"))
                && common.contains(lower.substring(0, n - 2))) {
            return true;
        }
        if (n > 4 && lower.endsWith("ed") && common.contains(lower.substring(0, n - 1))) {
            return true;
        }
        return n > 5 && lower.endsWith("ing") && (common.contains(lower.substring(0, n - 3))
                || common.contains(lower.substring(0, n - 3) + "e"));
    }

    /** {@link #isVocabulary} for a word, worked out once per word. */
    boolean vocab(Tok k) {
        if (k.vocab == 0) {
            k.vocab = compute(k.low, VOCAB) ? (byte) 1 : (byte) 2;
        }
        return k.vocab == 1;
    }

    private static final int VOCAB = 1;
    private static final int STRONG = 2;
    private static final int COMMON = 4;
    /**
     * Answers already worked out, by word: for each test, bit {@code b} says it is known and bit {@code b << 8}
     * holds the answer. A memo of pure functions of the word (the output does not depend on it) that holds
     * dictionary words only, so no name or code of a transcript stays in memory; it stops growing at
     * {@link #MEMO_LIMIT} words.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> memo = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 100_000;

    private boolean compute(String w, int bit) {
        Integer known = memo.get(w);
        if (known != null && (known & bit) != 0) {
            return (known & bit << 8) != 0;
        }
        boolean v = switch (bit) {
            case VOCAB -> isVocabulary(w);
            case STRONG -> isStrongName(w);
            default -> isCommon(w);
        };
        if (memo.size() < MEMO_LIMIT && (english.contains(w) || common.contains(w))) {
            // only ordinary words are kept: a name or any other word no dictionary holds is never remembered
            int add = bit | (v ? bit << 8 : 0);
            memo.merge(w, add, (a, b) -> a | b);
        }
        return v;
    }

    /** {@link #isStrongName} for a word, worked out once per word. */
    boolean strong(Tok k) {
        if (k.strong == 0) {
            k.strong = compute(k.low, STRONG) ? (byte) 1 : (byte) 2;
        }
        return k.strong == 1;
    }

    /** {@link #isCommon} for a word, worked out once per word. */
    boolean common(Tok k) {
        if (k.common == 0) {
            k.common = compute(k.low, COMMON) ? (byte) 1 : (byte) 2;
        }
        return k.common == 1;
    }

    /** A dictionary name that is not also an ordinary word. */
    boolean isStrongName(String lower) {
        if (Words.isCalendarWord(lower)) {
            return false; // "Sunday", "June": a name only after a cue
        }
        boolean curated = firstNames.contains(lower) || lastNames.contains(lower);
        if (!curated) {
            return !english.contains(lower) && isListedName(lower); // most words end here, cheaply
        }
        return !nameWords.contains(lower) && !common.contains(lower) && !keep.contains(lower)
                && !clinical.contains(lower) || isListedName(lower);
    }

    /** A name of the curated first- or last-name lists, whether or not it is also a word ("Baker", "Echo"). */
    boolean isCuratedName(String lower) {
        return firstNames.contains(lower) || lastNames.contains(lower);
    }

    boolean isAnyName(String lower) {
        return firstNames.contains(lower) || lastNames.contains(lower) || nameWords.contains(lower)
                || names.contains(lower) && !keep.contains(lower) && !capitalised.contains(lower);
    }

    private static List<String> loadLines(String name) {
        List<String> out = new ArrayList<>();
        for (String s : load(name)) {
            out.add(s);
        }
        out.sort(null);
        return out;
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/clinicalnotes/deid/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return org.clinicalnotes.internal.QuickWordSet.of(out);
    }
}
