package org.clinicalnotes.generate;

/**
 * When the generator de-identifies a transcript before the note model sees it.
 *
 * @since 0.1.0
 */
public enum DeidentificationPolicy {
    /** Before every remote model; local models (the offline default) read the original. The default. */
    REMOTE_ONLY,
    /** Before every model, local ones included. */
    ALWAYS,
    /** Never. Sending PHI to a remote model this way is an explicit choice and is logged at WARN. */
    DISABLED
}
