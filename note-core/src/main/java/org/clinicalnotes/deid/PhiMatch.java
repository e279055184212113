package org.clinicalnotes.deid;

import java.util.Objects;

/**
 * A stretch of text a {@link PhiDetector} found: where it is and what kind of identifier it is, without the
 * text itself.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive; greater than {@code start}
 * @param category the identifier's kind; not null
 * @since 0.1.0
 */
public record PhiMatch(int start, int end, PhiCategory category) {

    /** Validates. */
    public PhiMatch {
        Objects.requireNonNull(category, "category");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * @param start first character
     * @param end end, exclusive
     * @param category kind
     * @return the match
     */
    public static PhiMatch of(int start, int end, PhiCategory category) {
        return new PhiMatch(start, end, category);
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }
}
