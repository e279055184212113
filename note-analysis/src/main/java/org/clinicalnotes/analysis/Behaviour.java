package org.clinicalnotes.analysis;

/**
 * A clinician utterance's main behaviour, AnnoMI's four labels.
 *
 * @since 0.2.0
 */
public enum Behaviour {
    /** A reflection of what the client said or meant. */
    REFLECTION,
    /** A question. */
    QUESTION,
    /** Giving information, advice or options ("therapist input"). */
    INPUT,
    /** Anything else: greetings, acknowledgements, structuring. */
    OTHER
}
