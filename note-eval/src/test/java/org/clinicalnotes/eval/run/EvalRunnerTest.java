package org.clinicalnotes.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.eval.aci.AciBenchSplits;
import org.clinicalnotes.eval.concept.ConceptLexicon;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.template.TemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunnerTest {

    @TempDir
    Path tmp;

    @Test
    void generator_route_redacts_before_the_model_and_restores_before_scoring() throws Exception {
        EvalSplit split = AciBenchSplits.load(SyntheticAciBench.write(tmp, "valid"), "valid");
        List<String> seen = new ArrayList<>();
        FakeModel fake = new FakeModel();
        org.clinicalnotes.model.NoteModel recording = new org.clinicalnotes.model.NoteModel() {
            @Override
            public org.clinicalnotes.note.ModelInfo info() {
                return fake.info();
            }

            @Override
            public org.clinicalnotes.model.NoteModel.Draft draft(org.clinicalnotes.transcript.Transcript t,
                                                           org.clinicalnotes.template.NoteTemplate template) {
                t.utterances().forEach(u -> seen.add(u.text()));
                return fake.draft(t, template);
            }
        };
        // stands in for the real de-identifier: "knee" is the "PHI" here
        org.clinicalnotes.deid.Deidentifier swap = new org.clinicalnotes.deid.Deidentifier() {
            @Override
            public org.clinicalnotes.deid.Redaction redact(org.clinicalnotes.transcript.Transcript t) {
                List<org.clinicalnotes.transcript.Utterance> out = new ArrayList<>();
                for (var u : t.utterances()) {
                    out.add(new org.clinicalnotes.transcript.Utterance(u.id(), u.speaker(),
                            u.text().replace("knee", "elbow"), u.start(), u.end()));
                }
                return new org.clinicalnotes.deid.Redaction(new org.clinicalnotes.transcript.Transcript(out, t.source()),
                        text -> text.replace("elbow", "knee"));
            }

            @Override
            public String policyName() {
                return "test-swap";
            }
        };
        org.clinicalnotes.generate.NoteGenerator generator = org.clinicalnotes.generate.NoteGenerator.builder()
                .model(recording).deidentifier(swap).build();

        EvalRun run = EvalRunner.builder().generator(generator).build().run(split);

        assertThat(seen).isNotEmpty().noneMatch(t -> t.contains("knee")).anyMatch(t -> t.contains("elbow"));
        assertThat(run.model().name()).isEqualTo("fake");
        assertThat(run.results().get(0).text()).contains("knee").doesNotContain("elbow");
    }

    @Test
    void rerun_with_cache_only_rescores() throws Exception {
        Path aci = SyntheticAciBench.write(tmp, "valid");
        EvalSplit split = AciBenchSplits.load(aci, "valid");
        FakeModel model = new FakeModel();
        DraftCache cache = DraftCache.open(tmp.resolve("cache"));
        List<int[]> progress = new ArrayList<>();
        EvalRunner runner = EvalRunner.builder().model(model).cache(cache)
                .progress((d, t, c) -> progress.add(new int[] {d, t, c ? 1 : 0})).build();

        EvalRun first = runner.run(split);
        EvalRun second = runner.run(split);

        assertThat(model.calls.get()).isEqualTo(2);
        assertThat(first.cachedCount()).isZero();
        assertThat(second.cachedCount()).isEqualTo(2);
        assertThat(second.results()).extracting(CaseResult::text)
                .containsExactlyElementsOf(first.results().stream().map(CaseResult::text).toList());
        assertThat(progress).extracting(p -> p[0] + "/" + p[1] + ":" + p[2])
                .containsExactly("1/2:0", "2/2:0", "1/2:1", "2/2:1");
        assertThat(second.modelTranscriptsPerSecond()).isNaN();
    }

    @Test
    void routes_sections_to_divisions_and_checks_grounding() throws Exception {
        EvalSplit split = AciBenchSplits.load(SyntheticAciBench.write(tmp, "valid"), "valid");

        EvalRun run = EvalRunner.builder().model(new FakeModel()).build().run(split);

        CaseResult r = run.results().get(0);
        // the fake model puts the i-th utterance (from 0) in section i mod 6: the exam turn (i = 4) lands in
        // results, the x-ray turn (5) in assessment and plan, the seventh turn (6) in the chief complaint again
        assertThat(r.divisionTexts().get("objective_results")).contains("tenderness over the medial knee");
        assertThat(r.divisionTexts().get("assessment_and_plan")).contains("x-ray shows no fracture");
        assertThat(r.divisionTexts().get("objective_exam")).contains("ibuprofen 400 mg");
        assertThat(r.divisionTexts().get("subjective")).startsWith("CHIEF COMPLAINT").contains("knee sprain")
                .doesNotContain("x-ray");
        assertThat(r.text()).contains("PHYSICAL EXAMINATION");
        // verbatim utterances are supported by themselves
        assertThat(run.groundingRate()).isEqualTo(1.0);
        assertThat(r.statements()).isEqualTo(7);
    }

    @Test
    void scores_ours_beside_published_rows_and_computes_transcript_copy_when_unpublished() throws Exception {
        Path aci = SyntheticAciBench.write(tmp, "test1");
        EvalSplit split = AciBenchSplits.load(aci, "test1");
        EvalRun run = EvalRunner.builder().model(OfflineNoteModel.create()).build().run(split);

        EvalScores withPublished = EvalScores.of(run, ConceptLexicon.builtIn(), AciBenchSplits.SHOWN_SYSTEMS, Map.of());
        EvalScores alone = EvalScores.of(run, ConceptLexicon.builtIn(), Map.of(), Map.of());

        assertThat(withPublished.block("ALL")).extracting(SystemScore::system)
                .containsExactly("offline (this SDK)", "transcript copy", "GPT-4");
        assertThat(withPublished.block("ALL").get(1).measured()).isFalse();
        assertThat(withPublished.block("ALL").get(2).rouge1()).isEqualTo(51.76);
        assertThat(withPublished.block("objective_exam")).extracting(SystemScore::rouge1)
                .contains(1.00, 40.00);
        assertThat(withPublished.subBlocks()).containsExactlyElementsOf(EvalSplit.ACI_DIVISIONS);
        SystemScore copy = alone.block("ALL").get(1);
        assertThat(copy.measured()).isTrue();
        assertThat(copy.rouge1()).isBetween(1.0, 99.0);
        assertThat(alone.block("objective_exam").get(1).rouge1()).isZero();
        assertThat(withPublished.oursAll().rouge1()).isGreaterThan(copy.rouge1() / 2);
    }

    @Test
    void section_items_score_only_the_sections_that_take_their_kinds() throws Exception {
        var template = TemplateRegistry.builtIn().get("hp");
        EvalCase c = new EvalCase("0", "exam", "Doctor: Any pain?\nPatient: No.\nDoctor: Lungs are clear.",
                "Lungs clear.", Map.of(), List.of(NoteTemplate.ContentKind.EXAM));
        NoteModel.Draft draft = new FakeModel().draft(
                org.clinicalnotes.transcript.TranscriptReader.defaults().read(c.dialogue(), "x"), template);

        String text = EvalRunner.renderStatements(EvalRunner.sectionsFor(template, c.targetKinds(), draft));

        assertThat(template.sectionFor(NoteTemplate.ContentKind.EXAM).orElseThrow().id()).isEqualTo("physical_examination");
        assertThat(text).isEmpty();
        assertThat(EvalRunner.renderStatements(EvalRunner.sectionsFor(template, List.of(NoteTemplate.ContentKind.CHIEF_COMPLAINT),
                draft))).isEqualTo("Any pain?\n");
    }

    @Test
    void rejects_unknown_split_and_missing_files() throws Exception {
        assertThatThrownBy(() -> AciBenchSplits.load(tmp, "test9"))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("CN-1902");
        assertThatThrownBy(() -> AciBenchSplits.load(tmp, "valid"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("CN-1901")
                .hasMessageContaining("valid.csv");
        Path aci = SyntheticAciBench.write(tmp, "valid");
        Files.delete(aci.resolve("challenge_data_sections/valid_objective_exam.json"));
        assertThatThrownBy(() -> AciBenchSplits.load(aci, "valid"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("valid_objective_exam.json");
    }

    @Test
    void renders_notes_with_upper_case_headings_and_skips_empty_sections() {
        var s1 = new org.clinicalnotes.note.NoteSection("cc", "Chief complaint", null,
                List.of(org.clinicalnotes.note.NoteStatement.of("Knee pain.", List.of("u1"))));
        var s2 = new org.clinicalnotes.note.NoteSection("exam", "Exam", null, List.of());

        assertThat(EvalRunner.renderNote(List.of(s1, s2))).isEqualTo("CHIEF COMPLAINT\n\nKnee pain.\n");
        assertThat(EvalRunner.renderNote(List.of(s2))).isEmpty();
    }
}
