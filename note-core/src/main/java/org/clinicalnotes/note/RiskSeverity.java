package org.clinicalnotes.note;

/**
 * Severity of a risk flag, aligned with C-SSRS levels where they apply.
 *
 * @since 0.1.0
 */
public enum RiskSeverity {
    /** No severity applies (for example a denied risk). */
    NONE,
    /** Passive ideation, wish to be dead, historical risk. */
    LOW,
    /** Active ideation without method, plan or intent. */
    MODERATE,
    /** Active ideation with method, or plan, or intent, or recent behaviour. */
    HIGH
}
