package org.clinicalnotes.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicalnotes.ModelAnswerException;
import org.clinicalnotes.model.NoteModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A 200 answer whose body cannot be parsed is a bad answer: one repair request, no network retries. */
class ModelAnswerTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<LlmCallEvent> events = new CopyOnWriteArrayList<>();

    LlmNoteModel model(LlmProvider provider) {
        return LlmNoteModel.builder().provider(provider).modelName("m").apiKey("k")
                .baseUrl("http://127.0.0.1:" + server.getPort() + (provider == LlmProvider.GEMINI ? "" : "/v1"))
                .sleeper(sleeps::add).addListener(events::add).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>proxy error</html>", "{\"choices\": [", "", "null"})
    void an_unparseable_200_answer_gets_one_repair_request_and_no_retries(String body) {
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));

        ModelAnswerException e = catchThrowableOfType(
                () -> model(LlmProvider.OPENAI).draft(Fixtures.transcript(), Fixtures.soap()),
                ModelAnswerException.class);

        assertThat(e).isNotNull();
        assertThat(e.code()).isIn("CN-3307", "CN-4006");
        assertThat(e.isRetryable()).isFalse();
        assertThat(org.clinicalnotes.ErrorCodes.find(e.code()).orElseThrow().category())
                .isEqualTo(org.clinicalnotes.ErrorCodes.Category.MODEL_ANSWER);
        assertThat(server.findAll(postRequestedFor(anyUrl()))).hasSize(2);
        assertThat(sleeps).isEmpty();
        assertThat(events).extracting(LlmCallEvent::outcome).doesNotContain(LlmCallEvent.Outcome.NETWORK_ERROR);
    }

    @Test
    void a_garbled_body_is_cn_3307_naming_neither_network_nor_body() {
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html>proxy error</html>")));

        ModelAnswerException e = catchThrowableOfType(
                () -> model(LlmProvider.OPENAI).draft(Fixtures.transcript(), Fixtures.soap()),
                ModelAnswerException.class);

        assertThat(e.code()).isEqualTo("CN-3307");
        assertThat(e.getMessage()).doesNotContain("proxy error").doesNotContain("could not reach");
    }

    @Test
    void the_repair_request_can_succeed_after_an_unparseable_answer() {
        server.stubFor(post(anyUrl()).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("<html>oops</html>")).willSetStateTo("repaired"));
        server.stubFor(post(anyUrl()).inScenario("s").whenScenarioStateIs("repaired")
                .willReturn(Fixtures.openAi(Fixtures.validNote(), "stop")));

        NoteModel.Draft d = model(LlmProvider.OPENAI).draft(Fixtures.transcript(), Fixtures.soap());

        assertThat(d.sections()).isNotEmpty();
        assertThat(server.findAll(postRequestedFor(anyUrl()))).hasSize(2);
    }

    @Test
    void test_servers_listen_on_loopback_only() throws Exception {
        assertThat(InetAddress.getByName("127.0.0.1").isLoopbackAddress()).isTrue();
        assertThat(server.getOptions().bindAddress()).isEqualTo("127.0.0.1");
    }
}
