package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.fhir.R4Validation;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.course.InMemoryFhirServer;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course and plan commands on the bundled sample client (six sessions and a journal). */
class CourseCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/course-client";

    @TempDir
    Path dir;

    @Test
    void course_writes_brief_and_page_with_rising_risk_first_and_every_line_cited() throws Exception {
        Path out = dir.resolve("course");
        CliRun r = GenerateCommandTest.cli("course", SAMPLE, "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("RISING RISK").contains("6 sessions");
        JsonNode brief = JSON.readTree(out.resolve("brief.json").toFile());
        assertThat(brief.get("version").asInt()).isEqualTo(1);
        assertThat(brief.get("sessions")).hasSize(6);
        assertThat(brief.get("risk").get("rising").asBoolean()).isTrue();
        assertThat(brief.get("lines").get(0).get("section").asText()).isEqualTo("risk");
        assertThat(brief.get("lines").get(0).get("text").asText()).startsWith("RISING RISK");
        for (JsonNode line : brief.get("lines")) {
            assertThat(line.get("evidence")).as(line.get("text").asText()).isNotEmpty();
        }
        JsonNode phq = brief.get("measures").get(0);
        assertThat(phq.get("instrument").asText()).isEqualTo("PHQ-9");
        assertThat(phq.get("points")).hasSize(6);
        assertThat(phq.get("reliableChange").asText()).isEqualTo("IMPROVED"); // 17 -> 10: 7 points
        assertThat(phq.get("clinicallySignificant").asBoolean()).isFalse();   // still at the cut-off of 10
        JsonNode gad = brief.get("measures").get(1);
        assertThat(gad.get("reliableChange").asText()).isEqualTo("NO_CHANGE"); // 12 -> 13
        assertThat(brief.get("homework")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(brief.get("homework").get(0).get("followedUpIn").asText()).isEqualTo("02-2026-03-09");
        assertThat(brief.get("themes")).isNotEmpty();
        String md = Files.readString(out.resolve("brief.md"), StandardCharsets.UTF_8);
        assertThat(md.indexOf("## Risk")).isLessThan(md.indexOf("## Measures"));
        String html = Files.readString(out.resolve("course.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<svg").contains("Rising risk").doesNotContain("<script").doesNotContain("http://")
                .doesNotContain("https://");
    }

    @Test
    void plan_writes_a_valid_careplan_bundle_and_markdown() throws Exception {
        Path out = dir.resolve("plan");
        CliRun r = GenerateCommandTest.cli("plan", SAMPLE, "-o", out.toString(), "--patient-id", "p-sam");

        assertThat(r.code()).as(r.err()).isZero();
        Bundle b = FhirContexts.jsonParser().parseResource(Bundle.class,
                Files.readString(out.resolve("careplan-bundle.json"), StandardCharsets.UTF_8));
        assertThat(R4Validation.errors(b)).as(() -> R4Validation.describe(R4Validation.errors(b))).isEmpty();
        String md = Files.readString(out.resolve("plan.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("## Goals").contains("PHQ-9 below").contains("C-SSRS");
        int items = 0;
        for (String line : md.split("\n")) {
            if (line.matches("\\d+\\. .*")) {
                assertThat(line).as(line).containsPattern("\\[[^\\]]+\\]$");
                items++;
            }
        }
        assertThat(items).isGreaterThan(5);
        assertThat(md).contains("Status: DRAFT");
        assertThat(Files.readString(out.resolve("plan.json"), StandardCharsets.UTF_8)).contains("\"status\" : \"DRAFT\"");
    }

    @Test
    void course_reads_the_same_brief_back_from_a_fhir_server() throws Exception {
        try (InMemoryFhirServer server = new InMemoryFhirServer()) {
            CliRun up = GenerateCommandTest.cli("course", SAMPLE, "-o", dir.resolve("a").toString(),
                    "--fhir-base", server.baseUrl(), "--patient-id", "p-sam", "--write-back");
            assertThat(up.code()).as(up.err()).isZero();
            CliRun down = GenerateCommandTest.cli("course", "-o", dir.resolve("b").toString(),
                    "--fhir-base", server.baseUrl(), "--patient-id", "p-sam");
            assertThat(down.code()).as(down.err()).isZero();
            assertThat(Files.readString(dir.resolve("b/brief.json"))).isEqualTo(Files.readString(dir.resolve("a/brief.json")));
        }
    }

    @Test
    void a_missing_folder_is_bad_input_and_no_source_is_a_usage_error() {
        CliRun r = GenerateCommandTest.cli("course", dir.resolve("nope").toString(), "-o",
                dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("CN-3401").doesNotContain("Exception");
        CliRun u = GenerateCommandTest.cli("course", "-o", dir.resolve("y").toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }

    @Test
    void a_broken_journal_line_names_file_and_line() throws Exception {
        Path client = dir.resolve("client");
        Files.createDirectories(client.resolve("01-2026-01-05"));
        Files.writeString(client.resolve("01-2026-01-05/session.txt"), "[therapist] How are you?\n[client] Tired.\n");
        Files.writeString(client.resolve("journal.jsonl"), "{\"id\": \"j1\", \"time\": \"2026-01-06\"}\n{not json\n");
        CliRun r = GenerateCommandTest.cli("course", client.toString(), "-o", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("CN-3405").contains("journal.jsonl, line 2");
    }
}
