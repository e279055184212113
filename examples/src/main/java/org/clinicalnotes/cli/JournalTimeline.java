package org.clinicalnotes.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.AlertPriority;
import org.clinicalnotes.between.Assessment;
import org.clinicalnotes.between.Baseline;
import org.clinicalnotes.between.Evidence;
import org.clinicalnotes.between.JournalEntry;

/**
 * timeline.html of {@code journal scan}: one self-contained page (inline CSS and SVG, no script, no network),
 * per client two panels (anxiety, distress) with the signal over time, the baseline band (median to spike
 * threshold), spikes circled, risk entries as red triangles and alerts as vertical markers, then the alerts.
 */
final class JournalTimeline {

    private static final int W = 1060;
    private static final int PANEL = 150;
    private static final int LEFT = 48;
    private static final int TOP = 28;

    private JournalTimeline() {
    }

    static String html(Map<String, List<Assessment>> byClient, List<Alert> alerts, Map<String, JournalEntry> entries) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Between-session timeline</title>")
                .append("<style>body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1f2933;"
                        + "max-width:1100px}h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 6px}"
                        + ".note{color:#52606d;font-size:13px}.legend span{display:inline-block;margin-right:14px;font-size:13px}"
                        + ".sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}"
                        + "table{border-collapse:collapse;width:100%;font-size:13px;margin-top:8px}"
                        + "td,th{border-bottom:1px solid #e4e7eb;padding:6px 8px;text-align:left;vertical-align:top}"
                        + ".URGENT{color:#b42318;font-weight:700}.HIGH{color:#b54708;font-weight:700}.ROUTINE{color:#175cd3;font-weight:700}"
                        + "blockquote{margin:4px 0;padding:2px 8px;border-left:3px solid #b42318;background:#fef3f2}"
                        + "svg text{font-size:11px;fill:#52606d}</style></head><body>")
                .append("<h1>Between-session timeline</h1><p class=\"note\">Signals 0-10, higher is worse. The band runs "
                        + "from the client's own baseline (median of the earlier 28 days) to the spike threshold. "
                        + "Drafts for the clinician: nothing has been sent to a client.</p>")
                .append("<p class=\"legend\"><span><i class=\"sw\" style=\"background:#3e7cb1\"></i>signal</span>"
                        + "<span><i class=\"sw\" style=\"background:#f5d9a8\"></i>baseline band</span>"
                        + "<span><i class=\"sw\" style=\"background:#d92d20\"></i>URGENT (risk)</span>"
                        + "<span><i class=\"sw\" style=\"background:#f79009\"></i>HIGH (spike)</span>"
                        + "<span><i class=\"sw\" style=\"background:#2e90fa\"></i>ROUTINE (trend)</span></p>");
        for (Map.Entry<String, List<Assessment>> c : byClient.entrySet()) {
            List<Assessment> as = c.getValue();
            if (as.isEmpty()) {
                continue;
            }
            List<Alert> mine = alerts.stream().filter(a -> a.clientId().equals(c.getKey())).toList();
            sb.append("<h2>Client ").append(esc(c.getKey())).append("</h2><p class=\"note\">").append(as.size())
                    .append(" entries, ").append(as.get(0).signals().time().toLocalDate()).append(" to ")
                    .append(as.get(as.size() - 1).signals().time().toLocalDate()).append(", ").append(mine.size())
                    .append(" alerts</p>");
            svg(sb, as, mine);
            table(sb, mine, c.getKey(), entries);
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void svg(StringBuilder sb, List<Assessment> as, List<Alert> alerts) {
        long t0 = as.get(0).signals().time().toLocalDate().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long t1 = as.get(as.size() - 1).signals().time().toLocalDate().plusDays(1).atStartOfDay()
                .toEpochSecond(ZoneOffset.UTC);
        double span = Math.max(1, t1 - t0);
        int h = TOP + 2 * PANEL + 60;
        Function<Long, Double> x = t -> LEFT + (W - LEFT - 30) * (t - t0) / span;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(h).append("\" role=\"img\">");
        panel(sb, as, x, 0, "Anxiety", a -> a.signals().anxiety(), Assessment::anxietyBaseline, "anxiety", alerts);
        panel(sb, as, x, 1, "Distress", a -> a.signals().distress(), Assessment::distressBaseline, "distress", alerts);
        // weekly date ticks
        int axisY = TOP + 2 * PANEL + 18;
        for (LocalDate d = LocalDate.ofEpochDay(t0 / 86_400); d.atStartOfDay().toEpochSecond(ZoneOffset.UTC) <= t1;
                d = d.plusDays(7)) {
            double px = x.apply(d.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", px, axisY,
                    d.toString().substring(5)));
        }
        // alert markers across both panels
        for (Alert a : alerts) {
            double px = x.apply(a.raisedAt().toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
            String col = colour(a.priority());
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"2\" stroke-dasharray=\"4 3\"><title>%s %s</title></line>", px, px, TOP - 14,
                    TOP + 2 * PANEL, col, a.priority(), esc(JournalReport.label(a))));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" style=\"fill:%s;"
                    + "font-weight:700\">%s</text>", px, TOP - 17, col, a.priority().name()));
        }
        sb.append("</svg>");
    }

    private static void panel(StringBuilder sb, List<Assessment> as, Function<Long, Double> x, int index, String title,
                              Function<Assessment, Double> value, Function<Assessment, Baseline> baseline,
                              String signal, List<Alert> alerts) {
        int top = TOP + index * PANEL;
        int bottom = top + PANEL - 22;
        Function<Double, Double> y = v -> bottom - (bottom - top - 4) * Math.max(0, Math.min(10, v)) / 10.0;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafbfc\" "
                + "stroke=\"#e4e7eb\"/>", LEFT, top, W - LEFT - 30, bottom - top));
        for (int v = 0; v <= 10; v += 5) {
            double py = y.apply((double) v);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>", LEFT - 6,
                    py + 4, v));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" style=\"font-weight:600;fill:#1f2933\">%s</text>",
                LEFT + 6, top + 14, title));
        // baseline band: a polygon from median (forward) to threshold (back), per entry after warm-up
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder median = new StringBuilder();
        for (Assessment a : as) {
            Baseline b = baseline.apply(a);
            if (b == null) {
                continue;
            }
            double px = x.apply(localSeconds(a));
            upper.insert(0, String.format(Locale.ROOT, "%.1f,%.1f ", px, y.apply(b.threshold())));
            lower.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, y.apply(b.median())));
            median.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, y.apply(b.median())));
        }
        if (lower.length() > 0) {
            sb.append("<polygon points=\"").append(lower).append(upper)
                    .append("\" fill=\"#f5d9a8\" fill-opacity=\"0.55\" stroke=\"none\"/>");
            sb.append("<polyline points=\"").append(median)
                    .append("\" fill=\"none\" stroke=\"#c4944a\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>");
        }
        StringBuilder line = new StringBuilder();
        for (Assessment a : as) {
            Double v = value.apply(a);
            if (v != null) {
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(localSeconds(a)), y.apply(v)));
            }
        }
        sb.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#3e7cb1\" stroke-width=\"1.6\"/>");
        for (Assessment a : as) {
            Double v = value.apply(a);
            if (v == null) {
                continue;
            }
            double px = x.apply(localSeconds(a));
            double py = y.apply(v);
            String id = a.signals().entryId();
            boolean spike = alerts.stream().anyMatch(al -> al.entryIds().get(0).equals(id) && al.priority() == AlertPriority.HIGH
                    && al.signalNumbers().map(n -> n.signal().startsWith(signal)).orElse(false));
            boolean risk = alerts.stream().anyMatch(al -> al.entryIds().contains(id) && al.priority() == AlertPriority.URGENT);
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\" stroke=\"%s\" "
                    + "stroke-width=\"%s\"><title>%s %s: %.1f</title></circle>", px, py, spike ? "6" : "2.6",
                    spike ? "#fff" : "#3e7cb1", spike ? "#f79009" : "#3e7cb1", spike ? "2.5" : "1", esc(id),
                    a.signals().time().toLocalDate(), v));
            if (risk && index == 1) {
                sb.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l7 12 h-14 z\" fill=\"#d92d20\"><title>risk "
                        + "written in entry %s</title></path>", px, py - 20, esc(id)));
            }
        }
    }

    /** Position by the local wall-clock time, so an evening entry sits on its own day. */
    private static long localSeconds(Assessment a) {
        return a.signals().time().toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
    }

    private static void table(StringBuilder sb, List<Alert> alerts, String client, Map<String, JournalEntry> entries) {
        if (alerts.isEmpty()) {
            sb.append("<p class=\"note\">No alerts.</p>");
            return;
        }
        sb.append("<table><tr><th>Priority</th><th>When</th><th>What</th><th>Evidence</th><th>Suggested</th></tr>");
        for (Alert a : JournalReport.sorted(alerts)) {
            sb.append("<tr><td class=\"").append(a.priority()).append("\">").append(a.priority()).append("</td><td>")
                    .append(a.raisedAt().toLocalDate()).append(' ')
                    .append(String.format(Locale.ROOT, "%02d:%02d", a.raisedAt().getHour(), a.raisedAt().getMinute()))
                    .append("</td><td>").append(esc(a.explanation())).append("</td><td>");
            for (Evidence e : a.evidence()) {
                if (e.sentence() != null) {
                    sb.append("<blockquote>").append(esc(e.sentence())).append("</blockquote>");
                } else if (!e.words().isEmpty()) {
                    sb.append("<div>").append(esc(e.entryId())).append(": ").append(esc(String.join(", ", e.words())))
                            .append("</div>");
                } else {
                    sb.append("<div>").append(esc(e.entryId())).append("</div>");
                }
            }
            if (!a.crisisResources().isEmpty()) {
                sb.append("<div><b>Crisis resources:</b> ");
                a.crisisResources().forEach(r -> sb.append(esc(r.name())).append(" (").append(esc(r.contact())).append(") "));
                sb.append("</div>");
            }
            sb.append("</td><td>");
            a.suggested().ifPresent(s -> sb.append("<b>").append(esc(s.title())).append("</b> (")
                    .append(s.status().name().toLowerCase(Locale.ROOT)).append(", needs approval)<br>")
                    .append(esc(s.rationale())));
            if (a.priority() == AlertPriority.URGENT) {
                sb.append("No automated reply for a risk alert.");
            }
            sb.append("</td></tr>");
        }
        sb.append("</table>");
    }

    private static String colour(AlertPriority p) {
        return switch (p) {
            case URGENT -> "#d92d20";
            case HIGH -> "#f79009";
            case ROUTINE -> "#2e90fa";
        };
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
