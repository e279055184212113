package org.clinicalnotes.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation report: a title, a one-line subtitle (what was run, when) and its sections. Renders as
 * Markdown ({@link #markdown()}) and as one self-contained HTML page ({@link #html()}: inline CSS and inline
 * SVG charts, no scripts, fonts or images from elsewhere). Immutable and thread-safe.
 *
 * @param title the title; not null
 * @param subtitle the line under the title; not null
 * @param sections the sections in order; not null
 * @since 0.1.0
 */
public record EvalReport(String title, String subtitle, List<ReportSection> sections) {

    /** Validates and copies. */
    public EvalReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        sections = List.copyOf(sections);
    }

    /**
     * Returns a copy in which a section with the same id as {@code section} is replaced by it (or, when
     * there is none, {@code section} is appended).
     *
     * @param section the section to put in; not null
     * @return the new report
     * @since 0.1.0
     */
    public EvalReport with(ReportSection section) {
        Objects.requireNonNull(section, "section");
        List<ReportSection> out = new ArrayList<>(sections);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(section.id())) {
                out.set(i, section);
                return new EvalReport(title, subtitle, out);
            }
        }
        out.add(section);
        return new EvalReport(title, subtitle, out);
    }

    /**
     * Renders the report as GitHub-flavoured Markdown (tables; charts are left out).
     *
     * @return the Markdown text
     * @since 0.1.0
     */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n").append(subtitle).append("\n");
        for (ReportSection s : sections) {
            sb.append("\n## ").append(s.title());
            if (s.placeholder()) {
                sb.append(" (not yet measured)");
            }
            sb.append("\n\n");
            for (String p : s.paragraphs()) {
                sb.append(p).append("\n\n");
            }
            for (ReportTable t : s.tables()) {
                if (!t.caption().isEmpty()) {
                    sb.append("**").append(t.caption()).append("**\n\n");
                }
                sb.append("| ").append(String.join(" | ", t.columns().stream().map(EvalReport::mdCell).toList()))
                        .append(" |\n|");
                for (int i = 0; i < t.columns().size(); i++) {
                    sb.append(i == 0 ? "---|" : "---:|");
                }
                sb.append('\n');
                for (List<String> row : t.rows()) {
                    boolean hl = t.highlighted().contains(row.get(0));
                    sb.append("| ");
                    for (int i = 0; i < row.size(); i++) {
                        String cell = mdCell(row.get(i));
                        sb.append(hl && !cell.isEmpty() ? "**" + cell + "**" : cell).append(i < row.size() - 1 ? " | " : " |");
                    }
                    sb.append('\n');
                }
                sb.append('\n');
            }
        }
        return sb.toString().strip() + "\n";
    }

    private static String mdCell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /**
     * Renders the report as one self-contained HTML page.
     *
     * @return the HTML document
     * @since 0.1.0
     */
    public String html() {
        return HtmlRenderer.render(this);
    }
}
