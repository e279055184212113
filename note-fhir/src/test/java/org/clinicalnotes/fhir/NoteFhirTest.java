package org.clinicalnotes.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.Test;

/** FHIR out of a note in one call: the same resources as the mapper, the period from the transcript, typed errors. */
class NoteFhirTest {

    private static final FhirReferences REFS = FhirReferences.builder().patientId("p1").build();

    @Test
    void one_call_gives_the_resources_the_period_and_a_bundle_that_validates() {
        ClinicalNote note = Fixtures.note("dap");

        NoteFhir.Output fhir = NoteFhir.of(note, REFS).template(TemplateRegistry.builtIn().get("dap"))
                .transcript(Fixtures.session()).build();

        assertThat(fhir.references().periodStart()).isPresent();
        assertThat(fhir.references().periodEnd()).contains(note.metadata().created());
        DocumentReference doc = fhir.resources().documentReference();
        assertThat(doc.getContext().getPeriod().getEnd()).isNotNull();
        Bundle bundle = fhir.bundle();
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(bundle.getEntry()).hasSizeGreaterThanOrEqualTo(3 + fhir.others().size());
        assertThat(R4Validation.errors(bundle)).as(R4Validation.describe(R4Validation.errors(bundle))).isEmpty();
        assertThat(fhir.bundleJson()).endsWith("\n").contains("\"resourceType\": \"Bundle\"");
        assertThat(fhir.documentReferenceJson()).contains("\"resourceType\": \"DocumentReference\"");
    }

    @Test
    void without_times_in_the_transcript_the_references_are_used_as_given() {
        NoteFhir.Output fhir = NoteFhir.of(Fixtures.note("soap"), REFS).transcript(Fixtures.visit()).build();

        assertThat(fhir.references()).isEqualTo(REFS);
    }

    @Test
    void a_note_whose_template_is_unknown_is_a_fhir_mapping_exception() {
        NoteTemplate custom = NoteTemplate.of("brief", "Brief", "11506-3", List.of(new NoteTemplate.SectionSpec("summary",
                "Summary", null, "What happened.", false, List.of(NoteTemplate.ContentKind.PATIENT_REPORT))));
        ClinicalNote note = NoteGenerator.builder().build().generate(Fixtures.visit(),
                NoteRequest.builder().template(custom).build());

        assertThatThrownBy(() -> NoteFhir.of(note, REFS).build())
                .isInstanceOf(FhirMappingException.class).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("CN-1502: ");
        assertThat(NoteFhir.of(note, REFS).template(custom).build().resources().documentReference().getType()
                .getCodingFirstRep().getCode()).isEqualTo("11506-3");
    }
}
