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
    RISK;

    /**
     * Where this content goes when a template has no section for it, nearest first. Used by
     * {@link NoteTemplate#sectionFor(ContentKind)} so that nothing said is lost to a template's shape.
     *
     * @return the fallback kinds, in order; never contains this kind
     */
    public java.util.List<ContentKind> fallbacks() {
        return switch (this) {
            case CHIEF_COMPLAINT -> java.util.List.of(PATIENT_REPORT, GOALS);
            case PATIENT_REPORT -> java.util.List.of(RESPONSE, OBSERVATION, HISTORY);
            case HISTORY -> java.util.List.of(PATIENT_REPORT, RESPONSE);
            case MEDICATIONS -> java.util.List.of(HISTORY, PATIENT_REPORT, RESPONSE);
            case REVIEW_OF_SYSTEMS -> java.util.List.of(PATIENT_REPORT, RESPONSE);
            case EXAM -> java.util.List.of(OBSERVATION, RESULTS, PATIENT_REPORT, RESPONSE);
            case RESULTS -> java.util.List.of(EXAM, OBSERVATION, PATIENT_REPORT, RESPONSE);
            case OBSERVATION -> java.util.List.of(EXAM, PATIENT_REPORT, RESPONSE);
            case INTERVENTION -> java.util.List.of(PLAN, RESPONSE);
            case RESPONSE -> java.util.List.of(PATIENT_REPORT, ASSESSMENT);
            case GOALS -> java.util.List.of(PLAN, ASSESSMENT);
            case ASSESSMENT -> java.util.List.of(RESPONSE, PLAN);
            case PLAN -> java.util.List.of(ASSESSMENT, GOALS);
            case RISK -> java.util.List.of(ASSESSMENT, PATIENT_REPORT, RESPONSE);
        };
    }
}
