package org.clinicalnotes.deid;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Model output with the originals put back, and what in it looked like PHI without coming from the
 * transcript: a model that invents a name or a date, or one that saw PHI the de-identifier missed.
 * {@link #toString()} prints counts only.
 *
 * @param text the re-identified text; not null
 * @param unexpected PHI-like spans in the model output that no surrogate explains, counted by category;
 *     empty when there were none; never holds the text
 * @since 0.1.0
 */
public record Reidentified(String text, Map<PhiCategory, Integer> unexpected) {

    /** Validates and copies. */
    public Reidentified {
        Objects.requireNonNull(text, "text");
        unexpected = unexpected.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(unexpected));
    }

    /** @return the number of unexpected PHI-like spans */
    public int unexpectedCount() {
        int n = 0;
        for (int c : unexpected.values()) {
            n += c;
        }
        return n;
    }

    @Override
    public String toString() {
        return "Reidentified[textLength=" + text.length() + ", unexpected=" + unexpected + "]";
    }
}
