package org.clinicalnotes.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path dir;

    @Test
    void analyze_transcribes_audio_first_and_saves_the_transcript() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/v1/listen"))
                .willReturn(okJson(TranscribeCommandTest.resource("deepgram-diarized.json"))));
        Path wav = dir.resolve("visit.wav");
        try (java.io.InputStream in = AnalyzeCommandTest.class.getResourceAsStream("/audio/cough.wav")) {
            Files.write(wav, in.readAllBytes());
        }
        Path out = dir.resolve("audio-out");
        CliRun r = GenerateCommandTest.cli("analyze", wav.toString(), "--speech", "deepgram",
                "--speech-base-url", wm.baseUrl(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("transcript.txt")).exists();
        JsonNode json = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        assertThat(json.get("utterances").size()).isEqualTo(5);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void analyze_writes_json_markdown_and_html_for_every_text_format() throws Exception {
        String[][] inputs = {{"s.txt", GenerateCommandTest.COLON}, {"s.vtt", GenerateCommandTest.VTT},
            {"t.txt", GenerateCommandTest.TAGGED},
            {"s.json", "[{\"speaker\":\"therapist\",\"text\":\"How are you?\",\"start\":0,\"end\":1},"
                + "{\"speaker\":\"client\",\"text\":\"Tired but okay.\",\"start\":2,\"end\":3}]"}};
        for (String[] in : inputs) {
            Path input = write(in[0], in[1]);
            Path out = dir.resolve("out-" + in[0]);
            CliRun r = GenerateCommandTest.cli("analyze", input.toString(), "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
            assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(json.get("utterances").size()).isGreaterThan(1);
            assertThat(Files.readString(out.resolve("analysis.md"))).startsWith("# Session analysis");
            assertThat(Files.readString(out.resolve("analysis.html"))).contains("<svg").doesNotContain("<script");
        }
    }

    @Test
    void analyze_refuses_to_overwrite_without_force() throws Exception {
        Path input = write("s.txt", GenerateCommandTest.COLON);
        Path out = dir.resolve("out");
        assertThat(GenerateCommandTest.cli("analyze", input.toString(), "--out", out.toString()).code()).isZero();
        CliRun again = GenerateCommandTest.cli("analyze", input.toString(), "--out", out.toString());
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("already exists").doesNotContain("Exception");
        assertThat(GenerateCommandTest.cli("analyze", input.toString(), "--out", out.toString(), "--force").code())
                .isZero();
    }

    @Test
    void analyze_rejects_empty_input_with_a_typed_error() throws Exception {
        Path input = write("empty.txt", "");
        CliRun r = GenerateCommandTest.cli("analyze", input.toString(), "--out",
                dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: ").doesNotContain("at org.");
        assertThat(dir.resolve("o").resolve("analysis.json")).doesNotExist();
    }

    @Test
    void generate_analyze_adds_files_and_observations_and_leaves_the_risk_section_unchanged() throws Exception {
        Path input = write("s.txt", RISK);
        Path plain = dir.resolve("plain");
        Path with = dir.resolve("with");
        assertThat(GenerateCommandTest.cli("generate", input.toString(), "--out", plain.toString(), "--patient-id",
                "p1").code()).isZero();
        CliRun r = GenerateCommandTest.cli("generate", input.toString(), "--out", with.toString(),
                "--patient-id", "p1", "--analyze");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(with.resolve("analysis.json")).exists();
        assertThat(with.resolve("analysis.html")).exists();
        assertThat(risk(plain.resolve("note.md"))).contains("Risk");
        assertThat(risk(with.resolve("note.md"))).isEqualTo(risk(plain.resolve("note.md")));
        String bundle = Files.readString(with.resolve("bundle.json"));
        assertThat(bundle).contains("CodeSystem/session-metric", "reflection-to-question-ratio");
        assertThat(Files.readString(plain.resolve("bundle.json"))).doesNotContain("session-metric");
    }

    static final String RISK = """
            Therapist: How have things been since we last met?
            Client: Pretty rough. I lost my job on Monday and I've been sleeping most of the day.
            Therapist: Have you had thoughts of ending your life?
            Client: Yes. I keep thinking everyone would be better off without me. I looked up how many pills it would take.
            Therapist: Thank you for telling me. Let's make a safety plan together today.
            Client: Okay. My sister could keep the pills.
            """;

    /** Every section whose heading names risk, in order. */
    private static String risk(Path noteMd) throws Exception {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String line : Files.readAllLines(noteMd)) {
            if (line.startsWith("## ")) {
                in = line.contains("Risk");
            }
            if (in) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
