package org.clinicalnotes.note;

/**
 * The Columbia Suicide Severity Rating Scale (C-SSRS) level a suicidal-ideation or suicide-attempt flag
 * reached: the five ideation levels in rising order, then the two behaviour levels. The order is the
 * order of severity, so {@code compareTo} tells which of two levels is higher.
 *
 * @since 0.2.0
 */
public enum CssrsLevel {
    /** 1: wish to be dead or not to wake up (passive ideation). */
    WISH_TO_BE_DEAD,
    /** 2: non-specific active thoughts of killing oneself. */
    NON_SPECIFIC_THOUGHTS,
    /** 3: active ideation with a method, without intent to act. */
    METHOD,
    /** 4: active ideation with some intent to act, without a specific plan. */
    INTENT,
    /** 5: active ideation with a specific plan and intent. */
    PLAN,
    /** Behaviour: preparatory acts (gathering means, writing a note, giving things away, rehearsal). */
    PREPARATORY,
    /** Behaviour: an actual, interrupted or aborted attempt. */
    ATTEMPT
}
