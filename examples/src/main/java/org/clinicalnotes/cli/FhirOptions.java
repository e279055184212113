package org.clinicalnotes.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteBundle;
import org.clinicalnotes.fhir.safety.SafetyFhirMapper;
import org.clinicalnotes.fhir.NoteFhirMapper;
import org.clinicalnotes.fhir.NoteResources;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.template.NoteTemplate;
import picocli.CommandLine.Option;

/** The EHR references shared by generate, sign and amend, and the two FHIR files they write. */
final class FhirOptions {

    static final String DOCUMENT_REFERENCE = "document-reference.json";
    static final String BUNDLE = "bundle.json";
    static final List<String> FILES = List.of(DOCUMENT_REFERENCE, BUNDLE);

    @Option(names = "--patient-id", paramLabel = "ID",
            description = "FHIR Patient id: the subject of the DocumentReference. FHIR output needs it.")
    String patientId;

    @Option(names = "--encounter-id", paramLabel = "ID", description = "FHIR Encounter id (context.encounter).")
    String encounterId;

    @Option(names = "--organization-id", paramLabel = "ID", description = "FHIR Organization id (custodian).")
    String organizationId;

    boolean hasPatient() {
        return patientId != null;
    }

    /** Usage error when an EHR reference is given without the patient it belongs to. */
    void requirePatientWhenReferencesGiven(String practitionerId) {
        if (patientId == null && (encounterId != null || organizationId != null || practitionerId != null)) {
            throw new ConfigurationException("CN-2504", "--encounter-id, --practitioner-id and --organization-id "
                    + "are for FHIR output, which needs --patient-id ID too");
        }
    }

    FhirReferences references(String practitionerId, Instant periodStart, Instant periodEnd) {
        return FhirReferences.builder().patientId(patientId).encounterId(encounterId).organizationId(organizationId)
                .practitionerId(practitionerId).encounterPeriod(periodStart, periodEnd).build();
    }

    /** Overrides the stored references with those given on the command line. */
    FhirReferences merge(FhirReferences stored) {
        FhirReferences.Builder b = stored.toBuilder();
        if (patientId != null) {
            b.patientId(patientId);
        }
        if (encounterId != null) {
            b.encounterId(encounterId);
        }
        if (organizationId != null) {
            b.organizationId(organizationId);
        }
        return b.build();
    }

    /** Maps the note and adds document-reference.json and bundle.json to the output. */
    static NoteResources addFiles(OutputFiles files, ClinicalNote note, FhirReferences refs, NoteTemplate template) {
        return addFiles(files, note, refs, template, null, null);
    }

    /**
     * As above, with the session metrics of {@code analysis} (when not null) as Observations in the bundle and,
     * with a JWS (when not null), the Provenance carrying it as its signature.
     */
    static NoteResources addFiles(OutputFiles files, ClinicalNote note, FhirReferences refs, NoteTemplate template,
                                  org.clinicalnotes.analysis.SessionAnalysis analysis, String jws) {
        NoteResources res = NoteFhirMapper.create().map(note, refs, template, null);
        if (jws != null) {
            org.clinicalnotes.fhir.NoteSignatures.attach(res.provenance(), note, jws);
        }
        files.add(DOCUMENT_REFERENCE, FhirContexts.jsonParser().encodeResourceToString(
                res.standaloneDocumentReference()) + "\n");
        files.add(BUNDLE, NoteBundle.of(res)
                // safety screen and measures (issue 8): RiskAssessments, Observations, MedicationStatements
                .addAll(SafetyFhirMapper.create().map(note, res.subject().getReference(), res.documentReferenceUrl()))
                // session analytics (issue 14): the session metrics as Observations
                .addAll(analysis == null ? java.util.List.of()
                        : org.clinicalnotes.fhir.analysis.SessionMetricsFhirMapper.create().map(analysis,
                                res.subject().getReference(), res.documentReferenceUrl(), note.id(),
                                note.metadata().created()))
                .toJson(NoteBundle.Type.TRANSACTION) + "\n");
        return res;
    }

    /**
     * Adds the encounter period from the transcript's utterance times, when it has them. The times are
     * offsets into the recording, so the period is anchored on the note's creation time as its end.
     */
    static FhirReferences withPeriod(FhirReferences refs, org.clinicalnotes.transcript.Transcript transcript,
                                     ClinicalNote note) {
        java.time.Duration first = null;
        java.time.Duration last = null;
        for (org.clinicalnotes.transcript.Utterance u : transcript.utterances()) {
            if (u.start() != null && first == null) {
                first = u.start();
            }
            java.time.Duration end = u.end() != null ? u.end() : u.start();
            if (end != null && (last == null || end.compareTo(last) > 0)) {
                last = end;
            }
        }
        if (first == null || last == null) {
            return refs;
        }
        Instant end = note.metadata().created();
        return refs.toBuilder().encounterPeriod(end.minus(last.minus(first)), end).build();
    }

    static Path sibling(Path input, String name) {
        Path parent = input.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
