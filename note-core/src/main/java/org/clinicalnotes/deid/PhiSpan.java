package org.clinicalnotes.deid;

import java.util.Objects;

/**
 * One identifier that was replaced: its place in the original text, its kind and the surrogate that stands
 * for it. {@link #toString()} prints neither the original nor the surrogate.
 *
 * @param start first character in the original text, inclusive
 * @param end end in the original text, exclusive
 * @param category the identifier's kind; not null
 * @param surrogate the replacement text; not null
 * @since 0.1.0
 */
public record PhiSpan(int start, int end, PhiCategory category, String surrogate) {

    /** Validates. */
    public PhiSpan {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(surrogate, "surrogate");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * @param offset added to both ends
     * @return this span moved by {@code offset}
     */
    public PhiSpan shift(int offset) {
        return new PhiSpan(start + offset, end + offset, category, surrogate);
    }

    @Override
    public String toString() {
        return "PhiSpan[" + start + ", " + end + ", " + category + "]";
    }
}
