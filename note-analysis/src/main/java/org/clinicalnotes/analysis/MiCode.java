package org.clinicalnotes.analysis;

/**
 * Finer motivational-interviewing codes for a clinician utterance, told by rules on top of the behaviour label
 * (AnnoMI has no gold for them, so they are not validated: treat them as hints).
 *
 * @since 0.2.0
 */
public enum MiCode {
    /** A question that invites a longer answer (what, how, tell me). */
    OPEN_QUESTION,
    /** A question answered with yes, no or a fact. */
    CLOSED_QUESTION,
    /** A reflection that mostly repeats or rephrases the client's words. */
    SIMPLE_REFLECTION,
    /** A reflection that adds meaning or emphasis beyond the client's words. */
    COMPLEX_REFLECTION,
    /** A statement that appreciates the client's strengths or efforts. */
    AFFIRMATION
}
