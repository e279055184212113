package org.clinicalnotes.eval.report;

import java.util.List;
import java.util.Objects;

/**
 * A table in an evaluation report: a caption, column headings and rows of already formatted cells.
 * Rows named in {@code highlighted} (by their first cell) are emphasised, for example our own system
 * beside the published ones. Immutable.
 *
 * @param caption what the table shows; not null
 * @param columns the column headings; not empty
 * @param rows the rows, each with as many cells as there are columns; not null
 * @param highlighted first cells of the rows to emphasise; not null
 * @since 0.1.0
 */
public record ReportTable(String caption, List<String> columns, List<List<String>> rows, List<String> highlighted) {

    /** Validates and copies. */
    public ReportTable {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, expected " + columns.size());
            }
        }
        highlighted = List.copyOf(highlighted);
    }

    /**
     * Creates a table without highlighted rows.
     *
     * @param caption the caption
     * @param columns the headings
     * @param rows the rows
     * @return the table
     * @since 0.1.0
     */
    public static ReportTable of(String caption, List<String> columns, List<List<String>> rows) {
        return new ReportTable(caption, columns, rows, List.of());
    }

    /**
     * Renders the table as aligned plain text for a terminal (highlighted rows marked with {@code *}).
     *
     * @return the text, ending in a newline
     * @since 0.1.0
     */
    public String text() {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = columns.get(i).length();
            for (List<String> row : rows) {
                w[i] = Math.max(w[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!caption.isEmpty()) {
            sb.append(caption).append('\n');
        }
        line(sb, columns, w, "  ");
        for (List<String> row : rows) {
            line(sb, row, w, highlighted.contains(row.get(0)) ? "* " : "  ");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w, String mark) {
        sb.append(mark);
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i == 0) {
                sb.append(c).append(" ".repeat(w[i] - c.length()));
            } else {
                sb.append("  ").append(" ".repeat(w[i] - c.length())).append(c);
            }
        }
        sb.append('\n');
    }
}
