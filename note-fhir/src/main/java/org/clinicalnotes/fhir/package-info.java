/**
 * FHIR R4 output of clinical notes (HAPI FHIR structures R4): {@link org.clinicalnotes.fhir.NoteFhirMapper}
 * turns a {@link org.clinicalnotes.note.ClinicalNote} into a US Core-shaped DocumentReference, the AI
 * model's Device and a Provenance ({@link org.clinicalnotes.fhir.NoteResources}), which
 * {@link org.clinicalnotes.fhir.NoteBundle} puts into a transaction or collection Bundle;
 * {@link org.clinicalnotes.fhir.FhirNoteReader} reads a stored DocumentReference back into the note.
 * {@link org.clinicalnotes.fhir.FhirContexts} holds the one shared FhirContext.
 *
 * <p>Mapping failures of a stored resource are {@link org.clinicalnotes.BadInputException}s with codes
 * CN-15xx; invalid references are {@link org.clinicalnotes.ConfigurationException}s with codes CN-25xx.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.fhir;

import org.clinicalnotes.PublicApi;
