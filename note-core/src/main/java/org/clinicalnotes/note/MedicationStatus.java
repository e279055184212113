package org.clinicalnotes.note;

/**
 * What the conversation says about a medication.
 *
 * @since 0.1.0
 */
public enum MedicationStatus {
    /** The patient takes it now. */
    TAKING,
    /** Started or prescribed in this encounter. */
    NEWLY_PRESCRIBED,
    /** The dose or frequency was changed in this encounter. */
    CHANGED,
    /** Stopped, now or earlier. */
    STOPPED,
    /** Mentioned without a clear status. */
    UNKNOWN
}
