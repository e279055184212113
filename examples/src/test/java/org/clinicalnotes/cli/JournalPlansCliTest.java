package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journal scan --client-plans FILE}: the clients' plans steer the suggested exercises. */
class JournalPlansCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/journal-sample.jsonl";

    @TempDir
    Path dir;

    private static List<String> exercises(Path out) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode a : JSON.readTree(out.resolve("alerts.json").toFile()).get("alerts")) {
            if (a.hasNonNull("suggestion")) {
                ids.add(a.get("suggestion").get("exerciseId").asText());
            }
        }
        return ids;
    }

    @Test
    void an_avoided_exercise_is_never_suggested_and_a_preferred_one_is() throws Exception {
        Path plans = dir.resolve("plans.json");
        Files.writeString(plans, """
                {"version": 1, "clients": {
                  "client-ana": {"preferred": ["grounding-54321"], "avoid": ["paced-breathing"]}
                }}
                """);
        Path out = dir.resolve("out");

        CliRun r = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out", out.toString(), "--client-plans",
                plans.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 URGENT, 2 HIGH, 0 ROUTINE");
        assertThat(exercises(out)).hasSize(2).doesNotContain("paced-breathing").contains("grounding-54321");
    }

    @Test
    void a_bad_plans_file_exits_3_naming_the_file_and_line_and_writes_nothing() throws Exception {
        Path plans = dir.resolve("plans.json");
        Files.writeString(plans, "{\"version\": 1, \"clients\": {\n  \"client-ana\": {\"avoid\": [\"deep-breathing\"]}\n}}\n");
        Path out = dir.resolve("out");

        CliRun unknown = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out", out.toString(), "--client-plans",
                plans.toString());

        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("CN-5257", "plans.json", "line 2", "deep-breathing")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();

        Files.writeString(plans, "{\"clients\": {\n  \"client-ana\": {\"avoid\": [\"paced-breathing\",]}\n}}\n");
        CliRun broken = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out", out.toString(), "--client-plans",
                plans.toString());
        assertThat(broken.code()).isEqualTo(3);
        assertThat(broken.err()).contains("CN-5255", "plans.json", "line 2");

        CliRun missing = GenerateCommandTest.cli("journal", "scan", SAMPLE, "--out", out.toString(), "--client-plans",
                dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("CN-5255", "none.json");
    }
}
