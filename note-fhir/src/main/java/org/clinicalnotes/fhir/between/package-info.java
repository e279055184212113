/**
 * FHIR R4 for the between-session monitor ({@code org.clinicalnotes.between}): alerts as {@code Flag} and
 * {@code DetectedIssue} with their evidence, signals as {@code Observation}s (LOINC for the PHQ-2 total and, when
 * reading, the PHQ-2 and GAD-2 items; the shipped {@code journal-signal} CodeSystem otherwise), suggested exercises as draft
 * {@code CommunicationRequest}s; and a reader of journal entries from {@code QuestionnaireResponse} and
 * {@code Observation} resources.
 *
 * @since 0.2.0
 */
@PublicApi
package org.clinicalnotes.fhir.between;

import org.clinicalnotes.PublicApi;
