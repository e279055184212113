package org.clinicalnotes.course;

/**
 * Whether a theme comes up more or less often as the course goes on.
 *
 * @since 0.3.0
 */
public enum Trend {
    /** Carried by a growing share of the client's talk. */
    RISING,
    /** About as often early and late. */
    STEADY,
    /** Carried by a shrinking share of the client's talk, or gone from the latest sessions. */
    FADING
}
