package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-command report for a new blind set: file paths in, a markdown report with every miss out. */
class BlindRiskReportTest {

    private static final String CASES = """
            {"id": "p1", "turns": [{"speaker": "CLINICIAN", "text": "Have you had thoughts of killing yourself?"}, \
            {"speaker": "PATIENT", "text": "Yes, I think about it every night and I have a plan."}], \
            "expect": {"SUICIDAL_IDEATION": "PRESENT"}, "allow": [], "cssrs": "PLAN", "perpetrator": null, \
            "group": "present", "style": "clean", "why": "t", "evidence": [1]}
            {"id": "h1", "turns": [{"speaker": "PATIENT", "text": "This commute is killing me, honestly."}], \
            "expect": {}, "allow": [], "cssrs": null, "perpetrator": null, "group": "hard_negative", \
            "style": "clean", "why": "idiom"}
            {"id": "e1", "turns": [{"speaker": "CLINICIAN", "text": "Does anyone at home hurt you?"}, \
            {"speaker": "PATIENT", "text": "My mom's boyfriend hits me when she is at work."}], \
            "expect": {"CHILD_ABUSE": "PRESENT"}, "allow": [], "cssrs": null, "perpetrator": "PARTNER_OF_PARENT", \
            "group": "present", "style": "clean", "why": "t", "evidence": [1]}
            """;

    @Test
    void a_file_path_gives_a_report_with_figures_hashes_and_misses(@TempDir Path dir) throws Exception {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, CASES, StandardCharsets.UTF_8);
        Path out = dir.resolve("report.md");
        BlindRiskReport.main(new String[] {"--out", out.toString(), set.toString()});
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(md).contains("(3 cases)").contains("SHA-256 `").contains("Hard negatives flagged PRESENT")
                .contains("C-SSRS level exact").contains("Perpetrator right").contains("flags on hard negatives")
                .contains("(the default)").contains("(lexical rules alone)");
        assertThat(BlindRiskReport.load(set.toString())).extracting(BlindRiskReport.Case::perpetrator)
                .containsExactly(null, null, "PARENT_PARTNER");
        assertThat(BlindRiskReport.load(set.toString()).get(0).evidence()).containsExactly(1);
        assertThat(Files.list(dir)).hasSize(2);
    }

    @Test
    void a_miss_is_listed_with_its_labels_and_text() {
        var cases = BlindRiskReport.load("/risk-blind/dev-2026-12/dev.jsonl").subList(0, 40);
        BlindRiskReport.Result r = BlindRiskReport.score(org.clinicalnotes.risk.RiskScreen.lexical(), cases, true);
        assertThat(r.misses).isNotEmpty();
        assertThat(r.misses.get(0)).matches("\\S+ \\[[a-z_]+, [a-z]+\\]: .+ — “.+”");
    }

    @Test
    void a_missing_file_or_a_bad_line_is_bad_input_with_its_code(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> BlindRiskReport.load(dir.resolve("nope.jsonl").toString()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3502");
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"x\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BlindRiskReport.load(bad.toString()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("line 1").hasMessageContaining("CN-3502");
    }

    @Test
    void a_set_may_be_named_as_a_resource_with_or_without_its_leading_slash() throws Exception {
        assertThat(BlindRiskReport.load("risk-blind/dev-2026-12/dev.jsonl")).hasSize(402);
        try (java.io.InputStream a = BlindRiskReport.open("/risk-blind/dev-2026-12/dev.jsonl");
             java.io.InputStream b = BlindRiskReport.open("risk-blind/dev-2026-12/dev.jsonl")) {
            assertThat(a.readAllBytes()).isEqualTo(b.readAllBytes());
        }
        assertThat(BlindRiskReport.open("risk-blind/no-such-set/part-a.jsonl")).isNull();
    }
}
