package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionFormTest {

    @Test
    void questions_without_a_mark_are_recognised_by_structure() {
        assertThat(QuestionForm.matches("have you noticed any prior pain with the back.")).isTrue();
        assertThat(QuestionForm.matches("and do you have any swelling in your legs")).isTrue();
        assertThat(QuestionForm.matches("how long have you had the cough.")).isTrue();
        assertThat(QuestionForm.matches("is it worse in the evening.")).isTrue();
    }

    @Test
    void statements_and_instructions_are_not_questions() {
        assertThat(QuestionForm.matches("have her come back in two weeks.")).isFalse();
        assertThat(QuestionForm.matches("do not see any evidence of a fracture.")).isFalse();
        assertThat(QuestionForm.matches("which he has had in the past.")).isFalse();
        assertThat(QuestionForm.matches("what i am seeing here is a fracture.")).isFalse();
        assertThat(QuestionForm.matches("there is no swelling.")).isFalse();
        assertThat(QuestionForm.matches("do you have any allergies?")).isFalse();
    }

    @Test
    void an_unmarked_question_answered_by_the_patient_is_never_a_statement() {
        String transcript = """
                Doctor: have you noticed any fever along with the headache.
                Patient: No, no fever.
                Doctor: Your temperature is normal today.
                """;
        StringBuilder note = new StringBuilder();
        OfflineNoteModel.create().draft(org.clinicalnotes.transcript.TranscriptReader.defaults().read(transcript, "q"),
                        org.clinicalnotes.template.TemplateRegistry.builtIn().get("soap")).sections()
                .forEach(s -> s.statements().forEach(st -> note.append(st.text()).append('\n')));
        assertThat(note.toString()).doesNotContainIgnoringCase("noticed any fever").containsIgnoringCase("denies");
    }

    @Test
    void a_verbless_fragment_answer_is_quoted_with_its_question() {
        assertThat(QuestionForm.isVerblessFragment("all over my torso and arms")).isTrue();
        assertThat(QuestionForm.isVerblessFragment("about two weeks ago")).isTrue();
        assertThat(QuestionForm.isVerblessFragment("all of it hurts")).isFalse();
        assertThat(QuestionForm.isVerblessFragment("maybe i'm not sure")).isFalse();
        assertThat(QuestionForm.isVerblessFragment("the back of my head")).isFalse();
    }
}
