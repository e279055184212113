package org.clinicalnotes.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    private static EvalReport report() {
        ReportTable t = new ReportTable("Full note", List.of("system", "ROUGE-1"),
                List.of(List.of("ours", "49.00"), List.of("GPT-4 <x>", "51.76")), List.of("ours"));
        BarChart c = new BarChart("ROUGE-1", "F1", List.of("subjective", "objective_exam"), List.of("ours", "GPT-4"),
                List.of(List.of(40.0, 36.0), List.of(41.2, Double.NaN)));
        return new EvalReport("Eval & report", "aci-bench/test1", List.of(
                ReportSection.of("rouge", "ROUGE", List.of("Scores a|b."), List.of(t), List.of(c)),
                new ReportSection("phi", "PHI recall", List.of("later"), List.of(), List.of(), true)));
    }

    @Test
    void renders_markdown_tables_with_highlight_and_placeholder_label() {
        String md = report().markdown();

        assertThat(md).startsWith("# Eval & report\n")
                .contains("| system | ROUGE-1 |\n|---|---:|\n| **ours** | **49.00** |\n| GPT-4 <x> | 51.76 |")
                .contains("## PHI recall (not yet measured)")
                .contains("Scores a|b.");
    }

    @Test
    void renders_one_self_contained_html_page_with_svg_charts() {
        String html = report().html();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg").contains("<rect")
                .contains("GPT-4 &lt;x&gt;").contains("Eval &amp; report").contains("not yet measured")
                .contains("<tr class=\"hl\">").contains(">n/a<");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("@import");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    }

    @Test
    void replaces_a_section_by_id_or_appends_it() {
        ReportSection phi = ReportSection.of("phi", "PHI recall", List.of("measured"), List.of(), List.of());
        ReportSection extra = ReportSection.of("fhir", "FHIR", List.of(), List.of(), List.of());

        EvalReport r = report().with(phi).with(extra);

        assertThat(r.sections()).extracting(ReportSection::id).containsExactly("rouge", "phi", "fhir");
        assertThat(r.sections().get(1).placeholder()).isFalse();
    }

    @Test
    void rejects_ragged_tables_and_charts() {
        assertThatThrownBy(() -> ReportTable.of("", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarChart("t", "u", List.of("a"), List.of("s", "t"), List.of(List.of(1.0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renders_aligned_text_for_the_terminal() {
        ReportTable t = new ReportTable("cap", List.of("system", "R1"),
                List.of(List.of("ours", "9.50"), List.of("longer name", "10.00")), List.of("ours"));

        assertThat(t.text()).isEqualTo("cap\n  system          R1\n* ours          9.50\n  longer name  10.00\n");
    }

    @Test
    void picks_round_axis_maxima() {
        assertThat(HtmlRenderer.niceMax(53.46)).isEqualTo(60.0);
        assertThat(HtmlRenderer.niceMax(19.0)).isEqualTo(20.0);
        assertThat(HtmlRenderer.niceMax(0)).isEqualTo(1.0);
    }
}
