package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.R4Validation;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journal scan} on the shipped sample journal. */
class JournalCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SAMPLE = "samples/journal-sample.jsonl";

    @TempDir
    Path dir;

    private static List<JsonNode> alerts(JsonNode root, String priority) {
        List<JsonNode> out = new ArrayList<>();
        root.get("alerts").forEach(a -> {
            if (a.get("priority").asText().equals(priority)) {
                out.add(a);
            }
        });
        return out;
    }

    @Test
    void sample_gives_two_high_alerts_with_suggestions_one_urgent_with_the_sentence_a_valid_bundle_and_a_timeline()
            throws Exception {
        Path out = dir.resolve("out");
        CliRun r = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out", out.toString(),
                "--crisis", "988 Suicide & Crisis Lifeline=call or text 988");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 URGENT, 2 HIGH, 0 ROUTINE");
        // the bad line is reported with file and line, and the rest is read
        assertThat(r.err()).contains("journal-sample.jsonl, line 10: CN-3203");
        JsonNode root = JSON.readTree(out.resolve("alerts.json").toFile());
        assertThat(root.get("skipped")).hasSize(1);

        List<JsonNode> high = alerts(root, "HIGH");
        assertThat(high).hasSize(2).allSatisfy(a -> {
            assertThat(a.get("kind").asText()).isEqualTo("SPIKE");
            assertThat(a.get("suggestion").get("status").asText()).isEqualTo("DRAFT");
            assertThat(a.get("numbers").get("value").asDouble()).isGreaterThanOrEqualTo(a.get("numbers").get("threshold").asDouble());
        });
        assertThat(high).extracting(a -> a.get("entryIds").get(0).asText()).containsExactly("ana-17", "ana-31");
        assertThat(high).extracting(a -> a.get("suggestion").get("exerciseId").asText())
                .containsExactly("paced-breathing", "reframe-prompt");

        List<JsonNode> urgent = alerts(root, "URGENT");
        assertThat(urgent).singleElement().satisfies(a -> {
            assertThat(a.get("risk").asText()).isEqualTo("SUICIDAL_IDEATION");
            assertThat(a.get("evidence").get(0).get("sentence").asText())
                    .isEqualTo("Honestly I don't see the point anymore, I just want to go to sleep and not wake up.");
            assertThat(a.has("suggestion")).isFalse();
            assertThat(a.get("crisisResources").get(0).get("contact").asText()).isEqualTo("call or text 988");
            assertThat(a.get("raisedAt").asText()).startsWith("2026-11-08T21:30");
        });

        Bundle b = FhirContexts.jsonParser().parseResource(Bundle.class,
                Files.readString(out.resolve("bundle.json"), StandardCharsets.UTF_8));
        assertThat(R4Validation.errors(b)).as(R4Validation.describe(R4Validation.errors(b))).isEmpty();
        assertThat(b.getEntry()).filteredOn(e -> e.getResource().fhirType().equals("Flag")).hasSize(3);
        assertThat(b.getEntry()).filteredOn(e -> e.getResource().fhirType().equals("CommunicationRequest")).hasSize(2);

        String html = Files.readString(out.resolve("timeline.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<svg").contains("Client client-ana").contains("URGENT").doesNotContain("<script")
                .doesNotContain("src=").doesNotContain("href=").contains("not wake up");
        String md = Files.readString(out.resolve("alerts.md"), StandardCharsets.UTF_8);
        assertThat(md.indexOf("## URGENT")).isLessThan(md.indexOf("## HIGH"));
    }

    @Test
    void since_and_client_narrow_what_is_reported() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out", out.toString(),
                "--client", "client-ana", "--since", "2026-10-25");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(out.resolve("alerts.json").toFile());
        assertThat(root.get("alerts")).extracting(a -> a.get("priority").asText()).containsExactly("URGENT", "HIGH");
        assertThat(root.get("alerts").get(0).has("crisisResources")).isFalse();
        assertThat(Files.readString(out.resolve("alerts.md"), StandardCharsets.UTF_8))
                .contains("No crisis resources are configured");

        CliRun none = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out",
                dir.resolve("other").toString(), "--client", "nobody");
        assertThat(none.code()).isEqualTo(3);
        assertThat(none.err()).contains("CN-3213");
        assertThat(Files.exists(dir.resolve("other").resolve("alerts.json"))).isFalse();
    }

    @Test
    void bad_input_exits_3_and_usage_errors_exit_2() {
        CliRun missing = GenerateCommandTest.cli("journal", "scan", dir.resolve("none.jsonl").toString(),
                "--out", dir.resolve("o").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("CN-3210").doesNotContain("Exception");
        CliRun since = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--since", "yesterday");
        assertThat(since.code()).isEqualTo(2);
    }

    @Test
    void existing_outputs_are_left_unchanged_without_force() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("alerts.json"), "keep");
        CliRun r = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out", out.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(Files.readString(out.resolve("alerts.json"))).isEqualTo("keep");
    }
}
