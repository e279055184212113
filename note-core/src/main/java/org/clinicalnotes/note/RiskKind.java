package org.clinicalnotes.note;

/**
 * Kinds of clinical risk the safety screen surfaces.
 *
 * @since 0.1.0
 */
public enum RiskKind {
    /** Thoughts of ending one's life, passive or active, with or without plan, means or intent. */
    SUICIDAL_IDEATION,
    /** A past suicide attempt. */
    SUICIDE_ATTEMPT,
    /** Non-suicidal self-injury. */
    SELF_HARM,
    /** Thoughts of harming or killing someone else. */
    HOMICIDAL_IDEATION,
    /** Abuse or neglect of a child. */
    CHILD_ABUSE,
    /** Abuse or neglect of an older or dependent adult. */
    ELDER_ABUSE,
    /** Intimate partner violence. */
    INTIMATE_PARTNER_VIOLENCE,
    /** Medically dangerous substance use: withdrawal with seizure history, overdose. */
    DANGEROUS_SUBSTANCE_USE
}
