package org.clinicalnotes.analysis;

/**
 * MITI 4.2.1 threshold bands (Moyers et al. 2016) for a session summary figure.
 *
 * @since 0.2.0
 */
public enum Band {
    /** Below the MITI's "fair" threshold. */
    BELOW_FAIR,
    /** At or above "fair" (reflection-to-question 1:1; complex reflections 40 %). */
    FAIR,
    /** At or above "good" (reflection-to-question 2:1; complex reflections 50 %). */
    GOOD
}
