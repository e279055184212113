package org.clinicalnotes.analysis;

/**
 * The emotion family a text's affect words point to, used to label moments.
 *
 * @since 0.2.0
 */
public enum Emotion {
    /** Anger, frustration, resentment. */
    ANGER,
    /** Fear, panic, anxiety. */
    FEAR,
    /** Sadness, hopelessness, being overwhelmed. */
    DISTRESS,
    /** Relief, calm, feeling better. */
    RELIEF,
    /** Joy, pride, excitement. */
    JOY,
    /** No emotion family stands out. */
    NONE
}
