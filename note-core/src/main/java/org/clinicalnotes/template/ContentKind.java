package org.clinicalnotes.template;

/**
 * What kind of content a note section takes. Templates map their sections to kinds; note models
 * classify what was said into kinds and place it in the first section that accepts it. This lets one
 * model fill SOAP, DAP, BIRP, GIRP or a custom template alike.
 *
 * @since 0.1.0
 */
public enum ContentKind {
    /** Why the patient came, in a phrase. */
    CHIEF_COMPLAINT,
    /** What the patient reports: symptoms, their course, feelings, events since the last visit. */
    PATIENT_REPORT,
    /** Past medical, surgical, psychiatric, family and social history. */
    HISTORY,
    /** Current medications and allergies. */
    MEDICATIONS,
    /** Review of systems: symptoms asked about system by system, including denials. */
    REVIEW_OF_SYSTEMS,
    /** Vital signs and physical examination findings the clinician states. */
    EXAM,
    /** Laboratory, imaging and test results. */
    RESULTS,
    /** The clinician's observations of presentation, mood, affect and behaviour in session. */
    OBSERVATION,
    /** Interventions the clinician used in session (CBT, MI, psychoeducation). */
    INTERVENTION,
    /** The patient's response to the interventions. */
    RESPONSE,
    /** Treatment goals and objectives addressed. */
    GOALS,
    /** The clinician's impression, diagnosis and progress. */
    ASSESSMENT,
    /** Orders, medications, referrals, homework and follow-up. */
    PLAN,
    /** Safety and risk: ideation, self-harm, abuse, safety planning. */
    RISK
}
