package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.clinicalnotes.fhir.R4Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safety screen and measures through {@code generate}, on the shipped samples and in strict mode. */
class SafetyCliTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Map<String, JsonNode> flags(JsonNode note) {
        Map<String, JsonNode> out = new HashMap<>();
        note.get("riskFlags").forEach(f -> out.put(f.get("kind").asText(), f));
        return out;
    }

    @Test
    void therapy_session_strict_passes_with_denied_screens_and_phq9_up_from_11() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = GenerateCommandTest.cli("generate", "samples/therapy-session.txt", "-t", "progress",
                "-o", out.toString(), "--strict");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode note = JSON.readTree(out.resolve("note.json").toFile());
        Map<String, JsonNode> flags = flags(note);
        assertThat(flags).containsOnlyKeys("SUICIDAL_IDEATION", "SELF_HARM", "HOMICIDAL_IDEATION");
        assertThat(flags.values()).allSatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("DENIED"));
        assertThat(flags.get("SUICIDAL_IDEATION").get("evidence").toString()).isEqualTo("[\"u13\",\"u14\"]");
        assertThat(note.get("measures")).hasSize(1);
        JsonNode phq = note.get("measures").get(0);
        assertThat(phq.get("instrument").asText()).isEqualTo("PHQ-9");
        assertThat(phq.get("value").asDouble()).isEqualTo(14.0);
        assertThat(phq.get("previousValue").asDouble()).isEqualTo(11.0);
        assertThat(phq.get("interpretation").asText()).isEqualTo("moderate");
        assertThat(note.get("medications")).isEmpty(); // wine and coffee are not medications
        String md = Files.readString(out.resolve("note.md"), StandardCharsets.UTF_8);
        assertThat(md.indexOf("## Risk flags")).isPositive().isLessThan(md.indexOf("## Measures"));
        assertThat(md).contains("Suicidal ideation: asked and **denied** `[u13, u14]`")
                .contains("| PHQ-9 | 14 | 11 | +3 | moderate |").doesNotContain("review before signing");
        assertThat(r.out()).contains("risk suicidal ideation: DENIED");
    }

    @Test
    void high_risk_intake_flags_every_present_risk_first_in_note_md_with_the_words_said() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = GenerateCommandTest.cli("generate", "samples/high-risk-intake.txt", "-t", "intake",
                "-o", out.toString(), "--strict");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode note = JSON.readTree(out.resolve("note.json").toFile());
        Map<String, JsonNode> flags = flags(note);
        assertThat(flags.get("SUICIDAL_IDEATION").get("status").asText()).isEqualTo("PRESENT");
        assertThat(flags.get("SUICIDAL_IDEATION").get("severity").asText()).isEqualTo("HIGH");
        assertThat(flags.get("SUICIDAL_IDEATION").get("safetyActions").toString())
                .contains("safety plan", "crisis line (988)", "means restriction");
        assertThat(flags.get("SUICIDE_ATTEMPT").get("status").asText()).isEqualTo("HISTORICAL"); // at nineteen: past history
        assertThat(flags.get("SUICIDE_ATTEMPT").get("cssrsLevel").asText()).isEqualTo("ATTEMPT");
        assertThat(flags.get("SUICIDAL_IDEATION").get("cssrsLevel").asText()).isEqualTo("PREPARATORY");
        assertThat(flags.get("SELF_HARM").get("severity").asText()).isEqualTo("LOW");
        assertThat(flags.get("INTIMATE_PARTNER_VIOLENCE").get("severity").asText()).isEqualTo("HIGH");
        assertThat(flags.get("DANGEROUS_SUBSTANCE_USE").get("severity").asText()).isEqualTo("HIGH");
        assertThat(flags.get("HOMICIDAL_IDEATION").get("status").asText()).isEqualTo("DENIED");
        assertThat(flags).doesNotContainKeys("CHILD_ABUSE", "ELDER_ABUSE");
        assertThat(note.get("measures").findValuesAsText("instrument"))
                .containsExactly("PHQ-9", "GAD-7", "AUDIT", "BP systolic", "BP diastolic", "Heart rate");
        assertThat(note.get("medications").findValuesAsText("status")).containsExactly("STOPPED", "TAKING");

        String md = Files.readString(out.resolve("note.md"), StandardCharsets.UTF_8);
        int alert = md.indexOf("## ⚠ Risk flags: review before signing");
        assertThat(alert).isPositive().isLessThan(md.indexOf("## History of present illness"));
        assertThat(md).contains("### ⚠ SUICIDAL IDEATION: PRESENT, severity HIGH")
                .contains("driving off the bridge") // the words said, quoted in the clinical record
                .contains("Risk screen: suicidal ideation PRESENT (method, active, preparatory, means), severity high, "
                        + "C-SSRS: preparatory acts or behaviour.");
        assertThat(r.out()).contains("RISK suicidal ideation: PRESENT, severity high").doesNotContain("bridge");
    }

    static final String UNSAFE_AT_HOME = """
            [doctor] What brings you in today?
            [patient] Knee pain after running.
            [doctor] Do you feel safe at home?
            [patient] No, not really.
            [doctor] Let's get an x-ray.
            """;

    @Test
    void strict_fails_with_exit_5_naming_the_kind_without_phi_and_writes_nothing() throws Exception {
        Path in = dir.resolve("visit.txt");
        Files.writeString(in, UNSAFE_AT_HOME, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun r = GenerateCommandTest.cli("generate", in.toString(), "-o", out.toString(), "--strict");

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("CN-5001").contains("intimate_partner_violence")
                .doesNotContain("not really").doesNotContain("Knee").doesNotContain("Exception");
        assertThat(out.resolve("note.json")).doesNotExist();
        assertThat(out.resolve("note.md")).doesNotExist();
    }

    @Test
    void without_strict_the_uncovered_risk_is_added_to_the_risk_section_with_a_warning() throws Exception {
        Path in = dir.resolve("visit.txt");
        Files.writeString(in, UNSAFE_AT_HOME, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun r = GenerateCommandTest.cli("generate", in.toString(), "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("warning: risk-coverage").contains("intimate_partner_violence");
        JsonNode note = JSON.readTree(out.resolve("note.json").toFile());
        JsonNode risk = null;
        for (JsonNode s : note.get("sections")) {
            if (s.get("id").asText().equals("risk")) {
                risk = s;
            }
        }
        assertThat(risk).isNotNull();
        assertThat(risk.toString()).contains("Risk screen: intimate partner violence PRESENT");
        assertThat(Files.readString(out.resolve("note.md"), StandardCharsets.UTF_8))
                .contains("### ⚠ INTIMATE PARTNER VIOLENCE: PRESENT").contains("No, not really.");
    }
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"therapy-session.txt,progress,3,1,0", "high-risk-intake.txt,intake,6,5,2"})
    void sample_bundles_carry_risk_measures_and_medications_and_validate_with_zero_errors(String sample, String template,
            int riskAssessments, int observations, int medications) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = GenerateCommandTest.cli("generate", "samples/" + sample, "-t", template, "-o",
                out.toString(), "--patient-id", "p1", "--strict");
        assertThat(r.code()).as(r.err()).isZero();

        String json = Files.readString(out.resolve("bundle.json"), StandardCharsets.UTF_8);
        org.hl7.fhir.r4.model.Bundle bundle = org.clinicalnotes.fhir.FhirContexts.r4().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.Bundle.class, json);
        Map<String, Integer> counts = new HashMap<>();
        bundle.getEntry().forEach(e -> counts.merge(e.getResource().fhirType(), 1, Integer::sum));
        assertThat(counts.getOrDefault("RiskAssessment", 0)).isEqualTo(riskAssessments);
        assertThat(counts.getOrDefault("Observation", 0)).isEqualTo(observations);
        assertThat(counts.getOrDefault("MedicationStatement", 0)).isEqualTo(medications);
        String docUrl = bundle.getEntry().get(0).getFullUrl();
        bundle.getEntry().stream().map(e -> e.getResource())
                .filter(org.hl7.fhir.r4.model.Observation.class::isInstance)
                .map(org.hl7.fhir.r4.model.Observation.class::cast)
                .forEach(o -> {
                    assertThat(o.getSubject().getReference()).isEqualTo("Patient/p1");
                    assertThat(o.getDerivedFromFirstRep().getReference()).isEqualTo(docUrl);
                });
        var errors = R4Validation.errors(bundle);
        assertThat(errors).as(R4Validation.describe(errors)).isEmpty();
    }
}
