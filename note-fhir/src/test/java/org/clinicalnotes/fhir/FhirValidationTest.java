package org.clinicalnotes.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.review.NoteReview;
import org.clinicalnotes.template.TemplateRegistry;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every emitted resource, for every built-in template, unsigned, signed and amended, has zero errors. */
class FhirValidationTest {

    static final Map<String, Integer> WARNINGS = new TreeMap<>();

    static Stream<String> templates() {
        return TemplateRegistry.BUILT_IN_IDS.stream();
    }

    static List<ClinicalNote> lifecycle(String template) {
        ClinicalNote draft = Fixtures.note(template);
        ClinicalNote signed = NoteReview.of(draft).add(draft.sections().get(0).id(), "Reviewed with the patient.")
                .sign("prac-1", draft.metadata().created().plusSeconds(600));
        ClinicalNote amended = NoteReview.amend(signed).add(draft.sections().get(0).id(), "Late entry: seen with a chaperone.")
                .sign("prac-2", signed.metadata().signedAt().plusSeconds(3600));
        return List.of(draft, signed, amended);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void every_resource_validates_without_errors_for_every_state(String template) {
        FhirReferences refs = FhirReferences.builder().patientId("example-patient").encounterId("enc-1")
                .practitionerId("prac-1").organizationId("org-1")
                .encounterPeriod(Instant.parse("2026-01-02T03:00:00Z"), Instant.parse("2026-01-02T03:20:00Z")).build();
        NoteFhirMapper mapper = NoteFhirMapper.create();
        for (ClinicalNote note : lifecycle(template)) {
            for (FhirReferences r : List.of(refs, FhirReferences.ofPatient("p1"))) {
                NoteResources res = mapper.map(note, r);
                List<IBaseResource> all = new ArrayList<>(List.of(res.documentReference(),
                        res.standaloneDocumentReference(), res.device(), res.provenance()));
                Bundle tx = NoteBundle.of(res).transaction();
                Bundle coll = NoteBundle.of(res).collection();
                all.add(tx);
                all.add(coll);
                // and after a trip through JSON, as the files are read
                all.add(FhirContexts.r4().newJsonParser().parseResource(NoteBundle.of(res).toJson(NoteBundle.Type.TRANSACTION)));
                for (IBaseResource resource : all) {
                    List<SingleValidationMessage> messages = R4Validation.validate(resource).getMessages();
                    List<SingleValidationMessage> errors = messages.stream()
                            .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                                    || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
                    assertThat(errors).as(template + " " + note.status() + " " + resource.fhirType() + ":\n"
                            + R4Validation.describe(errors)).isEmpty();
                    synchronized (WARNINGS) {
                        for (SingleValidationMessage m : messages) {
                            WARNINGS.merge(m.getSeverity() + " " + resource.fhirType() + " "
                                    + m.getMessage().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "UUID"), 1, Integer::sum);
                        }
                    }
                }
                assertThat(res.documentReference().getDocStatus().toCode()).isEqualTo(
                        note.status().name().toLowerCase(java.util.Locale.ROOT));
                assertThat(((DocumentReference) res.documentReference()).getType().getCodingFirstRep().getCode())
                        .isEqualTo(TemplateRegistry.builtIn().get(template).documentTypeCode());
            }
        }
    }

    @AfterAll
    static void printWarnings() {
        System.out.println("Validator messages below error (count, severity, resource, message):");
        WARNINGS.forEach((k, v) -> System.out.println(v + "\t" + k));
    }
}
