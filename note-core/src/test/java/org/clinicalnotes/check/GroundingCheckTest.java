package org.clinicalnotes.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    private final Transcript transcript = Transcript.ofTurns("t.txt", List.of(
            new Transcript.Turn(Speaker.CLINICIAN, "What brings you in today?"),
            new Transcript.Turn(Speaker.PATIENT, "I keep waking up at night with heartburn."),
            new Transcript.Turn(Speaker.CLINICIAN, "Let's start omeprazole 20 milligrams once a day.")));
    private final GroundingCheck check = GroundingCheck.create();

    @Test
    void rewritten_statement_with_matching_evidence_is_supported() {
        NoteStatement st = NoteStatement.of("Patient reports waking at night with heartburn.", List.of("u2"));
        assertThat(check.isSupported(st, transcript)).isTrue();
    }

    @Test
    void statement_citing_a_missing_utterance_is_unsupported() {
        NoteStatement st = NoteStatement.of("Patient reports heartburn.", List.of("u2", "u9"));
        assertThat(check.isSupported(st, transcript)).isFalse();
    }

    @Test
    void statement_without_evidence_is_unsupported() {
        assertThat(check.isSupported(NoteStatement.of("Patient reports heartburn.", List.of()), transcript)).isFalse();
    }

    @Test
    void statement_whose_content_is_not_in_the_evidence_is_unsupported() {
        NoteStatement st = NoteStatement.of("Patient reports crushing chest pain radiating to the jaw.", List.of("u2"));
        assertThat(check.isSupported(st, transcript)).isFalse();
    }

    @Test
    void a_number_not_in_the_evidence_makes_a_statement_unsupported() {
        NoteStatement st = NoteStatement.of("Start omeprazole 40 milligrams once a day.", List.of("u3"));
        assertThat(check.isSupported(st, transcript)).isFalse();
        assertThat(check.isSupported(NoteStatement.of("Start omeprazole 20 milligrams once a day.", List.of("u3")),
                transcript)).isTrue();
    }

    @Test
    void spoken_numbers_support_digits_and_the_other_way_round() {
        Transcript t = Transcript.ofTurns("t.txt", List.of(
                new Transcript.Turn(Speaker.PATIENT, "i take twenty five milligrams two times a day"),
                new Transcript.Turn(Speaker.CLINICIAN, "Your PHQ-9 is 14 today.")));
        assertThat(check.isSupported(NoteStatement.of("Takes 25 milligrams 2 times a day.", List.of("u1")), t)).isTrue();
        assertThat(check.isSupported(NoteStatement.of("Takes 20 milligrams 2 times a day.", List.of("u1")), t)).isFalse();
        assertThat(check.isSupported(NoteStatement.of("PHQ-9 is fourteen.", List.of("u2")), t)).isTrue();
    }

    @Test
    void check_marks_statements_and_warns_without_dropping_any() {
        List<NoteSection> sections = List.of(new NoteSection("subjective", "Subjective", null, List.of(
                NoteStatement.of("Patient reports heartburn at night.", List.of("u2")),
                NoteStatement.of("Patient reports fever.", List.of("u2")),
                new NoteStatement("Discussed diet.", List.of(), NoteStatement.Support.CLINICIAN_AUTHORED, null))));
        NoteCheck.Result r = check.check(sections,
                new NoteCheck.Context(transcript, TemplateRegistry.builtIn().get("soap"), false));
        assertThat(r.sections().get(0).statements()).extracting(NoteStatement::support)
                .containsExactly(NoteStatement.Support.SUPPORTED, NoteStatement.Support.UNSUPPORTED, NoteStatement.Support.CLINICIAN_AUTHORED);
        assertThat(r.warnings()).singleElement().asString().contains("1 of 2");
    }

    @Test
    void completeness_warns_about_empty_required_sections_only() {
        List<NoteSection> sections = List.of(
                new NoteSection("subjective", "Subjective", null,
                        List.of(NoteStatement.of("Patient reports heartburn.", List.of("u2")))),
                new NoteSection("objective", "Objective", null, List.of()),
                new NoteSection("assessment", "Assessment", null, List.of()),
                new NoteSection("plan", "Plan", null, List.of()));
        NoteCheck.Result r = CompletenessCheck.create().check(sections,
                new NoteCheck.Context(transcript, TemplateRegistry.builtIn().get("soap"), false));
        assertThat(r.warnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("'assessment'"))
                .anySatisfy(w -> assertThat(w).contains("'plan'"));
    }
}
