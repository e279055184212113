package org.clinicalnotes.between;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A coping exercise suggested for a HIGH alert: a draft until a clinician approves it. Nothing is sent to
 * the client by the monitor.
 *
 * @param exerciseId the exercise's id in the library, for example {@code grounding-54321}; not blank
 * @param title the exercise's title; not blank
 * @param instructions the text the client would receive; not blank
 * @param rationale why this one: the signal, the words in the entry, the client's plan; not blank
 * @param status DRAFT until a clinician decides; not null
 * @param decidedBy who approved or declined it; null while DRAFT
 * @param decidedAt when; null while DRAFT
 * @since 0.2.0
 */
public record Suggestion(String exerciseId, String title, String instructions, String rationale, Status status,
                         String decidedBy, ZonedDateTime decidedAt) {

    /** Validates. */
    public Suggestion {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(status, "status");
        if (status != Status.DRAFT && (decidedBy == null || decidedAt == null)) {
            throw new IllegalArgumentException("a decided suggestion names who decided and when");
        }
    }

    /** Where a suggestion stands. */
    public enum Status {
        /** Waiting for the clinician. */
        DRAFT,
        /** The clinician approved it: it may be sent. */
        APPROVED,
        /** The clinician declined it. */
        DECLINED
    }

    /**
     * @param approve whether the clinician approves
     * @param by the clinician
     * @param at when
     * @return the decided suggestion
     */
    Suggestion decide(boolean approve, String by, ZonedDateTime at) {
        return new Suggestion(exerciseId, title, instructions, rationale, approve ? Status.APPROVED : Status.DECLINED,
                by, at);
    }
}
