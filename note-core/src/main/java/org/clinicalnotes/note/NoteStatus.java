package org.clinicalnotes.note;

/**
 * Where a note is in its life. Every generated note starts {@link #PRELIMINARY}.
 *
 * @since 0.1.0
 */
public enum NoteStatus {
    /** Drafted by a model; not yet signed by a clinician. */
    PRELIMINARY,
    /** Signed by a clinician. */
    FINAL,
    /** Signed, then amended and signed again. */
    AMENDED
}
