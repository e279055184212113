package org.clinicalnotes.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.review.NoteReview;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;

class NoteFhirMapperTest {

    final NoteFhirMapper mapper = NoteFhirMapper.create();

    @Test
    void preliminary_note_maps_to_a_us_core_shaped_document_reference() {
        ClinicalNote note = Fixtures.note("soap");
        NoteResources res = mapper.map(note, FhirReferences.builder().patientId("p1").encounterId("e1")
                .organizationId("o1").build());
        DocumentReference d = res.documentReference();
        assertThat(d.getStatus().toCode()).isEqualTo("current");
        assertThat(d.getDocStatus().toCode()).isEqualTo("preliminary");
        assertThat(d.getType().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(d.getType().getCodingFirstRep().getCode()).isEqualTo("11506-3");
        assertThat(d.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("clinical-note");
        assertThat(d.getMeta().getSecurityFirstRep().getCode()).isEqualTo("AIAST");
        assertThat(d.getSubject().getReference()).isEqualTo("Patient/p1");
        assertThat(d.getCustodian().getReference()).isEqualTo("Organization/o1");
        assertThat(d.getContext().getEncounterFirstRep().getReference()).isEqualTo("Encounter/e1");
        assertThat(d.getIdentifierFirstRep().getValue()).isEqualTo("urn:uuid:" + note.id());
        assertThat(d.getAuthor()).singleElement().satisfies(a -> assertThat(a.getType()).isEqualTo("Device"));
        assertThat(d.hasAuthenticator()).isFalse();
        assertThat(d.getContent()).extracting(c -> c.getAttachment().getContentType())
                .containsExactly("text/plain; charset=utf-8", "application/json");
        assertThat(d.getContent()).allSatisfy(c -> {
            assertThat(c.getAttachment().getSize()).isEqualTo(c.getAttachment().getData().length);
            assertThat(c.getAttachment().hasHash()).isTrue();
            assertThat(c.getFormat().getCode()).isEqualTo("urn:ihe:iti:xds:2017:mimeTypeSufficient");
        });
        assertThat(res.device().getType().getCodingFirstRep().getCode()).isEqualTo("Artificial-Intelligence");
        assertThat(res.provenance().getAgent()).hasSize(1);
        assertThat(res.provenance().getReasonFirstRep().getCodingFirstRep().getCode()).isEqualTo("AIAST");
        assertThat(res.provenance().getPolicy()).extracting(p -> p.getValue())
                .containsExactly("urn:clinicalnotes:deidentification:" + note.metadata().deidentification());
    }

    @Test
    void signed_note_is_final_with_the_practitioner_as_author_authenticator_and_verifier() {
        ClinicalNote draft = Fixtures.note("hp");
        ClinicalNote signed = NoteReview.of(draft).sign("prac-9", draft.metadata().created().plusSeconds(5));
        NoteResources res = mapper.map(signed, FhirReferences.ofPatient("p1"));
        assertThat(res.documentReference().getDocStatus().toCode()).isEqualTo("final");
        assertThat(res.documentReference().getAuthor()).extracting(r -> r.getReference())
                .contains("Practitioner/prac-9");
        assertThat(res.documentReference().getAuthenticator().getReference()).isEqualTo("Practitioner/prac-9");
        assertThat(res.provenance().getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("author", "verifier");
    }

    @Test
    void amended_note_replaces_the_signed_one() {
        ClinicalNote draft = Fixtures.note("consult");
        ClinicalNote signed = NoteReview.of(draft).sign("prac-9", draft.metadata().created().plusSeconds(5));
        ClinicalNote amended = NoteReview.amend(signed).add(draft.sections().get(0).id(), "Addendum.")
                .sign("prac-9", draft.metadata().created().plusSeconds(50));
        NoteResources res = mapper.map(amended, FhirReferences.ofPatient("p1"));
        DocumentReference d = res.documentReference();
        assertThat(d.getDocStatus().toCode()).isEqualTo("amended");
        assertThat(d.getRelatesToFirstRep().getCode().toCode()).isEqualTo("replaces");
        assertThat(d.getRelatesToFirstRep().getTarget().getIdentifier().getValue()).isEqualTo("urn:uuid:" + signed.id());
        assertThat(res.provenance().getEntityFirstRep().getRole()).isEqualTo(Provenance.ProvenanceEntityRole.REVISION);
    }

    @Test
    void document_reference_to_note_to_document_reference_is_lossless() {
        ClinicalNote draft = Fixtures.note("dap");
        ClinicalNote signed = NoteReview.of(draft).edit(draft.sections().get(0).id(), 0, "Edited by clinician.")
                .sign("prac-1", draft.metadata().created().plusSeconds(5));
        FhirReferences refs = FhirReferences.builder().patientId("p1").encounterId("e1")
                .encounterPeriod(Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T10:30:00Z")).build();
        String json = FhirContexts.jsonParser().encodeResourceToString(
                mapper.map(signed, refs).standaloneDocumentReference());
        ClinicalNote back = FhirNoteReader.read(json, "document-reference.json");
        assertThat(back).isEqualTo(signed);
        DocumentReference again = mapper.map(back, FhirNoteReader.references(
                FhirNoteReader.parseDocumentReference(json, "d"), "d")).documentReference();
        assertThat(FhirNoteReader.read(again, "again")).isEqualTo(signed);
        assertThat(FhirNoteReader.references(again, "d")).isEqualTo(refs);
    }

    @Test
    void bundle_resolves_internal_references_and_takes_extra_resources() {
        NoteResources res = mapper.map(Fixtures.note("soap"), FhirReferences.ofPatient("p1"));
        Observation extra = new Observation();
        extra.setSubject(res.subject());
        extra.addDerivedFrom().setReference(res.documentReferenceUrl());
        Bundle tx = NoteBundle.of(res).add(extra).transaction();
        assertThat(tx.getEntry()).extracting(Bundle.BundleEntryComponent::getFullUrl)
                .allSatisfy(u -> assertThat(u).startsWith("urn:uuid:"));
        assertThat(tx.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactly("DocumentReference", "Device", "Provenance", "Observation");
        assertThat(tx.getEntry().get(0).getFullUrl()).isEqualTo(res.documentReferenceUrl());
        assertThat(tx.getEntry().get(1).getFullUrl()).isEqualTo(res.deviceUrl());
        assertThat(res.documentReference().getAuthorFirstRep().getReference()).isEqualTo(res.deviceUrl());
        assertThat(res.provenance().getTargetFirstRep().getReference()).isEqualTo(res.documentReferenceUrl());
        assertThat(tx.getEntry().get(1).getRequest().getIfNoneExist()).startsWith("identifier=");
        assertThat(NoteBundle.of(res).collection().getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(res.standaloneDocumentReference().getAuthorFirstRep().hasReference()).isFalse();
    }

    @Test
    void device_and_provenance_hold_nothing_about_the_patient() {
        NoteResources res = mapper.map(Fixtures.note("soap"), FhirReferences.ofPatient("secret-patient-42"));
        String device = FhirContexts.jsonParser().encodeResourceToString(res.device());
        String prov = FhirContexts.jsonParser().encodeResourceToString(res.provenance());
        assertThat(device).doesNotContain("secret-patient-42").doesNotContain("heartburn");
        assertThat(prov).doesNotContain("secret-patient-42").doesNotContain("heartburn");
    }

    @Test
    void rejects_missing_or_invalid_references() {
        assertThatThrownBy(() -> FhirReferences.builder().build()).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("CN-2501");
        assertThatThrownBy(() -> FhirReferences.ofPatient("a/b")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("CN-2502").hasMessageNotContaining("a/b");
    }

    @Test
    void rejects_a_tampered_attachment_and_a_resource_without_the_note() {
        NoteResources res = mapper.map(Fixtures.note("soap"), FhirReferences.ofPatient("p1"));
        DocumentReference d = res.standaloneDocumentReference();
        d.getContent().get(1).getAttachment().setData("{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FhirNoteReader.read(d, "dr.json")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("CN-1508");
        d.getContent().remove(1);
        assertThatThrownBy(() -> FhirNoteReader.read(d, "dr.json")).hasMessageStartingWith("CN-1507");
        assertThatThrownBy(() -> FhirNoteReader.read("{\"resourceType\":\"Patient\"}", "p.json"))
                .hasMessageStartingWith("CN-1506");
        assertThatThrownBy(() -> FhirNoteReader.read("not json", "x.json")).hasMessageStartingWith("CN-1505");
        assertThat(Base64.getEncoder().encodeToString(NoteFhirMapper.sha1Bytes(new byte[0])))
                .isEqualTo("2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
    }

    @Test
    void one_fhir_context_is_shared() {
        assertThat(FhirContexts.r4()).isSameAs(FhirContexts.r4());
    }
}
