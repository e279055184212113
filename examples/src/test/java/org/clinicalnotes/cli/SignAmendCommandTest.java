package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.fhir.FhirNoteReader;
import org.clinicalnotes.fhir.R4Validation;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.render.NoteJson;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignAmendCommandTest {

    @TempDir
    Path dir;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    static final Path SAMPLE = Path.of("samples/therapy-session.txt");

    static IBaseResource parse(Path file) throws Exception {
        return org.clinicalnotes.fhir.FhirContexts.r4().newJsonParser()
                .parseResource(Files.readString(file, StandardCharsets.UTF_8));
    }

    static void assertValid(Path folder) throws Exception {
        for (String name : new String[] {"document-reference.json", "bundle.json"}) {
            IBaseResource r = parse(folder.resolve(name));
            assertThat(R4Validation.errors(r)).as(folder + "/" + name + "\n"
                    + R4Validation.describe(R4Validation.errors(r))).isEmpty();
        }
    }

    static DocumentReference docRef(Path folder) throws Exception {
        return (DocumentReference) parse(folder.resolve("document-reference.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soap", "progress", "hp", "consult", "dap", "birp", "girp", "intake"})
    void generate_then_sign_then_amend_write_valid_fhir_for_every_template(String template) throws Exception {
        Path gen = dir.resolve("gen");
        CliRun g = cli("generate", SAMPLE.toString(), "--template", template, "--out", gen.toString(),
                "--patient-id", "example-patient", "--encounter-id", "enc-1", "--practitioner-id", "prac-1",
                "--organization-id", "org-1");
        assertThat(g.code()).as(g.err()).isZero();
        assertValid(gen);
        assertThat(docRef(gen).getDocStatus().toCode()).isEqualTo("preliminary");
        Bundle tx = (Bundle) parse(gen.resolve("bundle.json"));
        assertThat(tx.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(tx.getEntry()).extracting(e -> e.getResource().fhirType())
                .startsWith("DocumentReference", "Device", "Provenance"); // then the safety screen's resources

        Path signed = dir.resolve("signed");
        CliRun s = cli("sign", gen.resolve("note.json").toString(), "--practitioner-id", "prac-1",
                "--add", firstSection(gen) + "=Reviewed with the client.", "--out", signed.toString());
        assertThat(s.code()).as(s.err()).isZero();
        assertValid(signed);
        DocumentReference signedDoc = docRef(signed);
        assertThat(signedDoc.getDocStatus().toCode()).isEqualTo("final");
        assertThat(signedDoc.getSubject().getReference()).isEqualTo("Patient/example-patient");
        assertThat(signedDoc.getContext().getEncounterFirstRep().getReference()).isEqualTo("Encounter/enc-1");
        assertThat(signedDoc.getAuthenticator().getReference()).isEqualTo("Practitioner/prac-1");

        Path amended = dir.resolve("amended");
        CliRun a = cli("amend", signed.resolve("document-reference.json").toString(), "--practitioner-id", "prac-2",
                "--add", firstSection(gen) + "=Late entry.", "--out", amended.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertValid(amended);
        DocumentReference amendedDoc = docRef(amended);
        assertThat(amendedDoc.getDocStatus().toCode()).isEqualTo("amended");
        assertThat(amendedDoc.getRelatesToFirstRep().getCode().toCode()).isEqualTo("replaces");
        assertThat(amendedDoc.getRelatesToFirstRep().getTarget().getIdentifier().getValue())
                .isEqualTo(signedDoc.getIdentifierFirstRep().getValue());
    }

    private static String firstSection(Path gen) throws Exception {
        return NoteJson.read(Files.readString(gen.resolve("note.json")), "note.json").sections().get(0).id();
    }

    @Test
    void generate_without_patient_id_writes_no_fhir_and_says_so() throws Exception {
        CliRun g = cli("generate", SAMPLE.toString(), "--out", dir.toString());
        assertThat(g.code()).isZero();
        assertThat(g.out()).contains("FHIR output skipped").contains("--patient-id");
        assertThat(dir.resolve("document-reference.json")).doesNotExist();
        assertThat(dir.resolve("bundle.json")).doesNotExist();
    }

    @Test
    void rejects_encounter_id_without_patient_id_with_a_usage_error_and_no_output() {
        CliRun g = cli("generate", SAMPLE.toString(), "--out", dir.toString(), "--encounter-id", "enc-1");
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains("CN-2504").contains("--patient-id");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void rejects_invalid_patient_id_with_a_usage_error() {
        CliRun g = cli("generate", SAMPLE.toString(), "--out", dir.toString(), "--patient-id", "has space");
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains("CN-2502").doesNotContain("has space");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void refuses_to_overwrite_existing_fhir_outputs_without_force() throws Exception {
        Files.writeString(dir.resolve("bundle.json"), "keep");
        CliRun g = cli("generate", SAMPLE.toString(), "--out", dir.toString(), "--patient-id", "p1");
        assertThat(g.code()).isEqualTo(3);
        assertThat(g.err()).contains("CN-1402");
        assertThat(Files.readString(dir.resolve("bundle.json"))).isEqualTo("keep");
        assertThat(dir.resolve("note.json")).doesNotExist();
    }

    @Test
    void sign_without_practitioner_id_is_a_usage_error_and_the_note_stays_preliminary() throws Exception {
        Path gen = dir.resolve("gen");
        cli("generate", SAMPLE.toString(), "--out", gen.toString(), "--patient-id", "p1");
        CliRun s = cli("sign", gen.resolve("note.json").toString());
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("--practitioner-id");
        assertThat(gen.resolve("signed")).doesNotExist();
        assertThat(NoteJson.read(Files.readString(gen.resolve("note.json")), "n").status())
                .isEqualTo(NoteMetadata.Status.PRELIMINARY);
    }

    @Test
    void a_hand_edited_final_note_without_signer_is_rejected() throws Exception {
        Path gen = dir.resolve("gen");
        cli("generate", SAMPLE.toString(), "--out", gen.toString(), "--patient-id", "p1");
        Path forged = dir.resolve("forged.json");
        Files.writeString(forged, Files.readString(gen.resolve("note.json"))
                .replace("\"status\" : \"PRELIMINARY\"", "\"status\" : \"FINAL\""));
        CliRun a = cli("amend", forged.toString(), "--practitioner-id", "x", "--patient-id", "p1",
                "--add", "plan=y", "--out", dir.resolve("a").toString());
        assertThat(a.code()).isEqualTo(3);
        assertThat(a.err()).contains("CN-1302");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void sign_needs_a_patient_when_no_document_reference_is_at_hand() throws Exception {
        cli("generate", SAMPLE.toString(), "--out", dir.toString());
        CliRun s = cli("sign", dir.resolve("note.json").toString(), "--practitioner-id", "prac-1");
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("CN-2506");
        CliRun ok = cli("sign", dir.resolve("note.json").toString(), "--practitioner-id", "prac-1",
                "--patient-id", "p1");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(docRef(dir.resolve("signed")).getSubject().getReference()).isEqualTo("Patient/p1");
    }

    @Test
    void sign_applies_edits_deletes_and_additions() throws Exception {
        cli("generate", SAMPLE.toString(), "--template", "dap", "--out", dir.toString(), "--patient-id", "p1");
        ClinicalNote draft = NoteJson.read(Files.readString(dir.resolve("note.json")), "n");
        int before = draft.section("data").orElseThrow().statements().size();
        CliRun s = cli("sign", dir.resolve("note.json").toString(), "--practitioner-id", "prac-1",
                "--edit", "data:1=Client reports fewer panic attacks.", "--delete", "data:2",
                "--add", "assessment=Anxiety improving.", "--signed-at", "2099-01-01T00:00:00Z");
        assertThat(s.code()).as(s.err()).isZero();
        ClinicalNote signed = FhirNoteReader.read(Files.readString(dir.resolve("signed/document-reference.json")), "d");
        assertThat(signed.status()).isEqualTo(NoteMetadata.Status.FINAL);
        assertThat(signed.metadata().signer()).isEqualTo("prac-1");
        var data = signed.section("data").orElseThrow().statements();
        assertThat(data).hasSize(before - 1);
        assertThat(data.get(0).text()).isEqualTo("Client reports fewer panic attacks.");
        assertThat(data.get(0).originalText()).isEqualTo(draft.section("data").orElseThrow().statements().get(0).text());
        assertThat(data.get(0).evidence()).isEqualTo(draft.section("data").orElseThrow().statements().get(0).evidence());
        var assessment = signed.section("assessment").orElseThrow().statements();
        assertThat(assessment).last().satisfies(st -> {
            assertThat(st.text()).isEqualTo("Anxiety improving.");
            assertThat(st.support()).isEqualTo(NoteStatement.Support.CLINICIAN_AUTHORED);
        });
    }

    @Test
    void rejects_a_change_to_a_missing_statement_with_a_usage_error() throws Exception {
        cli("generate", SAMPLE.toString(), "--template", "dap", "--out", dir.toString(), "--patient-id", "p1");
        CliRun s = cli("sign", dir.resolve("note.json").toString(), "--practitioner-id", "prac-1",
                "--delete", "data:999");
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("CN-2505");
        assertThat(dir.resolve("signed")).doesNotExist();
    }

    @Test
    void amend_needs_a_change_and_a_signed_note() throws Exception {
        cli("generate", SAMPLE.toString(), "--out", dir.toString(), "--patient-id", "p1");
        CliRun none = cli("amend", dir.resolve("note.json").toString(), "--practitioner-id", "prac-1");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("CN-2509");
        CliRun unsigned = cli("amend", dir.resolve("note.json").toString(), "--practitioner-id", "prac-1",
                "--add", "plan=x");
        assertThat(unsigned.code()).isEqualTo(3);
        assertThat(unsigned.err()).contains("CN-1514");
        cli("sign", dir.resolve("note.json").toString(), "--practitioner-id", "prac-1");
        CliRun again = cli("sign", dir.resolve("signed/note.json").toString(), "--practitioner-id", "prac-1");
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("CN-1513");
    }
}
