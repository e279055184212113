package org.clinicalnotes.eval.report;

import java.util.List;
import java.util.Locale;
import org.clinicalnotes.internal.Html;

/** Renders an {@link EvalReport} as one HTML page with inline CSS and SVG. Stateless. */
final class HtmlRenderer {

    /** Series colours (colour-blind safe Okabe-Ito palette), our system first. */
    static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999",
        "#F0E442"};

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;
            background:#f6f7f9;color:#1d2330;line-height:1.45}
            main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
            h1{font-size:26px;margin:8px 0 4px}h2{font-size:19px;margin:0 0 8px}
            .sub{color:#5a6270;margin:0 0 20px;font-size:14px}
            section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:16px 20px;margin:0 0 18px}
            section.placeholder{border-style:dashed;background:#fbfbfc}
            .badge{display:inline-block;font-size:12px;font-weight:600;color:#8a5a00;background:#fff3d6;
            border:1px solid #f0d9a0;border-radius:10px;padding:1px 8px;margin-left:8px;vertical-align:middle}
            p{margin:6px 0 10px;font-size:14px}
            table{border-collapse:collapse;margin:6px 0 14px;font-size:13px;min-width:50%}
            caption{text-align:left;font-weight:600;padding:4px 0;font-size:13px}
            th,td{border-bottom:1px solid #e5e8ec;padding:4px 10px;text-align:right;white-space:nowrap}
            th:first-child,td:first-child,td.t,th.t{text-align:left}
            th{background:#f0f2f5;font-weight:600}
            tr.hl td{background:#e8f1fa;font-weight:600}
            .charts{display:flex;flex-wrap:wrap;gap:12px}
            svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            """;

    private HtmlRenderer() {
    }

    static String render(EvalReport report) {
        StringBuilder sb = new StringBuilder(32_768);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(esc(report.title())).append("</title><style>").append(CSS)
                .append("</style></head><body><main>\n<h1>").append(esc(report.title())).append("</h1>\n<p class=\"sub\">")
                .append(esc(report.subtitle())).append("</p>\n");
        for (ReportSection s : report.sections()) {
            sb.append("<section id=\"").append(esc(s.id())).append('"')
                    .append(s.placeholder() ? " class=\"placeholder\"" : "").append("><h2>").append(esc(s.title()));
            if (s.placeholder()) {
                sb.append("<span class=\"badge\">not yet measured</span>");
            }
            sb.append("</h2>\n");
            for (String p : s.paragraphs()) {
                sb.append("<p>").append(esc(p)).append("</p>\n");
            }
            if (!s.charts().isEmpty()) {
                sb.append("<div class=\"charts\">");
                for (BarChart c : s.charts()) {
                    sb.append(svg(c));
                }
                sb.append("</div>\n");
            }
            for (ReportTable t : s.tables()) {
                table(sb, t);
            }
            sb.append("</section>\n");
        }
        sb.append("</main></body></html>\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, ReportTable t) {
        sb.append("<table>");
        if (!t.caption().isEmpty()) {
            sb.append("<caption>").append(esc(t.caption())).append("</caption>");
        }
        boolean[] text = new boolean[t.columns().size()];
        for (int i = 0; i < text.length; i++) {
            for (List<String> row : t.rows()) {
                text[i] |= !numeric(row.get(i));
            }
        }
        sb.append("<thead><tr>");
        for (int i = 0; i < t.columns().size(); i++) {
            sb.append(text[i] ? "<th class=\"t\">" : "<th>").append(esc(t.columns().get(i))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            sb.append(t.highlighted().contains(row.get(0)) ? "<tr class=\"hl\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(text[i] ? "<td class=\"t\">" : "<td>").append(esc(row.get(i))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>\n");
    }

    /** A grouped horizontal bar chart with a legend and value labels. */
    static String svg(BarChart c) {
        // room for the longest category label (up to 44 characters at about 7.5 px each at font-size 12)
        int longest = c.categories().stream().mapToInt(String::length).max().orElse(0);
        int labelW = Math.max(200, Math.min(44, longest) * 15 / 2 + 16);
        int plotW = 480;
        int bar = 13;
        int gap = 10;
        int nSeries = c.series().size();
        int groupH = nSeries * bar + gap;
        int legendH = 18 * ((nSeries + 2) / 3);
        int top = 30 + legendH;
        int height = top + c.categories().size() * groupH + 26;
        int width = labelW + plotW + 60;
        double max = 0;
        for (List<Double> v : c.values()) {
            for (double d : v) {
                if (!Double.isNaN(d)) {
                    max = Math.max(max, d);
                }
            }
        }
        max = niceMax(max);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width, height, width, height));
        sb.append("<title>").append(esc(c.title())).append("</title>");
        sb.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"600\">%s</text>",
                esc(c.title())));
        for (int s = 0; s < nSeries; s++) {
            int lx = 4 + (s % 3) * 190;
            int ly = 24 + (s / 3) * 18;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"11\" height=\"11\" fill=\"%s\"/>", lx, ly,
                    COLOURS[s % COLOURS.length]));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", lx + 15, ly + 10,
                    esc(abbreviate(c.series().get(s), 30))));
        }
        int axisY = top + c.categories().size() * groupH;
        for (int t = 0; t <= 4; t++) {
            double x = labelW + plotW * t / 4.0;
            sb.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e6ea\"/>", x, top - 4, x, axisY));
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5a6270\">%s</text>", x,
                    axisY + 13, fmt(max * t / 4.0)));
        }
        sb.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5a6270\">%s</text>",
                labelW + plotW / 2, axisY + 24, esc(c.unit())));
        for (int k = 0; k < c.categories().size(); k++) {
            int gy = top + k * groupH;
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>", labelW - 8,
                    gy + nSeries * bar / 2 + 4, esc(abbreviate(c.categories().get(k), 44))));
            for (int s = 0; s < nSeries; s++) {
                double v = c.values().get(s).get(k);
                int y = gy + s * bar;
                if (Double.isNaN(v)) {
                    sb.append(String.format(Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#8a8f98\">n/a</text>", labelW + 3, y + 10));
                    continue;
                }
                double w = max <= 0 ? 0 : plotW * v / max;
                sb.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", labelW, y, w, bar - 2,
                        COLOURS[s % COLOURS.length]));
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>",
                        labelW + w + 3, y + 10, fmt(v)));
            }
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** Whether a cell is a figure (right-aligned) rather than text (left-aligned). */
    static boolean numeric(String cell) {
        String c = cell.strip();
        return c.isEmpty() || c.equals("–") || c.matches("[±+\\-]?\\s?[0-9][0-9,.]*\\s*(%|s|ms|MB|MiB|ops/s|us/op|transcripts/s)?");
    }

    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * mag >= max) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static String fmt(double v) {
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String esc(String s) {
        return Html.escapeKeepingApostrophes(s);
    }
}
