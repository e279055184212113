package org.clinicalnotes.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole pipeline over a WireMock provider: de-identified requests, re-identified note, grounding. */
class LlmPhiAndGroundingTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    NoteGenerator generator() {
        LlmNoteModel model = LlmNoteModel.builder().provider(LlmProvider.OPENAI_COMPATIBLE).modelName("m")
                .baseUrl("http://127.0.0.1:" + server.getPort() + "/v1").build();
        return NoteGenerator.builder().model(model).deidentifier(new TestDeidentifier()).build();
    }

    List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(anyUrl()));
    }

    @Test
    void every_request_carries_surrogates_and_all_clinical_content_but_no_phi() throws Exception {
        server.stubFor(post("/v1/chat/completions").willReturn(Fixtures.openAi(Fixtures.validNote(), "stop")));

        generator().generate(Fixtures.transcript(), NoteRequest.of("soap"));

        assertThat(requests()).isNotEmpty();
        for (LoggedRequest r : requests()) {
            String raw = r.getBodyAsString();
            JsonNode body = Fixtures.JSON.readTree(raw);
            String decoded = body.path("messages").toString() + body.path("messages").findValuesAsText("content");
            for (String phi : Fixtures.PHI) {
                assertThat(raw).doesNotContain(phi);
                assertThat(decoded).doesNotContain(phi);
            }
            for (String clinical : Fixtures.CLINICAL) {
                assertThat(decoded).contains(clinical);
            }
            assertThat(decoded).contains("Alex Doe").contains("01/01/1960").contains("555-000-0000");
        }
    }

    @Test
    void repair_requests_carry_no_phi_either() {
        server.stubFor(post("/v1/chat/completions").willReturn(Fixtures.openAi("not json at all", "stop")));

        assertThatThrownBy(() -> generator().generate(Fixtures.transcript(), NoteRequest.of("soap")))
                .hasMessageContaining("CN-4006");
        assertThat(requests()).hasSize(2);
        for (LoggedRequest r : requests()) {
            for (String phi : Fixtures.PHI) {
                assertThat(r.getBodyAsString()).doesNotContain(phi);
            }
        }
    }

    @Test
    void returned_note_is_re_identified_and_grounded() {
        server.stubFor(post("/v1/chat/completions").willReturn(Fixtures.openAi(Fixtures.validNote(), "stop")));

        ClinicalNote note = generator().generate(Fixtures.transcript(), NoteRequest.of("soap"));

        NoteStatement first = note.sections().get(0).statements().get(0);
        assertThat(first.text()).startsWith("Johnathan Quimby reports heartburn").doesNotContain("Alex Doe");
        assertThat(note.metadata().deidentification()).isEqualTo("test-surrogates");
        assertThat(note.metadata().modelId()).isEqualTo("m/unpinned");
        assertThat(note.sections().get(3).statements().get(0).support()).isEqualTo(NoteStatement.Support.SUPPORTED);
    }

    @Test
    void statement_citing_a_nonexistent_utterance_is_marked_unsupported() {
        server.stubFor(post("/v1/chat/completions").willReturn(Fixtures.openAi(
                Fixtures.note("u99", "Alex Doe reports heartburn after dinner about four nights a week."), "stop")));

        ClinicalNote note = generator().generate(Fixtures.transcript(), NoteRequest.of("soap"));

        NoteStatement cited = note.sections().get(0).statements().get(0);
        assertThat(cited.evidence()).containsExactly("u99");
        assertThat(cited.support()).isEqualTo(NoteStatement.Support.UNSUPPORTED);
        assertThat(note.sections().get(0).statements().get(1).support()).isEqualTo(NoteStatement.Support.SUPPORTED);
        assertThat(note.metadata().warnings()).anyMatch(w -> w.startsWith("grounding: 1 of"));
    }

    @Test
    void cancelling_generate_async_reaches_the_http_call() throws Exception {
        server.stubFor(post("/v1/chat/completions")
                .willReturn(Fixtures.openAi(Fixtures.validNote(), "stop").withFixedDelay(20_000)));
        CountDownLatch ended = new CountDownLatch(1);
        List<LlmCallEvent> events = new CopyOnWriteArrayList<>();
        LlmNoteModel model = LlmNoteModel.builder().provider(LlmProvider.OLLAMA).modelName("m")
                .baseUrl("http://127.0.0.1:" + server.getPort() + "/v1")
                .addListener(events::add).addListener(e -> ended.countDown()).build();
        NoteGenerator generator = NoteGenerator.builder().model(model).deidentifier(new TestDeidentifier()).build();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<ClinicalNote> f = generator.generateAsync(Fixtures.transcript(), NoteRequest.of("soap"), pool);
            for (int i = 0; i < 200 && requests().isEmpty(); i++) {
                Thread.sleep(25);
            }
            assertThat(requests()).hasSize(1);

            f.cancel(true);

            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(events).extracting(LlmCallEvent::outcome).containsExactly(LlmCallEvent.Outcome.CANCELLED);
            assertThat(f).isCancelled();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void generator_refuses_a_remote_model_without_a_deidentifier() {
        LlmNoteModel model = LlmNoteModel.builder().provider(LlmProvider.OLLAMA).modelName("m").build();

        assertThatThrownBy(() -> NoteGenerator.builder().model(model).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not local");
        assertThat(NoteGenerator.builder().model(model).deidentification(NoteGenerator.DeidentificationPolicy.DISABLED).build())
                .isNotNull();
    }
}
