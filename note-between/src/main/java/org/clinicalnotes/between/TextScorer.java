package org.clinicalnotes.between;

/**
 * Scores the distress and anxiety of a piece of free text. The monitor's only dependency on text scoring,
 * so a better scorer (the session analyzer's tone model, an embedding model) can replace the shipped
 * lexical one without touching the rest. Implementations must be thread-safe and fast (the monitor calls
 * this once per entry).
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface TextScorer {

    /**
     * @param text the text; not null, may be empty
     * @return the scores with the words that carried them
     */
    TextScore score(String text);

    /** @return the shipped lexical scorer (word list in {@code affect.tsv}, negation and intensifier aware) */
    static TextScorer lexical() {
        return LexiconTextScorer.DEFAULT;
    }

    /**
     * @return the default scorer: the word list, with the session analyzer's tone (VADER valence) for distress
     *     (see the README's figures on the blind journal texts)
     */
    static TextScorer standard() {
        return ToneTextScorer.DEFAULT;
    }
}
