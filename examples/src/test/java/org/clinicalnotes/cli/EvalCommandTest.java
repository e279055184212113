package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Two made-up encounters in ACI-Bench's layout (valid split). */
    private Path data() throws Exception {
        Path aci = tmp.resolve("data/aci-bench");
        Files.createDirectories(aci.resolve("challenge_data"));
        Files.createDirectories(aci.resolve("challenge_data_sections"));
        Files.writeString(aci.resolve("challenge_data/valid.csv"), "dataset,encounter_id,dialogue,note\n"
                + "aci,X1,\"[doctor] what brings you in today ?\n[patient] my left knee has been hurting for two weeks .\n"
                + "[doctor] on exam there is swelling of the left knee .\n"
                + "[doctor] this is likely a knee sprain . we will start ibuprofen and physical therapy .\","
                + "\"CHIEF COMPLAINT\n\nLeft knee pain.\n\nASSESSMENT AND PLAN\n\nKnee sprain. Ibuprofen and physical therapy.\"\n"
                + "aci,X2,\"[doctor] how is your blood pressure ?\n[patient] it has been high , about 150 over 90 .\n"
                + "[doctor] we will increase your lisinopril to 20 mg .\","
                + "\"HISTORY OF PRESENT ILLNESS\n\nHigh blood pressure.\n\nASSESSMENT AND PLAN\n\nHypertension. Increase lisinopril to 20 mg.\"\n");
        for (String d : new String[] {"subjective", "objective_exam", "objective_results", "assessment_and_plan"}) {
            Files.writeString(aci.resolve("challenge_data_sections/valid_" + d + ".json"),
                    "{\"data\":[{\"tgt\":\"" + d + " text\",\"file\":\"X1-aci-" + d + "\"},"
                            + "{\"tgt\":\"\",\"file\":\"X2-aci-" + d + "\"}]}");
        }
        return tmp.resolve("data");
    }

    @Test
    void evaluates_a_split_writes_the_report_and_reruns_from_the_cache() throws Exception {
        Path data = data();
        Path out = tmp.resolve("report");
        String[] args = {"eval", "--dataset", "aci-bench", "--split", "valid", "--data", data.toString(),
            "--out", out.toString(), "--cache", tmp.resolve("cache").toString()};

        CliRun first = run(args);
        CliRun second = run(args);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Full note, aci-bench/valid (2 encounters)").contains("* offline (this SDK)")
                .contains("transcript copy").contains("ROUGE-1 per division")
                .contains("PHI recall by category (de-identification):").contains("gold set (")
                .contains("Risk flags per kind").contains("0 of 2 drafts from the cache");
        assertThat(first.err()).contains("aci-bench/valid [").contains("2/2");
        assertThat(second.out()).contains("2 of 2 drafts from the cache");
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Full note")
                .contains("## PHI recall by category").contains("Not measured, data absent")
                .contains("## Risk flags, scores and medications").doesNotContain("not yet measured");
        assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>").contains("<svg");
        JsonNode scores = new ObjectMapper().readTree(out.resolve("scores.json").toFile());
        assertThat(scores.path("items").asInt()).isEqualTo(2);
        assertThat(scores.path("rows").get(0).path("system").asText()).isEqualTo("offline (this SDK)");
        assertThat(scores.path("rows").get(0).path("rouge1").asDouble()).isBetween(1.0, 100.0);
    }

    @Test
    void rejects_unknown_dataset_and_model_with_a_usage_error() throws Exception {
        CliRun ds = run("eval", "--dataset", "squad", "--split", "valid", "--data", data().toString());
        CliRun model = run("eval", "--dataset", "aci-bench", "--split", "valid", "--model", "gpt-9");
        CliRun remote = run("eval", "--dataset", "aci-bench", "--split", "valid", "--model", "openai");

        assertThat(ds.code()).isEqualTo(2);
        assertThat(ds.err()).contains("unknown --dataset 'squad'");
        assertThat(model.code()).isEqualTo(2);
        assertThat(remote.code()).isEqualTo(2);
        assertThat(remote.err()).contains("--model openai needs --model-name");
    }

    @Test
    void reports_missing_data_and_unknown_splits_in_one_line() throws Exception {
        CliRun missing = run("eval", "--dataset", "aci-bench", "--split", "valid", "--data",
                tmp.resolve("nowhere").toString());
        CliRun split = run("eval", "--dataset", "aci-bench", "--split", "test7", "--data", data().toString());
        CliRun mts = run("eval", "--dataset", "mts-dialog", "--split", "TestSet-1", "--data", data().toString());

        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).startsWith("error: CN-1901").doesNotContain("at org.");
        assertThat(split.code()).isEqualTo(2);
        assertThat(split.err()).contains("CN-1902").contains("test1");
        assertThat(mts.code()).isEqualTo(3);
        assertThat(mts.err()).contains("MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv");
    }
}
