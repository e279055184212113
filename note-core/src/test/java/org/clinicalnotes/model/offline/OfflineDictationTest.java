package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.clinicalnotes.model.DraftNote;
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

    private static String section(DraftNote d, String id) {
        return d.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().statements().stream()
                .map(NoteStatement::text).collect(Collectors.joining("\n"));
    }

    @Test
    void dictated_headers_place_each_sentence_and_keep_its_words() {
        DraftNote d = OfflineNoteModel.create().draft(DICTATION, TestTemplates.SOAP);

        assertThat(section(d, "subjective")).contains("She reports 2 weeks of cough.").contains("She denies fever.");
        assertThat(section(d, "objective")).contains("Lungs with scattered wheezes.");
        assertThat(section(d, "assessment")).isEqualTo("Acute bronchitis.");
        assertThat(section(d, "plan")).contains("Albuterol inhaler as needed.").contains("Follow up in 2 weeks.")
                .doesNotContainIgnoringCase("dictation");
    }

    @Test
    void identity_and_dictation_commands_never_become_statements() {
        DraftNote d = OfflineNoteModel.create().draft(DICTATION, TestTemplates.SOAP);
        String all = d.sections().stream().flatMap(s -> s.statements().stream()).map(NoteStatement::text)
                .collect(Collectors.joining("\n"));

        assertThat(all).doesNotContain("date of birth", "Silva", "Period", "dictating");
    }
}
