package org.clinicalnotes.note;

/**
 * What the conversation says about a risk.
 *
 * @since 0.1.0
 */
public enum RiskStatus {
    /** Endorsed by the patient or reported by someone present. */
    PRESENT,
    /** Asked about and denied. */
    DENIED,
    /** Raised but not resolved: ambiguous, hypothetical or not answered. */
    UNCLEAR,
    /**
     * Endorsed as past history only, resolved or long ago (an attempt at sixteen, a former partner's violence
     * decades ago): not a current risk, shown to the clinician as history.
     *
     * @since 0.2.0
     */
    HISTORICAL
}
