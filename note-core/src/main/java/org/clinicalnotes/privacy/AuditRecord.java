package org.clinicalnotes.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited action on a note: who did what to which note, when, and how it ended. Holds ids and codes
 * only, never patient text; the FHIR module turns it into an {@code AuditEvent}.
 *
 * @param action what was done; not null
 * @param at when it ended; not null
 * @param agent who did it: a practitioner's FHIR id, or {@code system} for the SDK acting alone; not null
 * @param noteId the note's id, or null when the action failed before a note existed
 * @param outcome how it ended; not null
 * @param errorCode the {@code CN-xxxx} code of a failure, or null on success
 * @since 0.2.0
 */
public record AuditRecord(Action action, Instant at, String agent, String noteId, Outcome outcome,
                          String errorCode) {

    /** Validates. */
    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(outcome, "outcome");
        if (errorCode != null && !errorCode.matches("CN-\\d{4}")) {
            throw new IllegalArgumentException("errorCode must be a CN-xxxx code");
        }
    }

    /** @return the note id, when there is one */
    public Optional<String> note() {
        return Optional.ofNullable(noteId);
    }

    /** What was done to a note. */
    public enum Action {
        /** A draft was generated (create). */
        GENERATE,
        /** A clinician signed it (update). */
        SIGN,
        /** A clinician amended it (create of the amendment). */
        AMEND,
        /** Its digest and signature were checked (read). */
        VERIFY
    }

    /** How it ended. */
    public enum Outcome {
        /** It succeeded. */
        SUCCESS,
        /** It failed on the caller's input or a check (a minor failure in FHIR terms). */
        FAILURE
    }
}
