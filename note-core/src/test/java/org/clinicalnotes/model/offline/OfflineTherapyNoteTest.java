package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

/** Therapy-session notes from the offline model, on synthetic, ordinarily cased transcripts. */
class OfflineTherapyNoteTest {

    private final OfflineNoteModel model = OfflineNoteModel.builder().therapyMode(true).build();

    private static Transcript transcript(String... lines) {
        List<Turn> turns = new ArrayList<>();
        for (String line : lines) {
            Speaker speaker = line.startsWith("T:") ? Speaker.CLINICIAN : Speaker.PATIENT;
            turns.add(new Turn(speaker, line.substring(2).strip()));
        }
        return Transcript.ofTurns("therapy", turns);
    }

    private static NoteSection section(NoteModel.Draft draft, String id) {
        return draft.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(NoteSection section) {
        return section.statements().stream().map(NoteStatement::text).collect(Collectors.joining("\n"));
    }

    private static String all(NoteModel.Draft draft) {
        return draft.sections().stream().map(OfflineTherapyNoteTest::text).collect(Collectors.joining("\n"));
    }

    @Test
    void keeps_the_speakers_casing_of_names_acronyms_and_weekdays() {
        Transcript t = transcript(
                "T: Given your GAD-7 result, I'd like to refer you to Dr. Okafor for a medication review.",
                "T: Could we meet again on Thursday afternoon to go over the worry log?");

        String note = all(model.draft(t, TestTemplates.SOAP));

        assertThat(note).contains("GAD-7", "Dr. Okafor").doesNotContain("gad-7", "okafor");
    }

    @Test
    void capitalises_only_sentence_starts_when_the_transcript_is_lower_case() {
        Transcript t = transcript(
                "T: i think the panic and the avoidance are feeding each other .");

        String assessment = text(section(model.draft(t, TestTemplates.SOAP), "assessment"));

        // one clinician speaking reads as a dictation: the sentence is kept, its "I think" becomes a hedge
        assertThat(assessment).isEqualTo("The panic and the avoidance are likely feeding each other.");
    }

    @Test
    void places_the_therapists_impressions_in_the_assessment() {
        Transcript t = transcript(
                "T: I think the poor sleep and the worry are feeding each other.",
                "T: Your anxiety seems to have worsened since the move, though you've kept up with your classes.");

        NoteModel.Draft draft = model.draft(t, TestTemplates.SOAP);

        assertThat(text(section(draft, "assessment")))
                .contains("The poor sleep and the worry are feeding each other.")
                .contains("anxiety seems to have worsened since the move");
        assertThat(text(section(draft, "plan"))).isEmpty();
    }

    @Test
    void places_a_stated_score_in_the_results() {
        Transcript t = transcript(
                "T: You completed the GAD-7 before the session, and your score came out at 12 this time.");

        NoteModel.Draft draft = model.draft(t, TestTemplates.SOAP);

        assertThat(text(section(draft, "objective"))).contains("GAD-7").contains("12");
    }

    @Test
    void turns_id_like_you_to_and_referrals_into_instructions() {
        Transcript t = transcript(
                "T: I'd also like you to write down three things that went well each evening.",
                "T: I'd like to refer you to Dr. Okafor for a medication review.");

        String plan = text(section(model.draft(t, TestTemplates.SOAP), "plan"));

        assertThat(plan).contains("Write down 3 things that went well each evening.")
                .contains("Refer to Dr. Okafor for a medication review.")
                .doesNotContain("I'd", "like the patient");
    }

    @Test
    void folds_a_fragment_answer_into_the_question_it_answers() {
        Transcript t = transcript(
                "T: How many mornings a week is this happening?",
                "P: Probably four mornings out of seven.",
                "T: And how has your appetite been?",
                "P: Pretty low most days.");

        NoteModel.Draft draft = model.draft(t, TestTemplates.SOAP);
        String subjective = text(section(draft, "subjective"));

        assertThat(subjective).contains("The patient reports this is happening about 4 mornings out of 7.")
                .contains("The patient's appetite has been low most days.")
                .doesNotContain("reports probably");
        NoteStatement folded = section(draft, "subjective").statements().get(0);
        assertThat(folded.evidence()).containsExactly("u1", "u2");
        assertThat(section(draft, "subjective").statements())
                .allSatisfy(s -> assertThat(NoteCheck.isGrounded(s, t)).as(s.text()).isTrue());
    }

    @Test
    void places_a_recall_of_the_last_session_in_the_history_not_the_plan() {
        Transcript t = transcript(
                "T: Last time we talked about the belief that you have to say yes to every request at work.");

        NoteModel.Draft draft = model.draft(t, TestTemplates.SOAP);

        assertThat(text(section(draft, "plan"))).isEmpty();
        assertThat(text(section(draft, "subjective"))).isEqualTo(
                "The last session addressed the belief that the patient has to say yes to every request at work.");
    }

    @Test
    void names_the_patient_once_per_statement_then_says_they() {
        Transcript t = transcript(
                "P: When my sister called, I was sure I was going to lose my temper with her.");

        String subjective = text(section(model.draft(t, TestTemplates.SOAP), "subjective"));

        assertThat(subjective).isEqualTo(
                "The patient reports when their sister called, they were sure they were going to lose their temper"
                        + " with her.");
    }

    @Test
    void uses_he_or_she_when_the_transcript_says_so() {
        Transcript t = transcript(
                "T: He is a 34-year-old man referred for low mood.",
                "P: When my sister called, I was sure I was going to lose my temper with her.");

        String note = all(model.draft(t, TestTemplates.SOAP));

        assertThat(note).contains("he was sure he was going to lose his temper").doesNotContain("they");
    }

    @Test
    void keeps_number_words_when_asked() {
        Transcript t = transcript("P: I wake up three or four times a night and cannot get back to sleep.");
        OfflineNoteModel words = model.toBuilder().keepNumberWords(true).build();

        assertThat(all(model.draft(t, TestTemplates.SOAP))).contains("3 or 4 times");
        assertThat(all(words.draft(t, TestTemplates.SOAP))).contains("three or four times");
    }

    @Test
    void leaves_parts_of_compound_numbers_as_words() {
        assertThat(ClinicalForm.finish("her blood pressure is one twenty five over eighty"))
                .isEqualTo("Her blood pressure is one twenty five over eighty.");
        assertThat(ClinicalForm.finish("it went up from 11 two weeks ago")).isEqualTo("It went up from 11 two weeks ago.");
    }

    @Test
    void drafts_the_sample_session_into_every_therapy_template() {
        Transcript t = transcript(
                "T: How have things been since our last session?",
                "P: Work has been stressful and I haven't been sleeping well.",
                "T: You seem tense today and your affect is anxious.",
                "T: Let's practice a breathing exercise together.",
                "P: That helped, I feel calmer now.",
                "T: I think the stress at work is driving the insomnia.",
                "T: For homework, I'd like you to keep a sleep diary this week.");
        NoteModel.Draft dap = model.draft(t, TestTemplates.DAP);
        NoteModel.Draft birp = model.draft(t, TestTemplates.BIRP);

        assertThat(text(section(dap, "assessment"))).contains("The stress at work is driving the insomnia.");
        assertThat(text(section(dap, "plan"))).contains("For homework, keep a sleep diary this week.");
        assertThat(text(section(birp, "intervention"))).contains("breathing exercise");
        assertThat(text(section(birp, "response"))).contains("calmer");
        assertThat(text(section(birp, "plan"))).contains("For homework, keep a sleep diary this week.");
    }
}
