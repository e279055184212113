package org.clinicalnotes.risk;

import java.util.List;
import java.util.Objects;

/**
 * One unit of a conversation as the learned risk model reads it: a clinician's question and the answer that
 * follows it (every patient or companion turn until the clinician speaks again), or a stretch of a patient's
 * monologue. A long answer is cut into several units of at most {@value #MAX_ANSWER_WORDS} words, each with the
 * question. {@link #features()} are what the lexical screen's rules read in the unit (their names in
 * {@link #FEATURES}): per kind, the rules' reading there and whether a cue, frame or meaning named it in the
 * question or the answer, and the answer's shape (yes, no, negation, someone else, hypothetical, past, media,
 * accident, idiom).
 *
 * <p>Only a {@link #candidate()} unit (one where the rules, or the semantic matcher's word pre-filter, found
 * something) is embedded and scored; the others are kept so that a trainer sees the same units as the screen.
 *
 * @param text the question and the answer, lower-cased and whitespace-normalised (patient text: never log it)
 * @param evidence utterance ids of the answer (or of the question when there is no answer); not null
 * @param features the rules' readings, {@link #FEATURES} long, each 0 or 1; not null
 * @param candidate whether the screen scores it
 * @since 0.3.0
 */
public record DialogueUnit(String text, List<String> evidence, float[] features, boolean candidate) {

    /** Most words of answer in one unit; a longer answer makes several units. */
    public static final int MAX_ANSWER_WORDS = 48;

    /** The names of {@link #features()}, in order; a model file lists them and is refused when they differ. */
    public static final List<String> FEATURES = Units.FEATURE_NAMES;

    /** Validates and copies. */
    public DialogueUnit {
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        features = Objects.requireNonNull(features, "features").clone();
        if (features.length != FEATURES.size()) {
            throw new IllegalArgumentException("features: expected " + FEATURES.size() + ", got " + features.length);
        }
    }

    /** @return a copy of the features */
    @Override
    public float[] features() {
        return features.clone();
    }

    /** @return the size of the text and the evidence ids; no patient text */
    @Override
    public String toString() {
        return "DialogueUnit[" + text.length() + " chars, evidence=" + evidence + ", candidate=" + candidate + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DialogueUnit d && d.text.equals(text) && d.evidence.equals(evidence)
                && java.util.Arrays.equals(d.features, features) && d.candidate == candidate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, evidence, java.util.Arrays.hashCode(features), candidate);
    }
}
