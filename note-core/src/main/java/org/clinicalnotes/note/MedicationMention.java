package org.clinicalnotes.note;

import java.util.List;
import java.util.Objects;

/**
 * A medication mentioned in the conversation, with dose and frequency where they were said.
 *
 * @param name the medication as said, normalised to lower case (for example {@code fluoxetine}); not blank
 * @param dose the dose as said, normalised (for example {@code 20 mg}), or null
 * @param frequency the frequency as said (for example {@code once a day}), or null
 * @param status taking, newly prescribed, changed, stopped or unknown; not null
 * @param evidence ids of the utterances that mention it; not null
 * @since 0.1.0
 */
public record MedicationMention(String name, String dose, String frequency, Status status,
                                List<String> evidence) {

    /** Validates and copies. */
    public MedicationMention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /**
     * What the conversation says about a medication.
     *
     * @since 0.1.0
     */
    public enum Status {
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
}
