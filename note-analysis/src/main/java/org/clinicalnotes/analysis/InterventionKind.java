package org.clinicalnotes.analysis;

/**
 * Interventions named or carried out in the clinician's turns.
 *
 * @since 0.2.0
 */
public enum InterventionKind {
    /** Examining and reframing thoughts. */
    COGNITIVE_RESTRUCTURING,
    /** Scheduling rewarding or meaningful activities. */
    BEHAVIOURAL_ACTIVATION,
    /** Graded facing of feared situations. */
    EXPOSURE,
    /** Tasks set for between sessions. */
    HOMEWORK,
    /** Explaining a condition or how treatment works. */
    PSYCHOEDUCATION,
    /** Mindfulness, breathing or grounding practice. */
    MINDFULNESS,
    /** Safety planning: warning signs, contacts, crisis lines, means safety. */
    SAFETY_PLANNING
}
