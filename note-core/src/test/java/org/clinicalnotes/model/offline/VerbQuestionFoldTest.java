package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class VerbQuestionFoldTest {

    private static List<NoteStatement> statements(String question, String answer) {
        Transcript t = Transcript.ofTurns("t", List.of(new Turn(Speaker.CLINICIAN, question),
                new Turn(Speaker.PATIENT, answer)));
        NoteModel.Draft d = OfflineNoteModel.create().draft(t, TestTemplates.SOAP);
        return d.sections().stream().flatMap(s -> s.statements().stream()).toList();
    }

    @Test
    void a_verb_question_answered_no_becomes_a_negative_statement_citing_both_turns() {
        List<NoteStatement> st = statements("Do you drink alcohol or smoke cigarettes?", "No, I do not.");

        assertThat(st).extracting(NoteStatement::text)
                .containsExactly("The patient does not drink alcohol or smoke cigarettes.");
        assertThat(st.get(0).evidence()).containsExactly("u1", "u2");
    }

    @Test
    void a_restated_history_confirmed_yes_becomes_the_patients_statement() {
        assertThat(statements("And you mentioned that you have a history of migraine?", "Yes, that's correct."))
                .extracting(NoteStatement::text).containsExactly("The patient has a history of migraine.");
    }

    @Test
    void questions_about_opinions_or_wishes_are_not_folded() {
        assertThat(statements("Do you think it's getting better?", "No."))
                .extracting(NoteStatement::text).noneMatch(s -> s.contains("does not think"));
    }
}
