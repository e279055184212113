/**
 * FHIR R4 output of clinical notes (HAPI FHIR structures R4). The one call for a note is
 * {@link org.clinicalnotes.fhir.NoteFhir}: every resource and the Bundle. Underneath, {@link org.clinicalnotes.fhir.NoteFhirMapper}
 * turns a {@link org.clinicalnotes.note.ClinicalNote} into a US Core-shaped DocumentReference, the AI
 * model's Device and a Provenance ({@link org.clinicalnotes.fhir.NoteResources}), which
 * {@link org.clinicalnotes.fhir.NoteBundle} puts into a transaction or collection Bundle;
 * {@link org.clinicalnotes.fhir.FhirNoteReader} reads a stored DocumentReference back into the note.
 * {@link org.clinicalnotes.fhir.FhirContexts} holds the one shared FhirContext.
 *
 * <p>A note that cannot be mapped is a {@link org.clinicalnotes.fhir.FhirMappingException} (a
 * {@link org.clinicalnotes.BadInputException}, CN-1502 to CN-1504); a stored resource that cannot be read back
 * is a {@code BadInputException} with codes CN-1505 to CN-1510; invalid references are
 * {@link org.clinicalnotes.ConfigurationException}s with codes CN-25xx.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.fhir;

import org.clinicalnotes.PublicApi;
