package org.clinicalnotes.note;

/**
 * Who is said to cause the harm on an abuse or partner-violence flag, as the conversation names the
 * relationship (often in the clinician's question rather than the answer).
 *
 * @since 0.2.0
 */
public enum Perpetrator {
    /** A parent or step-parent of the victim. */
    PARENT,
    /** The partner of the victim's parent (mother's boyfriend, father's girlfriend). */
    PARENT_PARTNER,
    /** A paid or informal carer: home aide, nursing-home staff, babysitter, foster carer. */
    CAREGIVER,
    /** An adult son or daughter (or grandchild) of an older victim. */
    ADULT_CHILD,
    /** A current or former intimate partner. */
    PARTNER,
    /** Someone else: a sibling, another relative, a stranger. */
    OTHER
}
