package org.clinicalnotes.course;

/**
 * The Jacobson–Truax reliable change decision between the first and the latest score.
 *
 * @since 0.3.0
 */
public enum ReliableChange {
    /** The score fell by more than measurement error allows (|RCI| &gt; 1.96; lower is better). */
    IMPROVED,
    /** The score rose by more than measurement error allows. */
    DETERIORATED,
    /** The change is within measurement error. */
    NO_CHANGE
}
