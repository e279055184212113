package org.clinicalnotes.speech.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.speech.AudioTranscriber;
import org.clinicalnotes.speech.SpeakerAssignment;
import org.clinicalnotes.speech.SpeechFixtures;
import org.clinicalnotes.speech.SpeechSegment;
import org.clinicalnotes.speech.TranscribedAudio;
import org.clinicalnotes.speech.Transcription;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiTranscriberTest {

    static final String PATH = "/v1/audio/transcriptions";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    OpenAiTranscriber.Builder client() {
        return OpenAiTranscriber.builder().baseUrl(wm.baseUrl() + "/v1").apiKey("sk-test")
                .backoff(Duration.ofMillis(1), Duration.ofMillis(5)).maxRetries(2).timeout(Duration.ofSeconds(5));
    }

    @Test
    void sends_multipart_verbose_json_and_reads_segment_times() {
        wm.stubFor(post(PATH).willReturn(okJson(SpeechFixtures.text("openai-verbose.json"))));

        Transcription t = client().build().transcribe(SpeechFixtures.wav());

        assertThat(t.segments()).hasSize(3);
        assertThat(t.segments().get(0).text()).isEqualTo("Patient reports a dry cough for two weeks.");
        assertThat(t.segments().get(2).start()).isEqualTo(Duration.ofMillis(4600));
        assertThat(t.segments().get(2).end()).isEqualTo(Duration.ofMillis(9840));
        assertThat(t.diarized()).isFalse();
        wm.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBodyPart(aMultipart("model").withBody(equalTo("whisper-1")).build())
                .withRequestBodyPart(aMultipart("response_format").withBody(equalTo("verbose_json")).build())
                .withRequestBodyPart(aMultipart("timestamp_granularities[]").withBody(equalTo("segment")).build())
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Type", equalTo("audio/wav")).build()));
    }

    @Test
    void diarized_output_of_three_speakers_is_labelled_by_role() {
        wm.stubFor(post(PATH).willReturn(okJson(SpeechFixtures.text("openai-diarized.json"))));
        OpenAiTranscriber diarize = client().model("gpt-4o-transcribe-diarize").build();

        TranscribedAudio r = AudioTranscriber.builder().transcriber(diarize).build().transcribe(SpeechFixtures.wav());

        assertThat(diarize.responseFormat()).isEqualTo("diarized_json");
        assertThat(r.transcript().utterances()).extracting(Utterance::role).containsExactly(
                SpeakerRole.CLINICIAN, SpeakerRole.OTHER, SpeakerRole.PATIENT, SpeakerRole.CLINICIAN,
                SpeakerRole.OTHER, SpeakerRole.PATIENT, SpeakerRole.CLINICIAN);
        assertThat(r.speakers()).extracting(SpeakerAssignment::speaker, SpeakerAssignment::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "clinician"),
                        org.assertj.core.groups.Tuple.tuple("B", "speaker_B"),
                        org.assertj.core.groups.Tuple.tuple("C", "patient"));
        assertThat(r.model()).isEqualTo("openai:gpt-4o-transcribe-diarize");
        wm.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBodyPart(aMultipart("response_format").withBody(equalTo("diarized_json")).build())
                .withRequestBodyPart(aMultipart("chunking_strategy").withBody(equalTo("auto")).build()));
    }

    @Test
    void text_only_json_becomes_one_untimed_segment() {
        wm.stubFor(post(PATH).willReturn(okJson("{\"text\": \"No fever today.\", \"usage\": {\"type\": \"tokens\","
                + " \"input_tokens\": 14, \"output_tokens\": 5, \"total_tokens\": 19}}")));

        Transcription t = client().model("gpt-4o-transcribe").build().transcribe(SpeechFixtures.wav());

        assertThat(t.segments()).containsExactly(new SpeechSegment("", "No fever today.", null, null));
    }

    @Test
    void too_large_is_a_typed_error_without_retry() {
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(413).withBody("{\"error\": {\"message\": "
                + "\"Maximum content size limit (26214400) exceeded\", \"type\": \"server_error\"}}")));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.code()).isEqualTo("CN-4705");
                    assertThat(e.statusCode()).isEqualTo(413);
                    assertThat(e.isRetryable()).isFalse();
                });
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retries_429_honouring_retry_after_then_succeeds() {
        wm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withBody("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs("ok")
                .willReturn(okJson(SpeechFixtures.text("openai-verbose.json"))));

        Transcription t = client().build().transcribe(SpeechFixtures.wav());

        assertThat(t.segments()).hasSize(3);
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void server_errors_are_retried_then_reported() {
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}")));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.code()).isEqualTo("CN-4704");
                    assertThat(org.clinicalnotes.ErrorCodes.find(e.code()).orElseThrow().category())
                .isEqualTo(org.clinicalnotes.ErrorCodes.Category.MODEL_CALL);
                    assertThat(e.getMessage()).contains("HTTP 500").contains("3 attempt(s)");
                });
        wm.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void timeouts_are_retried_then_reported() {
        wm.stubFor(post(PATH).willReturn(okJson(SpeechFixtures.text("openai-verbose.json"))
                .withFixedDelay(1500)));

        assertThatThrownBy(() -> client().maxRetries(1).timeout(Duration.ofMillis(200)).build()
                .transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.code()).isEqualTo("CN-4707");
                    assertThat(e.isRetryable()).isTrue();
                });
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void unauthorised_names_the_key_variable_and_is_not_retried() {
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(401).withBody("{\"error\": {\"message\": "
                + "\"Incorrect API key provided\", \"type\": \"invalid_request_error\", \"code\": \"invalid_api_key\"}}")));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.code()).isEqualTo("CN-4702");
                    assertThat(e.getMessage()).contains("OPENAI_API_KEY").doesNotContain("sk-test");
                });
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void other_client_errors_carry_the_provider_message_and_are_not_retried() {
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(400).withBody("{\"error\": {\"message\": "
                + "\"Invalid file format.\", \"type\": \"invalid_request_error\"}}")));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> assertThat(e.getMessage())
                        .startsWith("CN-4706").contains("Invalid file format."));
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a_non_json_success_is_malformed() {
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("<html>proxy</html>")));

        assertThatThrownBy(() -> client().build().transcribe(SpeechFixtures.wav()))
                .isInstanceOfSatisfying(ModelCallException.class, e -> assertThat(e.code()).isEqualTo("CN-4708"));
    }

    @Test
    void hosted_openai_without_a_key_is_a_configuration_error() {
        assertThatThrownBy(() -> OpenAiTranscriber.builder().build())
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("CN-4709");
                    assertThat(e.getMessage()).contains("OPENAI_API_KEY");
                });
    }
}
