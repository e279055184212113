package org.clinicalnotes.analysis;

import java.util.Objects;

/**
 * The tone of one piece of text.
 *
 * @param valence VADER's compound score in [-1, 1]: negative to positive
 * @param arousal activation in [0, 1]: numb or tired (low) to furious or panicking (high)
 * @param intensity emotional intensity in [0, 1], from the valence's strength and the arousal
 * @param emotion the emotion family the text's affect words point to, {@link Emotion#NONE} when none stands out
 * @since 0.2.0
 */
public record Tone(double valence, double arousal, double intensity, Emotion emotion) {

    /** A neutral tone. */
    public static final Tone NEUTRAL = new Tone(0, 0, 0, Emotion.NONE);

    /** Checks the ranges. */
    public Tone {
        Objects.requireNonNull(emotion, "emotion");
        if (!(valence >= -1 && valence <= 1) || !(arousal >= 0 && arousal <= 1) || !(intensity >= 0 && intensity <= 1)) {
            throw new IllegalArgumentException("tone out of range: valence " + valence + ", arousal " + arousal
                    + ", intensity " + intensity);
        }
    }
}
