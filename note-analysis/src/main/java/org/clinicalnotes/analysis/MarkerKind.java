package org.clinicalnotes.analysis;

/**
 * Language markers read in the client's turns.
 *
 * @since 0.2.0
 */
public enum MarkerKind {
    /** Absolutist words (always, never, nothing, completely…), per 100 client words. */
    ABSOLUTIST_WORDS,
    /** First-person-singular pronouns (I, me, my, mine, myself), per 100 client words. */
    FIRST_PERSON_SINGULAR,
    /** Hopeless statements (no point, never get better, give up). */
    HOPELESSNESS,
    /** Self-critical statements (I'm useless, it's all my fault). */
    SELF_CRITICISM
}
