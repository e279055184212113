package org.clinicalnotes.between;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One step in an alert's audit trail.
 *
 * @param action what happened; not null
 * @param by who did it (a practitioner id, or {@code system}); not blank
 * @param at when; not null
 * @param note an optional short note; null for none
 * @since 0.2.0
 */
public record AuditEvent(Action action, String by, ZonedDateTime at, String note) {

    /** Validates. */
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (by.isBlank()) {
            throw new IllegalArgumentException("by is blank");
        }
    }

    /** What can happen to an alert. */
    public enum Action {
        /** The monitor raised it. */
        RAISED,
        /** A later entry of the same episode was added to it. */
        UPDATED,
        /** A clinician acknowledged it. */
        ACKNOWLEDGED,
        /** A clinician approved the suggested exercise: it may now be sent. */
        SUGGESTION_APPROVED,
        /** A clinician declined the suggested exercise. */
        SUGGESTION_DECLINED
    }

    /** Leaves out the note, which may hold free text. */
    @Override
    public String toString() {
        return "AuditEvent[" + action + " at " + at + "]";
    }
}
