package org.clinicalnotes.between;

/**
 * How soon a clinician should look at an alert.
 *
 * @since 0.2.0
 */
public enum AlertPriority {
    /** A present risk (suicidal ideation, self-harm, harm to others, abuse): today, with the sentence. */
    URGENT,
    /** A spike in the worsening direction against the client's own baseline. */
    HIGH,
    /** A sustained worsening trend over days, or a past risk mentioned. */
    ROUTINE
}
