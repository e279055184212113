package org.clinicalnotes.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WebVTT session whose speakers are named: {@code deid} and {@code generate --model ...} leave no speaker name
 * anywhere, neither in the output nor in the request sent to the model (the real de-identifier, no test double).
 */
class NamedSpeakersDeidCliTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    /** Names that must never leave: the voice tags, and the same names said bare in the text. */
    static final List<String> NAMES = List.of("Okonkwo", "Adaeze", "Lindqvist", "Marisol", "Quintero", "Hope");

    static final String VTT = String.join("\n",
            "WEBVTT",
            "",
            "00:00:01.000 --> 00:00:04.000",
            "<v Dr. Adaeze Okonkwo>Good morning. How have the last two weeks been?",
            "",
            "00:00:04.500 --> 00:00:09.000",
            "<v Marisol Quintero>Honestly rough. My daughter Hope stayed with me and Okonkwo, sorry, Dr. Okonkwo,",
            "I did not sleep much.",
            "",
            "00:00:09.500 --> 00:00:13.000",
            "<v Dr. Adaeze Okonkwo>Marisol, your PHQ-9 today is 14. Is Hope still helping out at home?",
            "",
            "00:00:13.500 --> 00:00:17.000",
            "<v Marisol Quintero>Yes. Quintero family rule, we help each other. Lindqvist from work called too.",
            "",
            "00:00:17.500 --> 00:00:21.000",
            "<v Dr. Adaeze Okonkwo>Let's keep sertraline at 50 milligrams and meet again in two weeks.",
            "");

    @TempDir
    Path dir;

    /** The environment and de-identifier the CLI sees in this test. */
    private CliContext context = CliContext.system();

    String[] run(String... args) {
        CliRun r = CliRun.of(context, args);
        return new String[] {String.valueOf(r.code()), r.out(), r.err()};
    }

    Path session() throws Exception {
        Path p = dir.resolve("session.vtt");
        Files.writeString(p, VTT, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void deid_removes_speaker_names_from_voice_tags_and_text() throws Exception {
        String[] r = run("deid", session().toString(), "--seed", "7");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).startsWith("WEBVTT").contains("PHQ-9 today is 14", "sertraline at 50 milligrams");
        for (String name : NAMES) {
            assertThat(r[1]).as(name).doesNotContain(name);
        }
    }

    @Test
    void deid_is_byte_for_byte_the_same_for_the_same_seed() throws Exception {
        Path p = session();
        assertThat(run("deid", p.toString(), "--seed", "11")[1]).isEqualTo(run("deid", p.toString(), "--seed", "11")[1]);
    }

    @Test
    void the_model_request_holds_no_speaker_name() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(org.clinicalnotes.llm.Fixtures.openAi(
                "{\"subjective\":[{\"text\":\"Reports poor sleep over two weeks.\",\"evidence\":[\"u2\"]}],"
                        + "\"objective\":[],\"assessment\":[],\"plan\":[{\"text\":\"Continue sertraline 50 mg.\","
                        + "\"evidence\":[\"u5\"]}],\"risk\":[],\"risks\":[]}", "stop")));
        context = context.withEnvironment(Map.of("OPENAI_API_KEY", "sk-test")::get);

        String[] r = run("generate", session().toString(), "--model", "openai-compatible", "--base-url",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--model-name", "m", "--out", dir.resolve("out").toString());

        List<LoggedRequest> requests = server.findAll(postRequestedFor(anyUrl()));
        assertThat(requests).isNotEmpty();
        for (LoggedRequest req : requests) {
            String body = req.getBodyAsString();
            assertThat(body).contains("sertraline");
            for (String name : NAMES) {
                assertThat(body).as(name).doesNotContain(name);
            }
        }
        assertThat(r[0]).as(r[2]).isIn("0", "5");
    }
}
