package org.clinicalnotes.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TranscribeCommandTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path dir;

    Path wav;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TranscribeCommandTest.class.getResourceAsStream("/audio/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void audio() throws IOException {
        wav = dir.resolve("visit.wav");
        try (InputStream in = TranscribeCommandTest.class.getResourceAsStream("/audio/cough.wav")) {
            Files.write(wav, in.readAllBytes());
        }
    }

    String openAiBase() {
        return wm.baseUrl() + "/v1";
    }

    @Test
    void transcribe_writes_tagged_roles_that_the_reader_reads_back() throws IOException {
        wm.stubFor(post("/v1/audio/transcriptions").willReturn(okJson(resource("openai-diarized.json"))));
        Path out = dir.resolve("visit.txt");

        CliRun r = cli("transcribe", wav.toString(), "--speech", "openai-compatible", "--base-url", openAiBase(),
                "--speech-model", "gpt-4o-transcribe-diarize", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("speaker A      -> clinician").contains("speaker B      -> other")
                .contains("speaker C      -> patient");
        String text = Files.readString(out);
        assertThat(text).startsWith("[clinician] Hello, I'm Dr. Patel.").contains("\n[speaker_B] I'm her mother.")
                .contains("\n[patient] My throat hurts");
        Transcript t = TranscriptReader.defaults().read(out);
        assertThat(t.utterances()).extracting(Utterance::role).containsExactly(SpeakerRole.CLINICIAN,
                SpeakerRole.OTHER, SpeakerRole.PATIENT, SpeakerRole.CLINICIAN, SpeakerRole.OTHER, SpeakerRole.PATIENT,
                SpeakerRole.CLINICIAN);
    }

    @Test
    void transcribe_with_deepgram_and_overrides_writes_json() throws IOException {
        wm.stubFor(post(urlPathEqualTo("/v1/listen")).willReturn(okJson(resource("deepgram-diarized.json"))));

        CliRun r = cli("transcribe", wav.toString(), "--speech", "deepgram", "--base-url", wm.baseUrl(),
                "--format", "json", "--speakers", "0=patient,1=clinician");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/utterances/0/role").asText()).isEqualTo("patient");
        assertThat(json.at("/utterances/1/role").asText()).isEqualTo("clinician");
        assertThat(json.at("/utterances/1/start").asDouble()).isEqualTo(2.5);
        assertThat(json.at("/speakers/0/basis").asText()).isEqualTo("override");
        assertThat(r.err()).contains("with deepgram:nova-3");
    }

    @Test
    void transcribe_as_webvtt_keeps_times() throws IOException {
        wm.stubFor(post(urlPathEqualTo("/v1/listen")).willReturn(okJson(resource("deepgram-diarized.json"))));

        CliRun r = cli("transcribe", wav.toString(), "--speech", "deepgram", "--base-url", wm.baseUrl(),
                "--format", "vtt");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("WEBVTT").contains("00:00:02.500 --> 00:00:06.400\n<v patient>");
    }

    @Test
    void empty_audio_exits_3_with_one_line() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.wav"));

        CliRun r = cli("transcribe", empty.toString(), "--speech", "openai-compatible", "--base-url", openAiBase());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: CN-1702"));
        wm.verify(0, postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions")));
    }

    @Test
    void non_audio_input_exits_3_with_one_line() throws IOException {
        Path notes = dir.resolve("notes.mp3");
        Files.writeString(notes, "[doctor] this is a text transcript\n");

        CliRun r = cli("transcribe", notes.toString(), "--speech", "openai-compatible", "--base-url", openAiBase());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("error: CN-1703").contains("not audio").doesNotContain("doctor"));
    }

    @Test
    void service_failure_exits_4_and_writes_nothing() {
        wm.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(500)
                .withHeader("Retry-After", "0")));
        Path out = dir.resolve("t.txt");

        CliRun r = cli("transcribe", wav.toString(), "--speech", "openai-compatible", "--base-url", openAiBase(),
                "--out", out.toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: CN-4704").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        wm.verify(4, postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions")));
    }

    @Test
    void malformed_speakers_exit_3_with_one_line() {
        wm.stubFor(post(urlPathEqualTo("/v1/listen")).willReturn(aResponse().withStatus(200).withBody("{}")));

        CliRun r = cli("transcribe", wav.toString(), "--speech", "deepgram", "--base-url", wm.baseUrl(),
                "--speakers", "0:clinician");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: CN-1707"));
    }

    @Test
    void openai_compatible_without_base_url_is_a_usage_error() {
        CliRun r = cli("transcribe", wav.toString(), "--speech", "openai-compatible");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("needs a base URL");
    }

    @Test
    void generate_from_audio_saves_the_transcript_beside_the_note() throws IOException {
        wm.stubFor(post(urlPathEqualTo("/v1/listen")).willReturn(okJson(resource("deepgram-diarized.json"))));
        Path out = dir.resolve("note");

        CliRun r = cli("generate", wav.toString(), "--speech", "deepgram", "--speech-base-url", wm.baseUrl(),
                "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("note.json", "note.md", "transcript.txt");
        }
        Transcript saved = TranscriptReader.defaults().read(out.resolve("transcript.txt"));
        assertThat(saved.utterances()).extracting(Utterance::role).containsExactly(SpeakerRole.CLINICIAN,
                SpeakerRole.PATIENT, SpeakerRole.CLINICIAN, SpeakerRole.PATIENT, SpeakerRole.CLINICIAN);
        JsonNode note = new ObjectMapper().readTree(out.resolve("note.json").toFile());
        assertThat(note.toString()).contains("u2");
    }

    @Test
    void generate_from_dictation_has_only_clinician_evidence() throws IOException {
        wm.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("""
                {"task": "transcribe", "language": "english", "duration": 12.0,
                 "text": "Patient reports a dry cough for two weeks. ...",
                 "segments": [
                  {"id": 0, "seek": 0, "start": 0.0, "end": 3.0, "text": " Patient reports a dry cough for two weeks without fever.", "tokens": [], "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.2, "no_speech_prob": 0.01},
                  {"id": 1, "seek": 0, "start": 3.0, "end": 6.0, "text": " Lungs are clear on exam.", "tokens": [], "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.2, "no_speech_prob": 0.01},
                  {"id": 2, "seek": 0, "start": 6.0, "end": 9.0, "text": " Assessment is a viral bronchitis.", "tokens": [], "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.2, "no_speech_prob": 0.01},
                  {"id": 3, "seek": 0, "start": 9.0, "end": 12.0, "text": " Plan is rest, fluids and follow up in one week if not better.", "tokens": [], "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.2, "no_speech_prob": 0.01}
                 ]}""")));
        Path out = dir.resolve("dictated");

        CliRun r = cli("generate", wav.toString(), "--speech", "openai-compatible", "--speech-base-url", openAiBase(),
                "--dictation", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("transcript.txt")).lines()).hasSize(4)
                .allMatch(l -> l.startsWith("[clinician] "));
        JsonNode note = new ObjectMapper().readTree(out.resolve("note.json").toFile());
        int statements = 0;
        int evidence = 0;
        for (JsonNode section : note.get("sections")) {
            for (JsonNode st : section.get("statements")) {
                statements++;
                for (JsonNode ev : st.get("evidence")) {
                    evidence++;
                    assertThat(ev.asText()).isIn("u1", "u2", "u3", "u4");
                }
            }
        }
        assertThat(statements).isPositive();
        assertThat(evidence).isGreaterThanOrEqualTo(statements);
    }

    @Test
    void generate_from_audio_writes_nothing_when_the_service_fails() {
        wm.stubFor(post(urlPathEqualTo("/v1/listen")).willReturn(aResponse().withStatus(413)));
        Path out = dir.resolve("note");

        CliRun r = cli("generate", wav.toString(), "--speech", "deepgram", "--speech-base-url", wm.baseUrl(),
                "--out", out.toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: CN-4705");
        assertThat(out).doesNotExist();
    }
}
