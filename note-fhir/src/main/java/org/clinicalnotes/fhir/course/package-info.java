/**
 * The client's course on FHIR R4: a treatment-plan draft as a {@code CarePlan} (status draft, intent proposal)
 * with {@code Goal}s, {@code Condition}s and a {@code Provenance} ({@link org.clinicalnotes.fhir.course.CarePlanMapper}),
 * and a {@link org.clinicalnotes.course.ClientHistory} read from and written to a FHIR server through HAPI's generic
 * client ({@link org.clinicalnotes.fhir.course.FhirClientHistory}).
 *
 * @since 0.3.0
 */
@PublicApi
package org.clinicalnotes.fhir.course;

import org.clinicalnotes.PublicApi;
