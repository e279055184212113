package org.clinicalnotes.analysis;

/**
 * A client utterance's talk type in motivational interviewing.
 *
 * @since 0.2.0
 */
public enum TalkType {
    /** Talk toward the change (desire, ability, reasons, need, commitment, taking steps). */
    CHANGE,
    /** Talk for the status quo. */
    SUSTAIN,
    /** Neither. */
    NEUTRAL
}
