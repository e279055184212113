package org.clinicalnotes.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hears every audited action: generate (from {@code NoteGenerator}), each journal entry read (from
 * {@code BetweenSessionMonitor}), each course analysis (from {@code CourseAnalyzer}), and sign, amend,
 * verify, journal scan, course and plan runs (from the command line, or the vendor's own code). The vendor plugs one in to write a FHIR
 * {@code AuditEvent} (see {@code org.clinicalnotes.fhir.AuditEvents}) to its audit repository. Called on
 * the thread that did the action; an exception it throws is logged (its type only) and ignored, so that
 * auditing never changes a result.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface AuditListener {

    /**
     * @param record what happened; holds no patient text
     */
    void onAudit(Event record);

    /**
     * One audited action: who did what to which note or which clients' records, when, and how it ended. Holds
     * ids and codes only, never patient text; the FHIR module turns it into an {@code AuditEvent}.
     *
     * @param action what was done; not null
     * @param at when it ended; not null
     * @param agent who did it: a practitioner's FHIR id, or {@code system} for the SDK acting alone; not null
     * @param noteId the note's id, or null when the action failed before a note existed
     * @param outcome how it ended; not null
     * @param errorCode the {@code CN-xxxx} code of a failure, or null on success
     * @param clientIds the ids of the clients (patients) whose records the action read or wrote, as the input
     *     names them (a journal's {@code client}, a FHIR patient id, a client folder's name); empty when the
     *     action names a note instead or none was read; not null, no blank id
     * @since 0.2.0
     */
    public record Event(Action action, Instant at, String agent, String noteId, Outcome outcome,
                              String errorCode, List<String> clientIds) {

        /** Validates and copies. */
        public Event {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(outcome, "outcome");
            if (errorCode != null && !errorCode.matches("CN-\\d{4}")) {
                throw new IllegalArgumentException("errorCode must be a CN-xxxx code");
            }
            clientIds = List.copyOf(Objects.requireNonNull(clientIds, "clientIds"));
            if (clientIds.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a client id is blank");
            }
        }

        /**
         * A record about one note (generate, sign, amend, verify), naming no client.
         *
         * @param action what was done; not null
         * @param at when it ended; not null
         * @param agent who did it; not null
         * @param noteId the note's id, or null
         * @param outcome how it ended; not null
         * @param errorCode the code of a failure, or null
         */
        public Event(Action action, Instant at, String agent, String noteId, Outcome outcome, String errorCode) {
            this(action, at, agent, noteId, outcome, errorCode, List.of());
        }

        /**
         * A record of the SDK acting alone ({@code system}) on clients' records, at {@code at}.
         *
         * @param action what was done; not null
         * @param at when it ended; not null
         * @param clientIds the clients whose records were read or written; not null
         * @param errorCode the code of a failure, or null on success
         * @return the record
         * @since 0.3.0
         */
        public static Event ofClients(Action action, Instant at, List<String> clientIds, String errorCode) {
            return new Event(action, at, "system", null, errorCode == null ? Outcome.SUCCESS : Outcome.FAILURE,
                    errorCode, clientIds);
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
            VERIFY,
            /**
             * Clients' journal entries were read and screened for alerts (read): one entry by
             * {@code BetweenSessionMonitor}, a whole file by {@code journal scan}.
             *
             * @since 0.3.0
             */
            JOURNAL_SCAN,
            /**
             * A client's history of sessions and journal was read into a course and pre-session brief (read).
             *
             * @since 0.3.0
             */
            COURSE,
            /**
             * A treatment plan was drafted from a client's history (create of a draft CarePlan).
             *
             * @since 0.3.0
             */
            PLAN
        }

        /** How it ended. */
        public enum Outcome {
            /** It succeeded. */
            SUCCESS,
            /** It failed on the caller's input or a check (a minor failure in FHIR terms). */
            FAILURE
        }
    }
}
