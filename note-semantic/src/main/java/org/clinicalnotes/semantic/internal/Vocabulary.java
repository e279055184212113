package org.clinicalnotes.semantic.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content-word stems (first five letters) of the bank's risk exemplars, less common function words: the
 * matcher's pre-filter. Derived from the bank at load, so it follows the bank without a word list of its own.
 */
final class Vocabulary {

    static final Vocabulary SHARED = new Vocabulary();
    private static final int STEM = 5;
    private static final Set<String> STOP = Set.of("the", "and", "but", "that", "this", "with", "for", "just", "like",
            "have", "has", "had", "was", "were", "are", "i'm", "i've", "i'd", "i'll", "im", "ive", "you", "your", "yours",
            "they", "them", "their", "what", "when", "then", "than", "there", "here", "from", "into", "about", "some",
            "been", "being", "really", "know", "think", "thing", "things", "it's", "its", "don't", "dont", "didn't",
            "didnt", "can't", "cant", "not", "all", "any", "out", "get", "got", "one", "now", "again", "even", "still",
            "him", "her", "his", "she", "he's", "she's", "because", "cause", "would", "could", "should", "will", "want",
            "wanted", "going", "gonna", "time", "times", "day", "days", "night", "week", "make", "made", "said", "says",
            "tell", "told", "feel", "feels", "felt", "every", "much", "more", "other", "only", "also", "over", "down",
            "back", "good", "right", "well", "yeah", "yes", "okay", "um", "uh", "so", "my", "me", "myself", "too",
            "very", "way", "after", "before", "lately", "last", "keep", "keeps", "doing", "done", "did", "does",
            "maybe", "sometimes", "people", "someone", "anyone", "nobody", "everyone", "honestly", "actually");

    private final Set<String> stems = new HashSet<>();

    private Vocabulary() {
        for (Exemplar e : ExemplarBank.load()) {
            if (e.kind() != null) {
                for (String w : words(e.text())) {
                    stems.add(stem(w));
                }
            }
        }
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).split("[^a-z']+");
    }

    private static String stem(String w) {
        return w.length() <= STEM ? w : w.substring(0, STEM);
    }

    boolean accepts(String sentence) {
        for (String w : words(sentence)) {
            if (w.length() >= 3 && !STOP.contains(w) && stems.contains(stem(w))) {
                return true;
            }
        }
        return false;
    }

    /** @return how many stems (for tests) */
    int size() {
        return stems.size();
    }
}
