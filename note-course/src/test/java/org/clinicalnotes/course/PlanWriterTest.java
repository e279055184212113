package org.clinicalnotes.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.deid.Deidentifier;
import org.clinicalnotes.deid.Redaction;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

/** The plan's LLM wording: de-identified out, re-identified and checked back. */
class PlanWriterTest {

    private static final Course COURSE = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build()
            .analyze(ClientHistory.load(Path.of("../examples/samples/course-client")));

    /** TEST ONLY: "Sam" becomes "Alex" and "brother" becomes "sibling"; the vault reverses it. */
    static final class Swap implements Deidentifier {
        @Override
        public Redaction redact(Transcript t) {
            List<Utterance> out = new ArrayList<>();
            for (Utterance u : t.utterances()) {
                out.add(new Utterance(u.id(), u.speaker(), u.text().replace("Sam", "Alex").replace("brother", "sibling"),
                        null, null));
            }
            return new Redaction(new Transcript(out, t.source()), s -> s.replace("Alex", "Sam").replace("sibling", "brother"));
        }

        @Override
        public String policyName() {
            return "swap";
        }
    }

    /** A remote-looking model that answers every section with the given text and evidence, and keeps what it saw. */
    static final class Fake implements NoteModel {
        final List<String> seen = new ArrayList<>();
        final String goal;
        final String intervention;
        final String evidence;

        Fake(String goal, String intervention, String evidence) {
            this.goal = goal;
            this.intervention = intervention;
            this.evidence = evidence;
        }

        @Override
        public ModelInfo info() {
            return new ModelInfo("fake", "1", "test", false);
        }

        @Override
        public NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
            transcript.utterances().forEach(u -> seen.add(u.id() + " " + u.text()));
            template.sections().forEach(s -> seen.add(s.guidance()));
            List<NoteSection> out = new ArrayList<>();
            for (NoteTemplate.SectionSpec s : template.sections()) {
                String text = s.id().startsWith("goal") ? goal : intervention;
                out.add(new NoteSection(s.id(), s.title(), null, List.of(NoteStatement.of(text, List.of(evidence)))));
            }
            return new NoteModel.Draft(out);
        }
    }

    @Test
    void offline_is_the_default() {
        PlanWriter.Drafted d = PlanWriter.builder().build().draft(COURSE);

        assertThat(d.model()).isEqualTo(PlanWriter.LOCAL_MODEL);
        assertThat(d.plan()).isEqualTo(PlanDraft.of(COURSE));
    }

    @Test
    void a_remote_model_needs_a_de_identifier() {
        assertThatThrownBy(() -> PlanWriter.builder().model(new Fake("", "", "u1")).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wording_is_redacted_out_restored_back_and_cites_the_original_utterances() {
        PlanDraft local = PlanDraft.of(COURSE);
        String target = Brief.fmt(local.goals().get(local.goals().size() - 1).below());
        Fake model = new Fake("PHQ-9 and C-SSRS below " + target + " within 8 weeks, as Alex agreed.",
                "Call the sibling with Alex before session 6.", "u1");

        PlanWriter.Drafted d = PlanWriter.builder().model(model).deidentifier(new Swap()).build().draft(COURSE);

        assertThat(String.join("\n", model.seen)).doesNotContain("Sam").doesNotContain("brother")
                .doesNotContain("2026-").contains("Alex");
        assertThat(d.model()).isEqualTo("test:fake/1");
        assertThat(d.reworded()).isPositive();
        assertThat(d.plan().interventions()).anySatisfy(i -> assertThat(i.text())
                .isEqualTo("Call the brother with Sam before session 06-2026-04-06."));
        for (PlanDraft.Intervention i : d.plan().interventions()) {
            assertThat(i.evidence()).isNotEmpty();
        }
        assertThat(d.plan().goals()).hasSameSizeAs(local.goals());
    }

    @Test
    void answers_citing_unknown_utterances_are_refused_and_the_local_wording_kept() {
        PlanWriter.Drafted d = PlanWriter.builder().model(new Fake("Something.", "Something else.", "u9999"))
                .deidentifier(new Swap()).build().draft(COURSE);

        assertThat(d.reworded()).isZero();
        assertThat(d.rejected()).isPositive();
        assertThat(d.plan()).isEqualTo(PlanDraft.of(COURSE));
        assertThat(d.model()).isEqualTo(PlanWriter.LOCAL_MODEL);
    }
}
