package org.clinicalnotes.course;

import java.util.List;
import java.util.Locale;
import org.clinicalnotes.internal.Html;

/**
 * {@code course.html}: one self-contained page (inline CSS and SVG, no script, nothing fetched) with the brief,
 * the measure trajectories against their cut-offs, risk level per session, and the themes across sessions.
 * Thread-safe.
 *
 * @since 0.3.0
 */
public final class CoursePage {

    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int W = 760;
    private static final int LEFT = 170;
    /** Room right of the last session for the cut-off labels, so that no label sits on a data point. */
    private static final int PLOT_RIGHT = 90;

    private CoursePage() {
    }

    /**
     * @param brief the brief; not null
     * @return the page
     */
    public static String write(Brief brief) {
        Course c = brief.course();
        List<CourseSession> sessions = c.history().sessions();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Course: pre-session brief</title>\n")
                .append("<style>body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;max-width:1100px}")
                .append("h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:22px 0 6px;border-bottom:1px solid #ddd}")
                .append(".draft{color:#8a6d3b;background:#fcf8e3;padding:6px 10px;border-radius:4px;display:inline-block}")
                .append(".alert{background:#f2dede;color:#a94442;border:1px solid #ebccd1;padding:10px 12px;border-radius:4px;font-weight:600}")
                .append("ul{margin:4px 0 4px 18px;padding:0}li{margin:3px 0}.cite{color:#666;font-size:12px}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}")
                .append("svg text{font-size:11px;fill:#333}</style></head><body>\n");
        sb.append("<h1>Client course: pre-session brief</h1>\n<p class=\"draft\">AI-drafted from ").append(sessions.size())
                .append(" sessions (").append(esc(sessions.get(0).id())).append(" to ").append(esc(c.history().latest().id()))
                .append(") for the clinician to review; every line cites its evidence.</p>\n");
        if (c.risk().rising()) {
            sb.append("<div class=\"alert\">Rising risk: ");
            c.risk().reasons().forEach(r -> sb.append(esc(r.text())).append(". "));
            sb.append("</div>\n");
        }
        sb.append("<h2>Measures</h2>\n");
        for (int i = 0; i < c.measures().size(); i++) {
            sb.append(measureChart(c.measures().get(i), sessions, COLORS[i % COLORS.length]));
        }
        if (c.measures().isEmpty()) {
            sb.append("<p>No scores said aloud or recorded.</p>\n");
        }
        sb.append("<h2>Risk per session</h2>\n").append(riskChart(c.risk(), sessions));
        sb.append("<h2>Recurring themes</h2>\n").append(themeChart(c.themes(), sessions));
        sb.append("<h2>Brief</h2>\n<ul>\n");
        for (BriefLine l : brief.lines()) {
            sb.append("<li><b>").append(esc(l.section())).append(":</b> ").append(esc(l.text())).append(" <span class=\"cite\">")
                    .append(esc(BriefMarkdown.cite(l))).append("</span></li>\n");
        }
        sb.append("</ul>\n<h2>Homework</h2>\n<table><tr><th>Set in</th><th>Task</th><th>Followed up</th></tr>\n");
        for (Homework h : c.homework()) {
            sb.append("<tr><td>").append(esc(h.setIn())).append(" <span class=\"cite\">").append(esc(String.join(",", h.setEvidence())))
                    .append("</span></td><td>").append(esc(h.text())).append("</td><td>")
                    .append(h.followedUpIn() == null ? "not yet" : esc(h.followedUpIn()) + " <span class=\"cite\">"
                            + esc(String.join(",", h.followUpEvidence())) + "</span>").append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"cite\">Reliable change: Jacobson &amp; Truax (1991), |RCI| &gt; 1.96, criteria in the README. Themes: ")
                .append(esc(c.themeMethod())).append(".</p>\n</body></html>\n");
        return sb.toString();
    }

    private static double x(int i, int n) {
        return n <= 1 ? LEFT + 10 : LEFT + 10 + i * (double) (W - LEFT - PLOT_RIGHT) / (n - 1);
    }

    private static String measureChart(MeasureTrajectory m, List<CourseSession> sessions, String color) {
        double max = m.instrument().equals("GAD-7") ? 21 : m.instrument().equals("PHQ-9") ? 27
                : Math.max(10, m.points().stream().mapToDouble(MeasurePoint::value).max().orElse(10));
        int h = 170;
        int top = 14;
        int plot = h - 40;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg role=\"img\" aria-label=\"").append(esc(m.instrument())).append(" over sessions\" width=\"").append(W)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(W).append(' ').append(h).append("\">\n");
        sb.append("<text x=\"4\" y=\"").append(top + 10).append("\" style=\"font-weight:600;font-size:13px\">")
                .append(esc(m.instrument())).append("</text>\n");
        String change = m.change().map(rc -> rc.name().replace('_', ' ').toLowerCase(Locale.ROOT)
                + " (RCI " + String.format(Locale.ROOT, "%.2f", m.rci()) + ")").orElse("");
        sb.append("<text x=\"4\" y=\"").append(top + 26).append("\">").append(esc(change)).append("</text>\n");
        if (m.clinicallySignificant() || m.remission() || m.response()) {
            sb.append("<text x=\"4\" y=\"").append(top + 40).append("\">")
                    .append(m.clinicallySignificant() ? "clinically significant " : "").append(m.response() ? "response " : "")
                    .append(m.remission() ? "remission" : "").append("</text>\n");
        }
        sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(top).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(top + plot).append("\" stroke=\"#999\"/>\n");
        for (double tick : new double[] {0, max / 2, max}) {
            double y = top + plot - tick / max * plot;
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 4, y + 4,
                    Brief.fmt(Math.round(tick))));
        }
        Trajectories.Criteria cr = Trajectories.CRITERIA.get(m.instrument());
        if (cr != null) {
            double y = top + plot - cr.cutoff() / max * plot;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c66\" stroke-dasharray=\"4 3\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" style=\"fill:#c66\">cut-off %s</text>%n", LEFT, y, W - PLOT_RIGHT + 14, y, W - PLOT_RIGHT + 18, y + 4,
                    Brief.fmt(cr.cutoff())));
        }
        StringBuilder path = new StringBuilder();
        for (MeasurePoint p : m.points()) {
            int i = index(sessions, p.session());
            double y = top + plot - p.value() / max * plot;
            path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x(i, sessions.size()), y));
        }
        sb.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\"/>\n");
        for (MeasurePoint p : m.points()) {
            int i = index(sessions, p.session());
            double y = top + plot - p.value() / max * plot;
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s %s: %s</title></circle>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n", x(i, sessions.size()), y, color,
                    esc(p.session()), esc(String.join(",", p.utteranceIds())), Brief.fmt(p.value()), x(i, sessions.size()), y - 7,
                    Brief.fmt(p.value())));
        }
        axis(sb, sessions, top + plot + 14);
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String riskChart(RiskCourse risk, List<CourseSession> sessions) {
        int h = 134;
        int top = 24;
        int plot = 70;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg role=\"img\" aria-label=\"risk level per session\" width=\"").append(W).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(h).append("\">\n");
        sb.append("<text x=\"4\" y=\"22\" style=\"font-weight:600;font-size:13px\">C-SSRS level</text>\n")
                .append("<text x=\"4\" y=\"38\">0 none, 1-5 ideation, 6 preparatory, 7 attempt</text>\n");
        sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(top + plot).append("\" x2=\"").append(W - 10)
                .append("\" y2=\"").append(top + plot).append("\" stroke=\"#999\"/>\n");
        for (RiskPoint p : risk.points()) {
            int i = index(sessions, p.session());
            if (i < 0) {
                continue;
            }
            double bh = Math.max(2, p.level() / 7.0 * plot);
            String color = p.level() == 0 ? "#cfd8dc" : p.level() >= 3 ? "#c62828" : "#ef6c00";
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"18\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n", x(i, sessions.size()) - 9, top + plot - bh, bh, color,
                    esc(p.session()), esc(p.description()), x(i, sessions.size()), top + plot - bh - 3, p.level()));
        }
        axis(sb, sessions, top + plot + 14);
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String themeChart(List<Theme> themes, List<CourseSession> sessions) {
        if (themes.isEmpty()) {
            return "<p>No theme recurs across two sessions or more.</p>\n";
        }
        int row = 26;
        int h = 30 + themes.size() * row + 20;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg role=\"img\" aria-label=\"themes across sessions\" width=\"").append(W).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(h).append("\">\n");
        for (int t = 0; t < themes.size(); t++) {
            Theme th = themes.get(t);
            int y = 20 + t * row;
            String color = COLORS[t % COLORS.length];
            String label = th.label().length() > 24 ? th.label().substring(0, 23) + "\u2026" : th.label();
            sb.append("<text x=\"4\" y=\"").append(y).append("\">").append(esc(label)).append("</text><text x=\"4\" y=\"")
                    .append(y + 11).append("\" style=\"fill:#888;font-size:10px\">")
                    .append(th.trend().name().toLowerCase(Locale.ROOT)).append("</text>\n");
            for (Evidence e : th.evidence()) {
                int i = index(sessions, e.session());
                double r = Math.min(11, 3 + 1.6 * e.ids().size());
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.75\"><title>%s: %s</title></circle>%n",
                        x(i, sessions.size()), y, r, color, esc(e.session()), esc(String.join(",", e.ids()))));
            }
        }
        axis(sb, sessions, 20 + themes.size() * row + 6);
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void axis(StringBuilder sb, List<CourseSession> sessions, int y) {
        int n = sessions.size();
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += step) {
            String id = sessions.get(i).id();
            String label = sessions.get(i).date() != null ? sessions.get(i).date().toString().substring(5) : id;
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x(i, n), y, esc(label)));
        }
    }

    private static int index(List<CourseSession> sessions, String id) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
