package org.clinicalnotes.spark.internal;

import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteBundle;
import org.clinicalnotes.fhir.NoteFhirMapper;
import org.clinicalnotes.fhir.NoteResources;
import org.clinicalnotes.fhir.safety.SafetyFhirMapper;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.template.NoteTemplate;

/**
 * The FHIR R4 transaction bundle of a note, as the CLI's {@code generate --patient-id} writes it: the
 * DocumentReference, Device and Provenance (AIAST) of the note mapper, and the safety screen's
 * RiskAssessments, Observations and MedicationStatements. Built once per engine (only when a stage asks for
 * the bundle, so HAPI FHIR loads only then); thread-safe.
 */
final class NoteBundles {

    private final NoteFhirMapper notes = NoteFhirMapper.create();
    private final SafetyFhirMapper safety = SafetyFhirMapper.create();

    /**
     * @param note the note
     * @param patientId a valid FHIR id (checked by the caller)
     * @param template the note's template
     * @return the transaction bundle as JSON
     */
    String bundle(ClinicalNote note, String patientId, NoteTemplate template) {
        NoteResources res = notes.map(note, FhirReferences.ofPatient(patientId), template, null);
        return NoteBundle.of(res)
                .addAll(safety.map(note, res.subject().getReference(), res.documentReferenceUrl()))
                .toJson(NoteBundle.Type.TRANSACTION);
    }

    /**
     * @param id a candidate patient id
     * @return whether FHIR accepts it as a resource id
     */
    static boolean validId(String id) {
        return id != null && FhirReferences.isValidId(id);
    }
}
