package org.clinicalnotes.eval.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.eval.report.ReportSection;
import org.clinicalnotes.eval.report.ReportSectionProvider;
import org.clinicalnotes.eval.report.ReportTable;
import org.clinicalnotes.eval.run.EvalReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhiReportSectionTest {

    @TempDir
    Path data;

    private static ReportTable table(ReportSection s, String captionStart) {
        return s.tables().stream().filter(t -> t.caption().startsWith(captionStart)).findFirst().orElseThrow();
    }

    @Test
    void gold_set_only_when_shared_data_is_absent_and_says_so() {
        ReportSection s = new PhiReportSection().section(data).orElseThrow();

        assertThat(s.id()).isEqualTo("phi");
        assertThat(s.placeholder()).isFalse();
        assertThat(String.join(" ", s.paragraphs())).contains("Not measured, data absent").contains("phi-asq")
                .contains("phi-presidio-synth");
        ReportTable overall = table(s, "Overall");
        assertThat(overall.rows()).hasSize(1);
        assertThat(overall.rows().get(0).get(0)).startsWith("gold set (");
        ReportTable recall = table(s, "gold set");
        assertThat(recall.rows()).extracting(r -> r.get(0)).contains("NAME", "DATE", "all");
        // the shipped de-identifier catches most of its own gold set
        String all = recall.rows().get(recall.rows().size() - 1).get(3);
        assertThat(Double.parseDouble(all.replace("%", ""))).isGreaterThan(80.0);
        assertThat(s.charts()).hasSize(1);
        assertThat(s.charts().get(0).title()).contains("PHI recall by category");
        assertThat(s.charts().get(0).values().get(0)).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
    }

    @Test
    void scores_phi_asq_and_presidio_files_when_present() throws Exception {
        Files.createDirectories(data.resolve("phi-asq"));
        Files.writeString(data.resolve(DeidScore.ASQ_FILE), """
                ===QUERY===
                What dose of metformin suits a 54-year-old like John Carter, phone 617-555-0199?
                ===PHI_TAGS===
                {"identifier_type": "NAME", "value": "John Carter"}
                {"identifier_type": "PHONE_NUMBER", "value": "617-555-0199"}

                ===QUERY===
                How is hypertension managed in older adults?
                ===PHI_TAGS===
                """);
        Files.createDirectories(data.resolve("phi-presidio-synth"));
        String text = "Please email maria.lopez@example.org about the results.";
        int at = text.indexOf("maria");
        Files.writeString(data.resolve(DeidScore.PRESIDIO_FILE), "[{\"full_text\": \"" + text + "\", \"spans\": "
                + "[{\"entity_type\": \"EMAIL_ADDRESS\", \"entity_value\": \"maria.lopez@example.org\", "
                + "\"start_position\": " + at + ", \"end_position\": " + (at + 23) + "}]}]");

        ReportSection s = new PhiReportSection().section(data).orElseThrow();

        assertThat(String.join(" ", s.paragraphs())).doesNotContain("data absent");
        assertThat(table(s, "Overall").rows()).extracting(r -> r.get(0))
                .containsExactly(table(s, "Overall").rows().get(0).get(0), "phi-asq", "phi-presidio-synth");
        assertThat(table(s, "phi-asq: recall").rows()).extracting(r -> r.get(0), r -> r.get(1))
                .contains(org.assertj.core.groups.Tuple.tuple("NAME", "1"),
                        org.assertj.core.groups.Tuple.tuple("PHONE_NUMBER", "1"));
        assertThat(table(s, "phi-asq: recall").rows().get(1)).containsExactly("PHONE_NUMBER", "1", "1", "100.0%");
        assertThat(table(s, "Overall").rows().get(1).get(4)).isEqualTo("0 of 1");
        assertThat(table(s, "phi-presidio-synth: recall").rows().get(0))
                .containsExactly("EMAIL_ADDRESS", "1", "1", "100.0%");
        assertThat(s.charts()).hasSize(3);
        // counts and labels only: no text from the data sets
        String all = s.toString() + s.tables();
        assertThat(all).doesNotContain("John Carter").doesNotContain("617-555-0199").doesNotContain("maria.lopez");
    }

    @Test
    void unreadable_presidio_file_is_a_typed_error_naming_the_folder() throws Exception {
        Files.createDirectories(data.resolve("phi-presidio-synth"));
        Files.writeString(data.resolve(DeidScore.PRESIDIO_FILE), "{not json");

        assertThatThrownBy(() -> new PhiReportSection().section(data))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("CN-1907")
                .hasMessageContaining(data.toString());
    }

    @Test
    void providers_are_found_through_the_service_loader_for_both_pluggable_sections() {
        List<String> ids = java.util.ServiceLoader.load(ReportSectionProvider.class).stream()
                .map(p -> p.get().id()).toList();

        assertThat(ids).containsExactlyInAnyOrderElementsOf(EvalReports.PLUGGABLE);
    }
}
