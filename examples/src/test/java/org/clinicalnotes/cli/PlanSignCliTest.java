package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.R4Validation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} then {@code plan sign}: the clinician's sign-off of a treatment-plan draft. */
class PlanSignCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/course-client";

    @TempDir
    Path dir;

    private Path draft() {
        Path out = dir.resolve("plan");
        CliRun r = GenerateCommandTest.cli("plan", SAMPLE, "-o", out.toString(), "--patient-id", "p-sam");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Digest ");
        return out;
    }

    private static String digestShown(Path planDir) throws Exception {
        Matcher m = Pattern.compile("`([0-9a-f]{64})`").matcher(Files.readString(planDir.resolve("plan.md")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static <T> T first(Bundle b, Class<T> type) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void sign_makes_the_plan_active_with_the_clinician_as_verifier_and_zero_fhir_errors() throws Exception {
        Path plan = draft();
        Path signed = dir.resolve("signed");

        CliRun r = GenerateCommandTest.cli("plan", "sign", plan.toString(), "--practitioner-id", "dr-1",
                "--digest", digestShown(plan).substring(0, 16), "--edit", "goals:1=Clinician wording of the first goal.",
                "--signed-at", "2026-04-08T10:00:00Z", "-o", signed.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Plan ACTIVE, signed by Practitioner/dr-1");
        JsonNode json = JSON.readTree(signed.resolve("plan.json").toFile());
        assertThat(json.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(json.get("signer").asText()).isEqualTo("dr-1");
        assertThat(json.get("signedAt").asText()).isEqualTo("2026-04-08T10:00:00Z");
        assertThat(json.get("edits").get(0).asText()).isEqualTo("edit goals:1");
        assertThat(json.get("plan").get("goals").get(0).get("text").asText()).isEqualTo("Clinician wording of the first goal.");
        Bundle b = FhirContexts.jsonParser().parseResource(Bundle.class,
                Files.readString(signed.resolve("careplan-bundle.json"), StandardCharsets.UTF_8));
        assertThat(first(b, CarePlan.class).getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(first(b, Provenance.class).getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("author", "verifier");
        assertThat(R4Validation.errors(b)).as(() -> R4Validation.describe(R4Validation.errors(b))).isEmpty();
        assertThat(Files.readString(signed.resolve("plan.md"))).startsWith("# Treatment plan (AI-assisted; signed by "
                + "Practitioner/dr-1");
    }

    @Test
    void a_tampered_draft_is_refused_and_nothing_is_written() throws Exception {
        Path plan = draft();
        Path file = plan.resolve("plan.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"below\" : \\d+\\.0", "\"below\" : 27.0"));
        Path signed = dir.resolve("signed");

        CliRun r = GenerateCommandTest.cli("plan", "sign", plan.toString(), "--practitioner-id", "dr-1", "-o",
                signed.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("CN-5160").doesNotContain("Exception");
        assertThat(signed).doesNotExist();
    }

    @Test
    void a_plan_other_than_the_reviewed_one_and_a_signed_plan_are_refused() throws Exception {
        Path plan = draft();
        CliRun wrong = GenerateCommandTest.cli("plan", "sign", plan.toString(), "--practitioner-id", "dr-1",
                "--digest", "0123456789abcdef", "-o", dir.resolve("x").toString());
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err()).contains("CN-5162");

        Path signed = dir.resolve("signed");
        assertThat(GenerateCommandTest.cli("plan", "sign", plan.toString(), "--practitioner-id", "dr-1", "-o",
                signed.toString()).code()).isZero();
        CliRun again = GenerateCommandTest.cli("plan", "sign", signed.toString(), "--practitioner-id", "dr-2",
                "--edit", "goals:1=Changed after signing", "-o", dir.resolve("y").toString());
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("CN-5161");
    }
}
