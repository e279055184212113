package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class NoteVoiceTest {

    private static List<NoteStatement> statements(String question, String answer) {
        Transcript t = Transcript.ofTurns("t", List.of(new Turn(Speaker.CLINICIAN, question),
                new Turn(Speaker.PATIENT, answer)));
        NoteModel.Draft d = OfflineNoteModel.create().draft(t, TestTemplates.SOAP);
        return d.sections().stream().flatMap(s -> s.statements().stream()).toList();
    }

    @Test
    void a_negative_contraction_after_an_adverb_keeps_its_form() {
        PersonRewriter he = new PersonRewriter(PersonRewriter.Pronoun.HE);

        assertThat(he.patient("i just wouldn't mind a break")).isEqualTo("he just wouldn't mind a break");
        assertThat(he.clinicianAboutPatient("you really shouldn't skip it")).isEqualTo("he really shouldn't skip it");
    }

    @Test
    void you_after_a_verb_and_before_a_preposition_is_the_object() {
        PersonRewriter she = new PersonRewriter(PersonRewriter.Pronoun.SHE);

        assertThat(she.clinicianAboutPatient("i'll see you in four weeks")).contains("see her in four weeks");
        assertThat(she.clinicianAboutPatient("i'd like you under one thirty")).contains("like her under");
        assertThat(she.clinicianAboutPatient("i'm glad you told me")).contains("she told");
        assertThat(she.clinicianAboutPatient("i see you are tired")).contains("she is tired");
    }

    @Test
    void a_verb_after_a_causative_keeps_its_bare_form() {
        assertThat(ClinicalVoice.agree("The clinician had the patient fill out the PHQ-9 again today."))
                .isEqualTo("The clinician had the patient fill out the PHQ-9 again today.");
        assertThat(ClinicalVoice.agree("Yesterday the patient fill out the form."))
                .isEqualTo("Yesterday the patient fills out the form.");
    }

    @Test
    void how_long_questions_fold_into_a_statement_citing_both_turns() {
        List<NoteStatement> st = statements("How long have you had the cough?", "About three weeks.");

        assertThat(st).extracting(NoteStatement::text).containsExactly("The patient has had the cough for about 3 weeks.");
        assertThat(st.get(0).evidence()).containsExactly("u1", "u2");
    }

    @Test
    void when_did_questions_fold_into_a_statement() {
        assertThat(statements("When did the pain start?", "Last Tuesday."))
                .extracting(NoteStatement::text).containsExactly("The pain started last Tuesday.");
    }

    @Test
    void how_many_questions_keep_their_frequency() {
        assertThat(statements("How many cigarettes do you smoke a day?", "Half a pack."))
                .extracting(NoteStatement::text).containsExactly("The patient smokes half a pack a day.");
    }

    @Test
    void i_had_before_a_participle_is_not_would() {
        PersonRewriter she = new PersonRewriter(PersonRewriter.Pronoun.SHE);

        assertThat(she.patient("i'd worked a double at the restaurant")).isEqualTo("she had worked a double at the restaurant");
        assertThat(she.patient("i'd like a break")).isEqualTo("she would like a break");
    }

    @Test
    void a_quotation_ending_the_statement_keeps_one_stop_and_later_sentences_are_capitalised() {
        assertThat(ClinicalForm.finish("the patient reports \"let's take this offline.\""))
                .isEqualTo("The patient reports \"let's take this offline.\"");
        assertThat(ClinicalForm.finish("coming home from mike's. it is like a mile"))
                .isEqualTo("Coming home from mike's. It is like a mile.");
        assertThat(ClinicalForm.finish("seen by dr. kim last week")).isEqualTo("Seen by dr. kim last week.");
    }

    @Test
    void the_emergency_room_said_as_er_is_not_a_filler() {
        assertThat(TextCleaner.clean("call us or go to the er.")).contains("go to the er");
        assertThat(TextCleaner.clean("it was, er, last week.")).doesNotContain(" er");
    }
}
