package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.RiskFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-session false-flag harness counts PRESENT flags of kinds a session does not hold, and names no text. */
class SessionFlagReportTest {

    @TempDir
    Path dir;

    private static RiskFlag present(RiskFlag.Kind kind, String id) {
        return new RiskFlag(kind, RiskFlag.Status.PRESENT, RiskFlag.Severity.MODERATE, List.of(id), List.of());
    }

    @Test
    void counts_false_flags_per_hundred_sessions_and_true_kinds_found() {
        String out = SessionFlagReport.render("screen/1", List.of(
                new SessionFlagReport.Session("a.txt", List.of(present(RiskFlag.Kind.SUICIDAL_IDEATION, "u4"),
                        present(RiskFlag.Kind.CHILD_ABUSE, "u9")), List.of(RiskFlag.Kind.SUICIDAL_IDEATION)),
                new SessionFlagReport.Session("b.txt", List.of(), List.of()),
                new SessionFlagReport.Session("c.txt", List.of(present(RiskFlag.Kind.ELDER_ABUSE, "u2")), List.of()),
                new SessionFlagReport.Session("d.txt", List.of(), List.of())));
        assertThat(out).contains("False PRESENT flags: 2 in 2 of 4 sessions (50.0 per 100 sessions)")
                .contains("true kinds flagged 1 of 1").contains("FALSE:CHILD_ABUSE[u9]")
                .doesNotContain("b.txt");
    }

    @Test
    void reads_the_truth_file_and_refuses_a_bad_one() throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.tsv"), "# comment\na.txt\tSUICIDAL_IDEATION,SELF_HARM\n");
        assertThat(SessionFlagReport.truth(truth).get("a.txt"))
                .containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Kind.SELF_HARM);
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "a.txt\tNOT_A_KIND\n");
        assertThatThrownBy(() -> SessionFlagReport.truth(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-5110");
    }

    @Test
    void reads_a_dictation_as_the_clinicians_turns() throws Exception {
        Files.writeString(dir.resolve("d.txt"), "# dictation\nPatient seen for back pain.\nNo red flags.\n");
        assertThat(SessionFlagReport.transcripts(dir).get("d.txt").utterances()).hasSize(2);
    }
}
