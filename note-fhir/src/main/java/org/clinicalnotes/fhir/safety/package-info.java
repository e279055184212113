/**
 * FHIR R4 for the safety screen and measurement-based care: {@link org.clinicalnotes.fhir.safety.SafetyFhirMapper}
 * maps a note's risk flags to {@code RiskAssessment}s, its measures to {@code Observation}s (LOINC-coded
 * survey totals and vital signs with UCUM units) and its medication mentions to
 * {@code MedicationStatement}s, for inclusion in the note's bundle.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.fhir.safety;

import org.clinicalnotes.PublicApi;
