package org.clinicalnotes.speech.deepgram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.speech.AudioTranscriber;
import org.clinicalnotes.speech.SpeechFixtures;
import org.clinicalnotes.speech.TranscribedAudio;
import org.clinicalnotes.speech.Transcription;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeepgramTranscriberTest {

    static final String PATH = "/v1/listen";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    DeepgramTranscriber.Builder client() {
        return DeepgramTranscriber.builder().baseUrl(wm.baseUrl()).apiKey("dg-test")
                .backoff(Duration.ofMillis(1), Duration.ofMillis(5)).maxRetries(2).timeout(Duration.ofSeconds(5));
    }

    @Test
    void sends_raw_audio_with_diarize_and_reads_speaker_utterances() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(SpeechFixtures.text("deepgram-diarized.json"))));

        TranscribedAudio r = AudioTranscriber.builder().transcriber(client().build()).build()
                .transcribe(SpeechFixtures.wav());

        assertThat(r.transcript().utterances()).extracting(Utterance::role).containsExactly(SpeakerRole.CLINICIAN,
                SpeakerRole.PATIENT, SpeakerRole.CLINICIAN, SpeakerRole.PATIENT, SpeakerRole.CLINICIAN);
        Utterance second = r.transcript().utterances().get(1);
        assertThat(second.start()).isEqualTo(Duration.ofMillis(2500));
        assertThat(second.end()).isEqualTo(Duration.ofMillis(6400));
        assertThat(r.speakers().get(0).speaker()).isEqualTo("0");
        wm.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("diarize", equalTo("true"))
                .withQueryParam("utterances", equalTo("true"))
                .withQueryParam("punctuate", equalTo("true"))
                .withQueryParam("model", equalTo("nova-3"))
                .withHeader("Authorization", equalTo("Token dg-test"))
                .withHeader("Content-Type", equalTo("audio/wav")));
    }

    @Test
    void sends_the_mime_type_detected_from_content() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(SpeechFixtures.text("deepgram-diarized.json"))));

        client().build().transcribe(org.clinicalnotes.speech.AudioInput.of(SpeechFixtures.bytes("cough.m4a"),
                "visit.wav"));

        wm.verify(postRequestedFor(urlPathEqualTo(PATH)).withHeader("Content-Type", equalTo("audio/mp4")));
    }

    @Test
    void without_utterances_the_channel_transcript_is_one_segment() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"metadata\": {\"duration\": 2.0, \"channels\": 1},"
                + " \"results\": {\"channels\": [{\"alternatives\": [{\"transcript\": \"I have a cough.\","
                + " \"confidence\": 0.99, \"words\": []}]}]}}")));

        Transcription t = client().build().transcribe(SpeechFixtures.wav());

        assertThat(t.segments()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("I have a cough.");
            assertThat(s.speaker()).isEmpty();
        });
    }

    @Test
    void retries_429_then_succeeds() {
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody("{\"err_code\": "
                        + "\"TOO_MANY_REQUESTS\", \"err_msg\": \"Too many requests.\", \"request_id\": \"r1\"}"))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("rate").whenScenarioStateIs("ok")
                .willReturn(okJson(SpeechFixtures.text("deepgram-diarized.json"))));

        assertThat(client().build().transcribe(SpeechFixtures.wav()).segments()).hasSize(5);
        wm.verify(2, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void server_errors_after_retries_exit_4() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.code()).isEqualTo("CN-4704");
                    assertThat(org.clinicalnotes.ErrorCodes.find(e.code()).orElseThrow().category())
                .isEqualTo(org.clinicalnotes.ErrorCodes.Category.MODEL_CALL);
                });
        wm.verify(3, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void too_large_is_typed() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(413).withBody("{\"err_code\": "
                + "\"PAYLOAD_TOO_LARGE\", \"err_msg\": \"Payload too large.\", \"request_id\": \"r2\"}")));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> assertThat(e.code()).isEqualTo("CN-4705"));
        wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void unauthorised_names_deepgram_key_variable() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody("{\"err_code\": "
                + "\"INVALID_AUTH\", \"err_msg\": \"Invalid credentials.\", \"request_id\": \"r3\"}")));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> assertThat(e.getMessage())
                        .startsWith("CN-4702").contains("DEEPGRAM_API_KEY"));
    }

    @Test
    void timeout_is_reported_after_retries() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{}").withFixedDelay(1500)));

        assertThatThrownBy(() -> client().maxRetries(0).timeout(Duration.ofMillis(200)).build()
                .transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> assertThat(e.code()).isEqualTo("CN-4707"));
        wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }
}
