package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class MeasurementsAndAssessmentTest {

    /** A visit long enough that the relevance floor and the word budget apply (more than five turns). */
    private static NoteModel.Draft visit(String... clinicianAndPatient) {
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(Speaker.CLINICIAN, "Hi there, how are you doing today?"));
        turns.add(new Turn(Speaker.PATIENT, "I'm okay, thanks. The traffic was terrible this morning."));
        turns.add(new Turn(Speaker.CLINICIAN, "Yeah, it always is on a Monday."));
        turns.add(new Turn(Speaker.PATIENT, "Tell me about it."));
        for (int i = 0; i < clinicianAndPatient.length; i++) {
            turns.add(new Turn(i % 2 == 0 ? Speaker.CLINICIAN : Speaker.PATIENT, clinicianAndPatient[i]));
        }
        return OfflineNoteModel.create().draft(Transcript.ofTurns("t", turns), TestTemplates.SOAP);
    }

    private static List<NoteStatement> section(NoteModel.Draft d, String id) {
        return d.sections().stream().filter(s -> s.id().equals(id)).map(NoteSection::statements).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(NoteModel.Draft d) {
        return d.sections().stream().flatMap(s -> s.statements().stream()).map(NoteStatement::text).toList();
    }

    @Test
    void readings_numbers_with_units_and_named_values_are_measurements() {
        assertThat(Measurements.holds("The nurse got her blood pressure at 152/94.")).isTrue();
        assertThat(Measurements.holds("Heart rate 88, oxygen 97%.")).isTrue();
        assertThat(Measurements.holds("Start cetirizine, 10 mg once a day.")).isTrue();
        assertThat(Measurements.holds("Potassium 4.2 and creatinine 0.9.")).isTrue();
        assertThat(Measurements.holds("Her pain is 6 out of 10.")).isTrue();
    }

    @Test
    void durations_times_and_words_without_numbers_are_not_measurements() {
        assertThat(Measurements.holds("The pain started 3 weeks ago.")).isFalse();
        assertThat(Measurements.holds("She has had pain for 2 weeks.")).isFalse();
        assertThat(Measurements.holds("Lungs are clear.")).isFalse();
        assertThat(Measurements.holds("See back in 4 weeks.")).isFalse();
    }

    @Test
    void exam_findings_are_pinned_and_other_exam_chatter_is_not() {
        assertThat(Measurements.pins(NoteTemplate.ContentKind.EXAM, "There is some wheezing on both sides.")).isTrue();
        assertThat(Measurements.pins(NoteTemplate.ContentKind.EXAM, "Medial joint line tenderness.")).isTrue();
        assertThat(Measurements.pins(NoteTemplate.ContentKind.EXAM, "That is the tricky part with it.")).isFalse();
        assertThat(Measurements.pins(NoteTemplate.ContentKind.PATIENT_REPORT, "There is some wheezing.")).isFalse();
    }

    @Test
    void a_reading_said_without_a_cue_word_is_kept_as_a_finding_citing_its_turn() {
        NoteModel.Draft d = visit("Let me recheck your pressure now. One forty-six over ninety.", "So still high.");

        assertThat(section(d, "objective")).extracting(NoteStatement::text).contains("146/90.");
        assertThat(section(d, "objective").get(0).evidence()).containsExactly("u5");
        assertThat(texts(d)).noneMatch(t -> t.toLowerCase().contains("let the clinician"));
    }

    @Test
    void a_patients_home_readings_are_kept_whatever_the_relevance_weights() {
        NoteModel.Draft d = visit("Did you bring your home readings?",
                "Mornings, one forty-eight over ninety-two, one fifty-one over ninety.");

        assertThat(texts(d)).anyMatch(t -> t.contains("148/92") && t.contains("151/90"));
    }

    @Test
    void an_impression_then_a_plan_in_one_sentence_is_split_between_assessment_and_plan() {
        NoteModel.Draft d = visit("So your asthma is not well controlled, probably triggered by the cat and the pollen, "
                + "and I'd like to switch you to a different inhaler, budesonide-formoterol.", "Okay.");

        List<NoteStatement> assessment = section(d, "assessment");
        List<NoteStatement> plan = section(d, "plan");
        assertThat(assessment).extracting(NoteStatement::text)
                .anyMatch(t -> t.contains("asthma is not well controlled") && !t.contains("switch"));
        assertThat(plan).extracting(NoteStatement::text)
                .anyMatch(t -> t.toLowerCase().contains("switch") && t.contains("budesonide-formoterol")
                        && !t.contains("asthma"));
        assertThat(assessment.get(0).evidence()).containsExactly("u5");
        assertThat(plan.get(0).evidence()).containsExactly("u5");
    }

    @Test
    void a_score_with_its_band_is_an_assessment() {
        NoteModel.Draft d = visit("Your asthma control test score is fifteen, which means it is not well controlled.",
                "Yeah, that tracks.");

        assertThat(section(d, "assessment")).extracting(NoteStatement::text)
                .anyMatch(t -> t.contains("score is fifteen") && t.contains("not well controlled"));
    }
}
