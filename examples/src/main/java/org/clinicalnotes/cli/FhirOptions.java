package org.clinicalnotes.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteFhir;
import org.clinicalnotes.fhir.NoteResources;
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

    /** Adds document-reference.json and bundle.json, as {@link NoteFhir} made them, to the output. */
    static NoteResources addFiles(OutputFiles files, NoteFhir.Output fhir) {
        files.add(DOCUMENT_REFERENCE, fhir.documentReferenceJson());
        files.add(BUNDLE, fhir.bundleJson());
        return fhir.resources();
    }

    static Path sibling(Path input, String name) {
        Path parent = input.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
