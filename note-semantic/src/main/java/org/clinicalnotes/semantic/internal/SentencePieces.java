package org.clinicalnotes.semantic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prepares a sentence for the model: drops speech fillers and stutters, and cuts a long sentence into
 * overlapping windows of words, so that one risky clause in a run-on transcript line is not diluted by
 * the rest. The matcher takes, for every exemplar, the best similarity over the pieces.
 *
 * @param longerThan a sentence with more words than this is also cut into windows; 0 for never
 * @param window words per window
 * @param stride words between the starts of two windows
 */
record SentencePieces(int longerThan, int window, int stride) {

    /** What the matcher uses (tuned with the dev harness, see the README beside the bank). */
    static final SentencePieces DEFAULT = new SentencePieces(12, 8, 4);

    /** No windows: the whole (cleaned) sentence only. */
    static final SentencePieces WHOLE = new SentencePieces(0, 1, 1);

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> FILLERS = Set.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "mm", "mhm");

    /** Validates. */
    SentencePieces {
        if (longerThan < 0 || window < 1 || stride < 1) {
            throw new IllegalArgumentException("longerThan >= 0, window >= 1, stride >= 1");
        }
    }

    /**
     * @param sentence a non-blank sentence
     * @return the cleaned sentence first, then its windows if it is long; never empty
     */
    List<String> pieces(String sentence) {
        List<String> words = words(sentence);
        if (words.isEmpty()) {
            return List.of(sentence.strip().toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>();
        out.add(String.join(" ", words));
        if (longerThan > 0 && words.size() > longerThan) {
            for (int start = 0; ; start += stride) {
                int end = Math.min(words.size(), start + window);
                out.add(String.join(" ", words.subList(start, end)));
                if (end == words.size()) {
                    break;
                }
            }
        }
        return out;
    }

    /** @return the words, lower case, without fillers and without a word repeated straight after itself */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (String raw : SPACE.split(sentence.strip().toLowerCase(Locale.ROOT))) {
            String bare = trimPunctuation(raw);
            if (raw.isEmpty() || FILLERS.contains(bare)) {
                continue;
            }
            if (!out.isEmpty() && !bare.isEmpty() && trimPunctuation(out.get(out.size() - 1)).equals(bare)) {
                continue;
            }
            out.add(raw);
        }
        return out;
    }

    private static String trimPunctuation(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
            to--;
        }
        return word.substring(from, to);
    }
}
