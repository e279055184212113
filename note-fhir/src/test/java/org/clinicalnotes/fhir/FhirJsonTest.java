package org.clinicalnotes.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.template.TemplateRegistry;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** The private writer writes what the shared context's parser writes, and falls back when containment matters. */
class FhirJsonTest {

    private static String shared(Bundle b) {
        return FhirContexts.jsonParser().encodeResourceToString(b);
    }

    private static NoteResources resources(String template) {
        ClinicalNote note = FhirValidationTest.lifecycle(template).get(1);
        return NoteFhirMapper.create().map(note, FhirReferences.builder().patientId("p1").encounterId("e1")
                .practitionerId("prac-1").organizationId("org-1").build());
    }

    @Test
    void sdk_bundles_are_written_without_the_containment_walk_and_unchanged() {
        for (String template : TemplateRegistry.BUILT_IN_IDS) {
            NoteResources res = resources(template);
            Observation score = new Observation();
            score.setSubject(res.subject()).addDerivedFrom(new Reference(res.documentReferenceUrl()));
            for (NoteBundle.Type type : NoteBundle.Type.values()) {
                Bundle b = NoteBundle.of(res).add(score).build(type);
                assertThat(FhirJson.needsContainment(b)).as(template).isFalse();
                assertThat(FhirJson.pretty(b)).as(template).isEqualTo(shared(b));
            }
            assertThat(FhirJson.pretty(res.standaloneDocumentReference())).isEqualTo(
                    FhirContexts.jsonParser().encodeResourceToString(res.standaloneDocumentReference()));
        }
    }

    @Test
    void a_reference_to_an_in_memory_resource_without_id_is_still_contained() {
        NoteResources res = resources(TemplateRegistry.BUILT_IN_IDS.iterator().next());
        Observation obs = new Observation();
        obs.setSubject(new Reference(new Patient().addName(new org.hl7.fhir.r4.model.HumanName().setFamily("Test"))));
        NoteBundle nb = NoteBundle.of(res).add(obs);
        Bundle b = nb.build(NoteBundle.Type.COLLECTION);
        assertThat(FhirJson.needsContainment(b)).isTrue();
        String json = nb.toJson(NoteBundle.Type.COLLECTION);
        assertThat(json).contains("\"contained\"").contains("\"family\": \"Test\"");
        assertThat(json.replaceAll("urn:uuid:[0-9a-f-]{36}", "U").replaceAll("\"id\": \"[0-9a-f-]{36}\"", "I")
                .replaceAll("\"timestamp\": \"[^\"]*\"", "T"))
                .isEqualTo(shared(nb.build(NoteBundle.Type.COLLECTION))
                        .replaceAll("urn:uuid:[0-9a-f-]{36}", "U").replaceAll("\"id\": \"[0-9a-f-]{36}\"", "I")
                        .replaceAll("\"timestamp\": \"[^\"]*\"", "T"));
    }

    @Test
    void local_references_and_contained_resources_take_the_shared_context() {
        NoteResources res = resources(TemplateRegistry.BUILT_IN_IDS.iterator().next());
        Observation local = new Observation();
        local.setSubject(new Reference("#p"));
        assertThat(FhirJson.needsContainment(NoteBundle.of(res).add(local).transaction())).isTrue();
        Observation holding = new Observation();
        holding.addContained(new Patient().setId("p"));
        assertThat(FhirJson.needsContainment(NoteBundle.of(res).add(holding).transaction())).isTrue();
        assertThat(FhirJson.needsContainment(NoteBundle.of(res).transaction())).isFalse();
    }

    @Test
    void the_shared_context_keeps_hapis_default() {
        FhirContexts.warmUp();
        assertThat(FhirContexts.r4().getParserOptions().isAutoContainReferenceTargetsWithNoId()).isTrue();
        assertThat(FhirJson.writerContext()).isNotSameAs(FhirContexts.r4());
    }
}
