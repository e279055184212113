package org.clinicalnotes.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --model openai-compatible} end to end against a loopback WireMock server. */
class EvalLlmCommandTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> PHI = List.of("Johnathan Quimby", "Quimby", "555-867-5309", "Shelbyville");

    @TempDir
    Path tmp;

    /** The real SafeHarborDeidentifier and a test key. */
    private final CliContext context = CliContext.system().withEnvironment(Map.of("OPENAI_API_KEY", "sk-test")::get);

    private CliRun run(String... args) {
        return CliRun.of(context, args);
    }

    /** Two made-up encounters with PHI, in ACI-Bench's layout (valid split). */
    private Path data() throws Exception {
        Path aci = tmp.resolve("data/aci-bench");
        Files.createDirectories(aci.resolve("challenge_data"));
        Files.createDirectories(aci.resolve("challenge_data_sections"));
        Files.writeString(aci.resolve("challenge_data/valid.csv"), "dataset,encounter_id,dialogue,note\n"
                + "aci,X1,\"[doctor] good morning mr. Johnathan Quimby , what brings you in today ?\n"
                + "[patient] my left knee has been hurting since i moved to Shelbyville , call me at 555-867-5309 .\n"
                + "[doctor] on exam there is swelling of the left knee .\n"
                + "[doctor] this is likely a knee sprain . we will start ibuprofen and physical therapy .\","
                + "\"CHIEF COMPLAINT\n\nLeft knee pain.\n\nASSESSMENT AND PLAN\n\nKnee sprain. Ibuprofen and physical therapy.\"\n"
                + "aci,X2,\"[doctor] how is your blood pressure , mr. Quimby ?\n"
                + "[patient] it has been high , about 150 over 90 .\n"
                + "[doctor] we will increase your lisinopril to 20 mg .\","
                + "\"HISTORY OF PRESENT ILLNESS\n\nHigh blood pressure.\n\nASSESSMENT AND PLAN\n\nHypertension. Increase lisinopril to 20 mg.\"\n");
        for (String d : new String[] {"subjective", "objective_exam", "objective_results", "assessment_and_plan"}) {
            Files.writeString(aci.resolve("challenge_data_sections/valid_" + d + ".json"),
                    "{\"data\":[{\"tgt\":\"" + d + " text\",\"file\":\"X1-aci-" + d + "\"},"
                            + "{\"tgt\":\"\",\"file\":\"X2-aci-" + d + "\"}]}");
        }
        return tmp.resolve("data");
    }

    /** An OpenAI chat-completions response whose content is a note in the ACI template's section ids. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String content) {
        return org.clinicalnotes.llm.Fixtures.openAi(content, "stop");
    }

    private static String note() {
        return "{\"chief_complaint\":[{\"text\":\"Joint pain.\",\"evidence\":[\"u2\"]}],"
                + "\"hpi\":[{\"text\":\"Pain and high blood pressure reported.\",\"evidence\":[\"u2\"]}],"
                + "\"ros\":[],\"exam\":[{\"text\":\"Swelling on exam.\",\"evidence\":[\"u3\"]}],\"results\":[],"
                + "\"assessment_plan\":[{\"text\":\"Start ibuprofen; increase lisinopril to 20 mg.\","
                + "\"evidence\":[\"u3\"]}],\"risks\":[]}";
    }

    private List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(anyUrl()));
    }

    @Test
    void openai_compatible_model_is_evaluated_through_deidentification_and_cached() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(completion(note())));
        Path data = data();
        Path out = tmp.resolve("report");
        String[] args = {"eval", "--dataset", "aci-bench", "--split", "valid", "--data", data.toString(),
            "--out", out.toString(), "--cache", tmp.resolve("cache").toString(), "--no-progress",
            "--model", "openai-compatible", "--base-url", "http://127.0.0.1:" + server.getPort() + "/v1",
            "--model-name", "m"};

        CliRun first = run(args);
        CliRun second = run(args);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Full note, aci-bench/valid (2 encounters)")
                .contains("0 of 2 drafts from the cache");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("2 of 2 drafts from the cache");
        assertThat(requests()).hasSize(2);
        for (LoggedRequest req : requests()) {
            String body = req.getBodyAsString();
            for (String phi : PHI) {
                assertThat(body).as("request body").doesNotContain(phi);
            }
        }
        assertThat(requests().stream().map(LoggedRequest::getBodyAsString).toList())
                .anyMatch(b -> b.contains("left knee")).anyMatch(b -> b.contains("lisinopril"));
        JsonNode scores = JSON.readTree(out.resolve("scores.json").toFile());
        assertThat(scores.path("model").asText()).contains("m");
        assertThat(scores.path("rows").get(0).path("rouge1").asDouble()).isBetween(1.0, 100.0);
        assertThat(Files.readString(out.resolve("report.md"))).contains("model m/unpinned")
                .contains("| **m (this SDK)** |");
    }

    @Test
    void rejected_key_exits_4_in_one_line_and_writes_no_report() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\","
                        + "\"param\":null,\"code\":\"invalid_api_key\"}}")));
        Path out = tmp.resolve("report");

        CliRun r = run("eval", "--dataset", "aci-bench", "--split", "valid", "--data", data().toString(),
                "--out", out.toString(), "--no-cache", "--no-progress", "--model", "openai",
                "--base-url", "http://127.0.0.1:" + server.getPort() + "/v1", "--model-name", "gpt-4o-mini");

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("CN-4001")
                .contains("OPENAI_API_KEY").doesNotContain("Incorrect");
        assertThat(out).doesNotExist();
    }
}
