/**
 * Session analytics in FHIR R4: {@link org.clinicalnotes.fhir.analysis.SessionMetricsFhirMapper} maps a
 * {@link org.clinicalnotes.analysis.SessionAnalysis} to Observations coded in the project's session-metric
 * CodeSystem, which ships with it.
 *
 * @since 0.2.0
 */
@PublicApi
package org.clinicalnotes.fhir.analysis;

import org.clinicalnotes.PublicApi;
