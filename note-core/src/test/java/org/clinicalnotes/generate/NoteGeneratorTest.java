package org.clinicalnotes.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.deid.Deidentifier;
import org.clinicalnotes.deid.Redaction;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class NoteGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    static Transcript transcript() {
        return Transcript.ofTurns("visit.txt", List.of(
                new Transcript.Turn(Speaker.CLINICIAN, "Hi, good to see you. What brings you in today?"),
                new Transcript.Turn(Speaker.PATIENT, "I keep waking up at night with heartburn, about four nights a week."),
                new Transcript.Turn(Speaker.CLINICIAN, "Any chest pain or trouble swallowing?"),
                new Transcript.Turn(Speaker.PATIENT, "No chest pain. No trouble swallowing."),
                new Transcript.Turn(Speaker.CLINICIAN, "On exam your abdomen is soft and nontender."),
                new Transcript.Turn(Speaker.CLINICIAN, "I think this is gastroesophageal reflux disease."),
                new Transcript.Turn(Speaker.CLINICIAN,
                        "I want you to start omeprazole 20 milligrams once a day and keep a food diary."),
                new Transcript.Turn(Speaker.CLINICIAN, "Let's follow up in four weeks.")));
    }

    /** A model that cites one utterance per section, plus one statement citing a missing id. */
    static final class FakeModel implements NoteModel {
        final boolean local;
        volatile Transcript seen;

        FakeModel(boolean local) {
            this.local = local;
        }

        @Override
        public ModelInfo info() {
            return new ModelInfo("fake", "1", "test", local);
        }

        @Override
        public NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
            seen = transcript;
            return new NoteModel.Draft(List.of(
                    new NoteSection("plan", "Plan", null, List.of(
                            NoteStatement.of("Start omeprazole 20 milligrams once a day.", List.of("u7")))),
                    new NoteSection("subjective", "Subjective", null, List.of(
                            NoteStatement.of("Patient reports waking at night with heartburn.", List.of("u2")),
                            NoteStatement.of("Patient reports vomiting blood.", List.of("u99"))))));
        }
    }

    @Test
    void aligns_sections_to_the_template_and_marks_unsupported_statements() {
        NoteGenerator g = NoteGenerator.builder().model(new FakeModel(true)).clock(CLOCK).build();
        ClinicalNote note = g.generate(transcript(), NoteRequest.builder().template("soap").noteId("n1").build());
        assertThat(note.sections()).extracting(NoteSection::id)
                .containsExactly("subjective", "objective", "assessment", "plan", "risk");
        assertThat(note.section("subjective")).get().extracting(NoteSection::loincCode).isEqualTo("61150-9");
        assertThat(note.section("subjective").orElseThrow().statements()).extracting(NoteStatement::support)
                .containsExactly(NoteStatement.Support.SUPPORTED, NoteStatement.Support.UNSUPPORTED);
        assertThat(note.status()).isEqualTo(NoteMetadata.Status.PRELIMINARY);
        assertThat(note.metadata().created()).isEqualTo(CLOCK.instant());
        assertThat(note.metadata().modelId()).isEqualTo("fake/1");
        assertThat(note.metadata().deidentification()).isEqualTo("not-needed-local-model");
        assertThat(note.metadata().warnings())
                .anySatisfy(w -> assertThat(w).startsWith("grounding: 1 of 3"))
                .anySatisfy(w -> assertThat(w).contains("'assessment'"));
        assertThat(note.id()).isEqualTo("n1");
    }

    @Test
    void remote_model_without_deidentifier_is_refused_at_build_time() {
        assertThatThrownBy(() -> NoteGenerator.builder().model(new FakeModel(false)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Deidentifier");
    }

    @Test
    void remote_model_sees_the_redacted_transcript_and_the_note_is_reidentified() {
        FakeModel model = new FakeModel(false);
        Deidentifier deid = new Deidentifier() {
            @Override
            public Redaction redact(Transcript t) {
                List<Utterance> us = new ArrayList<>();
                for (Utterance u : t.utterances()) {
                    us.add(new Utterance(u.id(), u.speaker(), u.text().replace("heartburn", "SURROGATE"), null, null));
                }
                return new Redaction(new Transcript(us, t.source()), text -> text.replace("SURROGATE", "heartburn"));
            }

            @Override
            public String policyName() {
                return "test-surrogates";
            }
        };
        NoteGenerator g = NoteGenerator.builder().model(model).deidentifier(deid).build();
        ClinicalNote note = g.generate(transcript(), NoteRequest.of("soap"));
        assertThat(model.seen.utterance("u2").orElseThrow().text()).doesNotContain("heartburn");
        assertThat(note.metadata().deidentification()).isEqualTo("test-surrogates");
    }

    @Test
    void disabling_deidentification_for_a_remote_model_is_recorded() {
        FakeModel model = new FakeModel(false);
        NoteGenerator g = NoteGenerator.builder().model(model).deidentification(NoteGenerator.DeidentificationPolicy.DISABLED).build();
        ClinicalNote note = g.generate(transcript(), NoteRequest.of("soap"));
        assertThat(model.seen.utterance("u2").orElseThrow().text()).contains("heartburn");
        assertThat(note.metadata().deidentification()).isEqualTo("disabled-by-user");
    }

    @Test
    void unknown_template_is_a_configuration_error() {
        NoteGenerator g = NoteGenerator.builder().model(new FakeModel(true)).build();
        assertThatThrownBy(() -> g.generate(transcript(), NoteRequest.of("nope")))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void sixteen_threads_get_the_same_notes_as_one_thread() throws Exception {
        NoteGenerator g = NoteGenerator.builder().clock(CLOCK).build();
        List<String> templates = List.of("soap", "dap", "birp", "intake");
        List<ClinicalNote> expected = new ArrayList<>();
        for (String t : templates) {
            expected.add(g.generate(transcript(), NoteRequest.builder().template(t).noteId("n-" + t).build()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<ClinicalNote>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String t = templates.get(i % templates.size());
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return g.generate(transcript(), NoteRequest.builder().template(t).noteId("n-" + t).build());
                }, pool));
            }
            start.countDown();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % templates.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void generate_async_completes_on_the_given_executor() throws Exception {
        NoteGenerator g = NoteGenerator.builder().clock(CLOCK).build();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "notes-worker"));
        try {
            String[] thread = new String[1];
            ClinicalNote note = g.generateAsync(transcript(), NoteRequest.of("soap"), pool)
                    .whenComplete((n, e) -> thread[0] = Thread.currentThread().getName()).get();
            assertThat(note.statements()).isNotEmpty();
            assertThat(note.statements()).allSatisfy(st -> assertThat(st.evidence()).isNotEmpty());
        } finally {
            pool.shutdownNow();
        }
    }
}
