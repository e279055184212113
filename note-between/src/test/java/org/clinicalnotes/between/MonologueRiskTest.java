package org.clinicalnotes.between;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;

/** A journal is a monologue: the screen reads the client's own words with no clinician and no question. */
class MonologueRiskTest {

    private final MonologueRisk risk = new MonologueRisk(RiskScreen.lexical());

    private List<JournalRisk> urgent(String text) {
        return risk.read(text).stream().filter(JournalRisk::urgent).toList();
    }

    @Test
    void first_person_ideation_is_urgent_with_its_own_sentence() {
        List<JournalRisk> r = urgent("Work was long. I keep thinking about ending it all. Made tea after.");
        assertThat(r).singleElement().satisfies(j -> {
            assertThat(j.kind()).isEqualTo(RiskFlag.Kind.SUICIDAL_IDEATION);
            assertThat(j.sentence()).isEqualTo("I keep thinking about ending it all.");
        });
    }

    @Test
    void passive_wish_in_asr_style_without_punctuation_is_urgent() {
        assertThat(urgent("honestly i dont see the point anymore i just want to go to sleep and not wake up"))
                .extracting(JournalRisk::kind).containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION);
    }

    @Test
    void self_harm_last_night_is_urgent() {
        assertThat(urgent("cut myself again last night")).extracting(JournalRisk::kind)
                .containsExactly(RiskFlag.Kind.SELF_HARM);
    }

    @Test
    void the_clients_own_denial_is_not_urgent() {
        assertThat(urgent("I'm not suicidal, just exhausted.")).isEmpty();
    }

    @Test
    void someone_else_as_experiencer_is_not_urgent() {
        assertThat(urgent("My cousin tried to kill himself last year and I keep thinking about him.")).isEmpty();
    }

    @Test
    void media_is_not_urgent() {
        assertThat(urgent("Watched a documentary about suicide tonight.")).isEmpty();
    }

    @Test
    void a_bare_no_answers_no_question_in_a_monologue() {
        // In a dialogue "No." after a screening question is a denial; in a journal there is no question, so the
        // disclosure that follows stands.
        assertThat(urgent("No. I want to kill myself.")).extracting(JournalRisk::kind)
                .containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION);
    }

    @Test
    void a_reported_clinician_question_is_not_read_as_a_question() {
        // The client reports a question; with no clinician speaker the dialogue rules cannot turn "no" into a denial
        // of a later sentence, and the reported question itself raises nothing.
        assertThat(urgent("My therapist asked if I ever want to hurt myself. No. Today was fine.")).isEmpty();
    }

    @Test
    void sentences_keep_their_words() {
        assertThat(MonologueRisk.sentences("One. Two?\nThree! four")).containsExactly("One.", "Two?", "Three!", "four");
    }

    @Test
    void a_described_warning_sign_is_read_when_the_screen_reads_nothing() {
        assertThat(urgent("Honestly my family would be relieved if I was gone.")).singleElement().satisfies(j -> {
            assertThat(j.kind()).isEqualTo(RiskFlag.Kind.SUICIDAL_IDEATION);
            assertThat(j.description()).contains("warning sign").contains("burden");
        });
        assertThat(urgent("ive been saving my sleeping pills in a sock drawer")).extracting(JournalRisk::kind)
                .containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(urgent("Gave my guitar to Tomas. Said my goodbyes at dinner, they didn't notice."))
                .extracting(JournalRisk::kind).containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION);
    }

    @Test
    void a_warning_sign_told_as_history_or_negated_is_not_read() {
        assertThat(urgent("I used to think they'd be better off without me. Not anymore.")).isEmpty();
        assertThat(urgent("Had the urge but I did not cut myself today.")).isEmpty();
    }
}
