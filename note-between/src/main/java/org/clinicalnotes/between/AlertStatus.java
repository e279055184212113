package org.clinicalnotes.between;

/**
 * Where an alert stands.
 *
 * @since 0.2.0
 */
public enum AlertStatus {
    /** Raised, nobody has acknowledged it yet. */
    OPEN,
    /** A clinician acknowledged it (see the audit trail). */
    ACKNOWLEDGED
}
