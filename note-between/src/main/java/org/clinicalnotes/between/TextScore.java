package org.clinicalnotes.between;

import java.util.List;
import java.util.Objects;

/**
 * How distressed and how anxious a text reads.
 *
 * @param distress 0 (none) to 1 (extreme): low mood, hopelessness, anger, exhaustion, loneliness
 * @param anxiety 0 (none) to 1 (extreme): worry, fear, panic, bodily arousal
 * @param evidence the words or phrases that carried the scores, as written, in text order
 * @since 0.2.0
 */
public record TextScore(double distress, double anxiety, List<String> evidence) {

    /** A text with nothing in it. */
    public static final TextScore NONE = new TextScore(0, 0, List.of());

    /** Validates and copies. */
    public TextScore {
        if (!(distress >= 0 && distress <= 1) || !(anxiety >= 0 && anxiety <= 1)) {
            throw new IllegalArgumentException("scores must be 0 to 1");
        }
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /** @return the larger of the two scores */
    public double overall() {
        return Math.max(distress, anxiety);
    }

    /** Redacts the evidence words. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TextScore[distress=%.2f, anxiety=%.2f, evidence=%d words]",
                distress, anxiety, evidence.size());
    }
}
