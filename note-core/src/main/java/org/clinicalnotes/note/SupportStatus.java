package org.clinicalnotes.note;

/**
 * Whether a statement is backed by what was said.
 *
 * @since 0.1.0
 */
public enum SupportStatus {
    /** The cited utterances exist and contain the statement's content. */
    SUPPORTED,
    /** No valid evidence, or the cited utterances do not contain the statement's content. */
    UNSUPPORTED,
    /** Written by the clinician during review; needs no transcript evidence. */
    CLINICIAN_AUTHORED
}
