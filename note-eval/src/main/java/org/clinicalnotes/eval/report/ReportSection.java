package org.clinicalnotes.eval.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of an {@link EvalReport}: a heading, paragraphs of explanation, tables and charts.
 * Sections are how other parts of the SDK (de-identification, the risk screen) add their figures to the
 * report: see {@link ReportSectionProvider}. Immutable.
 *
 * @param id a stable id, for example {@code rouge-full-note} or {@code phi}; not blank
 * @param title the heading; not null
 * @param paragraphs plain-text paragraphs shown before the tables; not null
 * @param tables the tables; not null
 * @param charts the charts, drawn in the HTML page only; not null
 * @param placeholder true when the figures have not been measured yet (rendered as clearly labelled)
 * @since 0.1.0
 */
public record ReportSection(String id, String title, List<String> paragraphs, List<ReportTable> tables,
                            List<BarChart> charts, boolean placeholder) {

    /** Validates and copies. */
    public ReportSection {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /**
     * A section of measured figures.
     *
     * @param id the id
     * @param title the heading
     * @param paragraphs the text
     * @param tables the tables
     * @param charts the charts
     * @return the section
     * @since 0.1.0
     */
    public static ReportSection of(String id, String title, List<String> paragraphs, List<ReportTable> tables,
                                   List<BarChart> charts) {
        return new ReportSection(id, title, paragraphs, tables, charts, false);
    }
}
