package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class PatientPronounTest {

    private static PersonRewriter.Pronoun infer(Transcript t, boolean dictation) {
        List<Utterance> us = t.utterances();
        String[] norm = new String[us.size()];
        for (int i = 0; i < norm.length; i++) {
            norm[i] = Detokeniser.normalise(us.get(i).text());
        }
        return PatientPronoun.infer(us, norm, dictation);
    }

    @Test
    void a_she_the_clinician_says_to_the_patient_is_someone_else() {
        // the therapist speaks to Marcus about his manager: "she" is Alicia, never the patient
        Transcript t = Transcript.ofTurns("t", List.of(
                new Turn(Speaker.CLINICIAN, "What did you think when she said that in the meeting?"),
                new Turn(Speaker.PATIENT, "That she thinks I'm incompetent. My wife says I overthink it."),
                new Turn(Speaker.CLINICIAN, "So she cut you off. Did she cut Raj off too? She seems to do that.")));

        assertThat(infer(t, false)).isEqualTo(PersonRewriter.Pronoun.NEUTRAL);
    }

    @Test
    void the_clinician_describing_the_patient_sets_the_pronoun() {
        Transcript t = Transcript.ofTurns("t", List.of(
                new Turn(Speaker.CLINICIAN, "Hi Brian. Okay, Brian is a 58-year-old who presents with fatigue, his energy is low."),
                new Turn(Speaker.PATIENT, "I'm just tired all the time."),
                new Turn(Speaker.CLINICIAN, "How is your sister? Is she still in Ohio?")));

        assertThat(infer(t, false)).isEqualTo(PersonRewriter.Pronoun.HE);
    }

    @Test
    void a_title_counts_and_an_acronym_in_capitals_does_not() {
        Transcript title = Transcript.ofTurns("t", List.of(
                new Turn(Speaker.CLINICIAN, "Is this Mrs. Gupta?"),
                new Turn(Speaker.PATIENT, "Yes.")));
        Transcript acronym = Transcript.ofTurns("t", List.of(
                new Turn(Speaker.CLINICIAN, "Let's write a DEAR MAN script for your roommate."),
                new Turn(Speaker.PATIENT, "Okay.")));

        assertThat(infer(title, false)).isEqualTo(PersonRewriter.Pronoun.SHE);
        assertThat(infer(acronym, false)).isEqualTo(PersonRewriter.Pronoun.NEUTRAL);
    }

    @Test
    void in_a_dictation_every_pronoun_is_the_patient() {
        Transcript t = Transcript.ofTurns("t", List.of(
                new Turn(Speaker.CLINICIAN, "Subjective. She reports two weeks of cough. Her sleep is poor.")));

        assertThat(infer(t, true)).isEqualTo(PersonRewriter.Pronoun.SHE);
    }

    @Test
    void the_note_says_the_patient_when_only_others_are_gendered() {
        Transcript t = Transcript.ofTurns("t", List.of(
                new Turn(Speaker.CLINICIAN, "How have things been with your husband? Did he come home late again?"),
                new Turn(Speaker.PATIENT, "I have been sleeping badly for three weeks because of the fights.")));
        NoteModel.Draft d = OfflineNoteModel.create().draft(t, TestTemplates.SOAP);
        String all = String.join("\n", d.sections().stream().flatMap(s -> s.statements().stream())
                .map(NoteStatement::text).toList());

        assertThat(all).contains("The patient").doesNotContainPattern("\\b(She|He|she|he)\\b");
    }
}
