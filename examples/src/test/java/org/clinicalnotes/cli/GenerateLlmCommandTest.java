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
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.deid.Deidentifier;
import org.clinicalnotes.deid.Redaction;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --model openai-compatible|openai|...} end to end against a loopback WireMock server. */
class GenerateLlmCommandTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static final String VISIT = String.join("\n",
            "[doctor] good morning mr. Johnathan Quimby , can you confirm your date of birth ?",
            "[patient] yes , it is 03/14/1962 , and my phone is 555-867-5309 .",
            "[doctor] what brings you in today ?",
            "[patient] i have had heartburn after dinner about four nights a week since i moved to Shelbyville .",
            "[doctor] your abdomen is soft and nontender on exam .",
            "[doctor] this looks like gastroesophageal reflux disease .",
            "[doctor] start omeprazole 20 milligrams once a day and follow up in four weeks .",
            "");
    static final List<String> PHI = List.of("Johnathan Quimby", "Quimby", "03/14/1962", "555-867-5309", "Shelbyville");
    static final List<String> CLINICAL = List.of("heartburn", "abdomen is soft", "gastroesophageal reflux disease",
            "omeprazole 20 milligrams");

    /** TEST ONLY: swaps this file's known PHI strings for surrogates, standing in for the real de-identifier. */
    static final class KnownStringsDeidentifier implements Deidentifier {
        static final Map<String, String> MAP = new LinkedHashMap<>();

        static {
            MAP.put("Johnathan Quimby", "Alex Doe");
            MAP.put("03/14/1962", "01/01/1960");
            MAP.put("555-867-5309", "555-000-0000");
            MAP.put("Shelbyville", "Townsville");
        }

        @Override
        public Redaction redact(Transcript t) {
            List<Utterance> out = new ArrayList<>();
            for (Utterance u : t.utterances()) {
                String s = u.text();
                for (Map.Entry<String, String> e : MAP.entrySet()) {
                    s = s.replace(e.getKey(), e.getValue());
                }
                out.add(new Utterance(u.id(), u.speaker(), s, u.start(), u.end()));
            }
            return new Redaction(new Transcript(out, t.source()), text -> {
                String r = text;
                for (Map.Entry<String, String> e : MAP.entrySet()) {
                    r = r.replace(e.getValue(), e.getKey());
                }
                return r;
            });
        }

        @Override
        public String policyName() {
            return "test-surrogates";
        }
    }

    /** The environment and de-identifier the CLI sees in this test: a test key and known-string surrogates. */
    private CliContext context = new CliContext(Map.of("OPENAI_API_KEY", "sk-test")::get, new KnownStringsDeidentifier());

    CliRun cli(String... args) {
        return CliRun.of(context, args);
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    Path visit() throws Exception {
        Path p = dir.resolve("visit.txt");
        Files.writeString(p, VISIT, StandardCharsets.UTF_8);
        return p;
    }

    static ResponseDefinitionBuilder completion(String content) {
        return org.clinicalnotes.llm.Fixtures.openAi(content, "stop");
    }

    static String validNote() {
        return "{\"subjective\":[{\"text\":\"Alex Doe reports heartburn after dinner about four nights a week.\","
                + "\"evidence\":[\"u4\"]}],"
                + "\"objective\":[{\"text\":\"Abdomen is soft and nontender on exam.\",\"evidence\":[\"u5\"]}],"
                + "\"assessment\":[{\"text\":\"Gastroesophageal reflux disease.\",\"evidence\":[\"u6\"]}],"
                + "\"plan\":[{\"text\":\"Start omeprazole 20 milligrams once a day; follow up in four weeks.\","
                + "\"evidence\":[\"u7\"]}],\"risk\":[],\"risks\":[]}";
    }

    List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(anyUrl()));
    }

    @Test
    void openai_compatible_writes_reidentified_note_and_sends_no_phi() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(completion(validNote())));
        Path out = dir.resolve("out");

        CliRun r = cli("generate", visit().toString(), "--model", "openai-compatible", "--base-url", url(),
                "--model-name", "m", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("by m/unpinned");
        JsonNode note = JSON.readTree(out.resolve("note.json").toFile());
        assertThat(note.toString()).contains("Johnathan Quimby reports heartburn").doesNotContain("Alex Doe");
        assertThat(Files.readString(out.resolve("note.md"))).contains("Johnathan Quimby");
        assertThat(requests()).hasSize(1);
        for (LoggedRequest req : requests()) {
            String body = req.getBodyAsString();
            for (String phi : PHI) {
                assertThat(body).doesNotContain(phi);
            }
            for (String c : CLINICAL) {
                assertThat(body).contains(c);
            }
        }
    }

    @Test
    void garbage_answer_exits_4_with_one_line_after_repair_and_writes_nothing() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(completion("<html>502 bad gateway</html>")));
        Path out = dir.resolve("out");

        CliRun r = cli("generate", visit().toString(), "--model", "openai-compatible", "--base-url", url(),
                "--model-name", "m", "--out", out.toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("error: CN-4006").contains("after one repair request");
        assertThat(requests()).hasSize(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void rejected_key_exits_4_naming_the_variable() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\","
                        + "\"param\":null,\"code\":\"invalid_api_key\"}}")));

        CliRun r = cli("generate", visit().toString(), "--model", "openai", "--base-url", url(),
                "--model-name", "gpt-4o-mini", "--out", dir.resolve("out").toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .contains("CN-4001").contains("401").contains("OPENAI_API_KEY").doesNotContain("Incorrect");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void missing_key_exits_2_naming_the_variable_without_calling() throws Exception {
        context = context.withEnvironment(k -> null);

        CliRun r = cli("generate", visit().toString(), "--model", "gemini", "--model-name", "gemini-2.0-flash",
                "--out", dir.resolve("out").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("CN-2601").contains("GEMINI_API_KEY");
        assertThat(requests()).isEmpty();
    }

    @Test
    void remote_model_uses_the_safe_harbor_deidentifier_by_default() throws Exception {
        context = context.withDeidentifier(null);
        server.stubFor(post("/v1/chat/completions").willReturn(completion(validNote().replace("Alex Doe", "Patient"))));
        Path out = dir.resolve("out");

        CliRun r = cli("generate", visit().toString(), "--model", "ollama", "--base-url", url(), "--model-name", "m",
                "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode note = JSON.readTree(out.resolve("note.json").toFile());
        assertThat(note.path("metadata").path("deidentification").asText()).isNotEqualTo("disabled-by-user")
                .isNotEqualTo("test-surrogates");
        assertThat(requests()).hasSize(1);
        String body = requests().get(0).getBodyAsString();
        for (String phi : PHI) {
            assertThat(body).doesNotContain(phi);
        }
        for (String c : CLINICAL) {
            assertThat(body).contains(c);
        }
    }

    @Test
    void no_deid_sends_the_original_text_and_records_the_choice() throws Exception {
        context = context.withDeidentifier(null);
        server.stubFor(post("/v1/chat/completions").willReturn(completion(validNote().replace("Alex Doe", "Patient"))));
        Path out = dir.resolve("out");

        CliRun r = cli("generate", visit().toString(), "--model", "ollama", "--base-url", url(), "--model-name", "m",
                "--no-deid", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode note = JSON.readTree(out.resolve("note.json").toFile());
        assertThat(note.path("metadata").path("deidentification").asText()).isEqualTo("disabled-by-user");
        assertThat(requests().get(0).getBodyAsString()).contains("Quimby");
    }

    @Test
    void llm_model_needs_model_name_and_openai_compatible_needs_base_url() throws Exception {
        CliRun noName = cli("generate", visit().toString(), "--model", "ollama");
        CliRun noUrl = cli("generate", visit().toString(), "--model", "openai-compatible", "--model-name", "m");
        CliRun badTemp = cli("generate", visit().toString(), "--model", "ollama", "--model-name", "m",
                "--temperature", "3");

        assertThat(noName.code()).isEqualTo(2);
        assertThat(noName.err()).contains("--model-name");
        assertThat(noUrl.code()).isEqualTo(2);
        assertThat(noUrl.err()).contains("CN-2602").contains("--base-url");
        assertThat(badTemp.code()).isEqualTo(2);
        assertThat(requests()).isEmpty();
    }
}
