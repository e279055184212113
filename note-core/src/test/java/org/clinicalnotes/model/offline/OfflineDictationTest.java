package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class OfflineDictationTest {

    private static final Transcript DICTATION = Transcript.ofTurns("dictation", List.of(
            new Turn(Speaker.CLINICIAN, "This is Dr. Lee dictating a note for Ms. Ana Silva, date of birth May 2nd 1980."),
            new Turn(Speaker.CLINICIAN, "Subjective. She reports two weeks of cough. She denies fever. Period."),
            new Turn(Speaker.CLINICIAN, "Objective. Temperature 98.6. Lungs with scattered wheezes."),
            new Turn(Speaker.CLINICIAN, "Assessment. Acute bronchitis. Plan. Albuterol inhaler as needed. "
                    + "Follow up in two weeks. End of dictation.")));

    private static String section(NoteModel.Draft d, String id) {
        return d.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().statements().stream()
                .map(NoteStatement::text).collect(Collectors.joining("\n"));
    }

    @Test
    void dictated_headers_place_each_sentence_and_keep_its_words() {
        NoteModel.Draft d = OfflineNoteModel.create().draft(DICTATION, TestTemplates.SOAP);

        assertThat(section(d, "subjective")).contains("She reports 2 weeks of cough.").contains("She denies fever.");
        assertThat(section(d, "objective")).contains("Lungs with scattered wheezes.");
        assertThat(section(d, "assessment")).isEqualTo("Acute bronchitis.");
        assertThat(section(d, "plan")).contains("Albuterol inhaler as needed.").contains("Follow up in 2 weeks.")
                .doesNotContainIgnoringCase("dictation");
    }

    @Test
    void identity_and_dictation_commands_never_become_statements() {
        NoteModel.Draft d = OfflineNoteModel.create().draft(DICTATION, TestTemplates.SOAP);
        String all = d.sections().stream().flatMap(s -> s.statements().stream()).map(NoteStatement::text)
                .collect(Collectors.joining("\n"));

        assertThat(all).doesNotContain("date of birth", "Silva", "Period", "dictating");
    }

    @Test
    void a_combined_assessment_and_plan_is_split_and_history_before_any_header_stays_history() {
        Transcript t = Transcript.ofTurns("d", List.of(
                new Turn(Speaker.CLINICIAN, "Psychiatry follow-up note. Date of service October ninth."),
                new Turn(Speaker.CLINICIAN, "This is a 38-year-old man seen for follow-up. He was started on sertraline "
                        + "fifty milligrams in July and increased to one hundred milligrams in August. "
                        + "He continues therapy every two weeks."),
                new Turn(Speaker.CLINICIAN, "Exam. Blood pressure one twenty-four over eighty."),
                new Turn(Speaker.CLINICIAN, "Assessment and plan. Major depression, improving. Number one, continue "
                        + "sertraline one hundred milligrams daily. Number two, follow up in three months.")));
        NoteModel.Draft d = OfflineNoteModel.create().draft(t, TestTemplates.SOAP);

        assertThat(section(d, "subjective")).contains("increased to 100 mg in August")
                .contains("He continues therapy every 2 weeks.").doesNotContain("follow-up note", "October");
        assertThat(section(d, "objective")).contains("Blood pressure 124/80.");
        assertThat(section(d, "assessment")).isEqualTo("Major depression, improving.");
        assertThat(section(d, "plan")).contains("Continue sertraline 100 mg daily.")
                .contains("Follow up in 3 months.").doesNotContain("Number");
    }
}
