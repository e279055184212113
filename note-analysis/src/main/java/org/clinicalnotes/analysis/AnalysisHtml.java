package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.internal.Html;

/**
 * An analysis as a self-contained {@code analysis.html}: inline CSS and SVG only, no script, no external resource.
 * Shows speaker shares, an intensity timeline with the moments marked, behaviour and talk-type counts, markers and
 * interventions. Stateless, thread-safe.
 *
 * @since 0.2.0
 */
public final class AnalysisHtml {

    private static final String[] SPEAKER_COLOURS = {"#2b6cb0", "#dd6b20", "#718096", "#38a169", "#805ad5"};
    private static final int W = 900;

    private AnalysisHtml() {
    }

    /**
     * @param a the analysis, not null
     * @param transcript the transcript it was made from (for moment excerpts), not null
     * @return the HTML page
     */
    public static String render(SessionAnalysis a, Transcript transcript) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(transcript, "transcript");
        StringBuilder sb = new StringBuilder(32_000);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Session analysis</title><style>")
                .append("body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;")
                .append("max-width:960px;color:#1a202c;line-height:1.4}h1{font-size:1.5em;margin-bottom:4px}")
                .append("h2{font-size:1.15em;margin-top:28px;border-bottom:1px solid #e2e8f0;padding-bottom:4px}")
                .append(".note{color:#4a5568;font-size:.9em}table{border-collapse:collapse;font-size:.9em}")
                .append("td,th{padding:4px 10px;border-bottom:1px solid #edf2f7;text-align:left}")
                .append("th{background:#f7fafc}.num{text-align:right}.band-GOOD{color:#276749;font-weight:600}")
                .append(".band-FAIR{color:#975a16;font-weight:600}.band-BELOW_FAIR{color:#9b2c2c;font-weight:600}")
                .append(".risk{color:#c53030;font-weight:700}svg text{font-family:inherit}")
                .append("</style></head><body>\n");
        sb.append("<h1>Session analysis</h1><p class=\"note\">Draft analytics for the clinician: they describe the "
                + "conversation and are not a diagnosis. Utterance ids (u1, u2, …) are those of the transcript and the "
                + "note.</p>\n");
        speakers(sb, a);
        timeline(sb, a);
        moments(sb, a, transcript);
        behaviour(sb, a);
        markers(sb, a);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void speakers(StringBuilder sb, SessionAnalysis a) {
        sb.append("<h2>Talk</h2>\n<svg role=\"img\" aria-label=\"Share of words per speaker\" width=\"").append(W)
                .append("\" height=\"70\" viewBox=\"0 0 ").append(W).append(" 70\">");
        double x = 0;
        int i = 0;
        for (SessionAnalysis.SpeakerTalk s : a.speakers()) {
            double w = s.wordShare() * W;
            String colour = SPEAKER_COLOURS[i++ % SPEAKER_COLOURS.length];
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"8\" width=\"%.1f\" height=\"30\" fill=\"%s\">"
                    + "<title>%s: %.0f %%</title></rect>", x, w, colour, esc(s.label()), s.wordShare() * 100));
            if (w > 90) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"28\" fill=\"#fff\" font-size=\"13\">"
                        + "%s %.0f %%</text>", x + 8, esc(s.label()), s.wordShare() * 100));
            }
            x += w;
        }
        sb.append("<text x=\"0\" y=\"60\" font-size=\"12\" fill=\"#4a5568\">Share of words</text></svg>\n");
        sb.append("<table><tr><th>speaker</th><th>role</th><th class=\"num\">turns</th><th class=\"num\">words</th>"
                + "<th class=\"num\">share</th><th class=\"num\">seconds</th><th class=\"num\">words/min</th></tr>");
        for (SessionAnalysis.SpeakerTalk s : a.speakers()) {
            sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"num\">%d</td>"
                            + "<td class=\"num\">%d</td><td class=\"num\">%.0f %%</td><td class=\"num\">%s</td>"
                            + "<td class=\"num\">%s</td></tr>", esc(s.label()), AnalysisJson.lower(s.role()), s.turns(),
                    s.words(), s.wordShare() * 100,
                    s.seconds() == null ? "–" : String.format(Locale.ROOT, "%.1f", s.seconds()),
                    s.wordsPerMinute() == null ? "–" : String.format(Locale.ROOT, "%.0f", s.wordsPerMinute())));
        }
        sb.append("</table>\n");
        if (a.timing() != null) {
            SessionAnalysis.Timing t = a.timing();
            sb.append(String.format(Locale.ROOT, "<p>Session %.0f s; silence %.0f s; %d silence(s) of 3 s or more.",
                    t.totalSeconds(), t.silenceSeconds(), t.longSilences().size()));
            if (t.clinicianLatencySeconds() != null) {
                sb.append(String.format(Locale.ROOT, " Median clinician latency %.1f s.",
                        t.clinicianLatencySeconds()));
            }
            if (t.patientLatencySeconds() != null) {
                sb.append(String.format(Locale.ROOT, " Median patient latency %.1f s.", t.patientLatencySeconds()));
            }
            sb.append("</p>\n");
        }
    }

    private static void timeline(StringBuilder sb, SessionAnalysis a) {
        List<SessionAnalysis.UtteranceAnalysis> us = a.utterances();
        int h = 260;
        int left = 40;
        int right = 10;
        int top = 44;
        int bottom = 34;
        double plotW = W - left - right;
        double plotH = h - top - bottom;
        int n = us.size();
        double step = n > 1 ? plotW / (n - 1) : 0;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(us.get(i).id(), i);
        }
        sb.append("<h2>Emotional intensity</h2>\n<svg role=\"img\" aria-label=\"Intensity per utterance, moments "
                + "shaded\" width=\"").append(W).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ")
                .append(W).append(' ').append(h).append("\">");
        for (double g = 0; g <= 1.0001; g += 0.25) {
            double y = top + plotH * (1 - g);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#edf2f7\"/>"
                    + "<text x=\"4\" y=\"%.1f\" font-size=\"11\" fill=\"#718096\">%.2f</text>", left, W - right, y, y,
                    y + 4, g));
        }
        double[] rowEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (SessionAnalysis.Moment m : a.moments()) {
            int from = index.get(m.utteranceIds().get(0));
            int to = index.get(m.utteranceIds().get(m.utteranceIds().size() - 1));
            double x1 = left + from * step - Math.max(4, step / 2);
            double x2 = left + to * step + Math.max(4, step / 2);
            boolean risk = m.label() == MomentLabel.RISK_DISCLOSURE;
            double labelW = m.label().text().length() * 6.2;
            double lx = Math.max(left + labelW / 2, Math.min(W - right - labelW / 2, (x1 + x2) / 2));
            int row = 0;
            while (row < rowEnd.length - 1 && lx - labelW / 2 <= rowEnd[row] + 4) {
                row++;
            }
            rowEnd[row] = lx + labelW / 2;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" "
                            + "fill=\"%s\" opacity=\"0.45\"><title>%s %s</title></rect>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"%s\" text-anchor=\"middle\">%s</text>",
                    x1, top, x2 - x1, plotH, risk ? "#feb2b2" : "#fefcbf", esc(m.label().text()),
                    esc(String.join(", ", m.utteranceIds())), lx, top - 4 - 12 * row,
                    risk ? "#c53030" : "#975a16", esc(m.label().text())));
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            SessionAnalysis.UtteranceAnalysis u = us.get(i);
            double x = left + i * step;
            double y = top + plotH * (1 - u.tone().intensity());
            if (u.role() != SpeakerRole.CLINICIAN) {
                line.append(line.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\"><title>%s "
                            + "%s: intensity %.2f, valence %.2f</title></circle>", x, y, n > 150 ? "1.6" : "2.6",
                    u.role() == SpeakerRole.CLINICIAN ? "#a0aec0" : "#dd6b20", u.id(),
                    AnalysisJson.lower(u.role()), u.tone().intensity(), u.tone().valence()));
        }
        if (line.length() > 0) {
            sb.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#dd6b20\" stroke-width=\"1.2\"/>");
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#718096\">u1</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#718096\" text-anchor=\"end\">%s</text>"
                + "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#dd6b20\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">"
                + "patient / other</text><circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#a0aec0\"/><text x=\"%d\" y=\"%d\" "
                + "font-size=\"11\">clinician</text></svg>\n", left, h - 18, W - right, h - 18,
                n == 0 ? "" : esc(us.get(n - 1).id()), left + 200, h - 8, left + 208, h - 4, left + 320, h - 8,
                left + 328, h - 4));
    }

    private static void moments(StringBuilder sb, SessionAnalysis a, Transcript t) {
        sb.append("<h2>Moments</h2>\n");
        if (a.moments().isEmpty()) {
            sb.append("<p>No stretch of high emotional intensity.</p>\n");
            return;
        }
        sb.append("<table><tr><th>label</th><th class=\"num\">intensity</th><th>turns</th><th>excerpt</th></tr>");
        for (SessionAnalysis.Moment m : a.moments()) {
            boolean risk = m.label() == MomentLabel.RISK_DISCLOSURE;
            sb.append(String.format(Locale.ROOT, "<tr><td%s>%s</td><td class=\"num\">%.2f</td><td>%s</td><td>%s</td>"
                            + "</tr>", risk ? " class=\"risk\"" : "", esc(m.label().text()), m.intensity(),
                    esc(String.join(", ", m.utteranceIds())), esc(AnalysisMarkdown.excerpt(t, m.utteranceIds()))));
        }
        sb.append("</table>\n");
    }

    private static void behaviour(StringBuilder sb, SessionAnalysis a) {
        SessionAnalysis.Summary s = a.summary();
        sb.append("<h2>Clinician behaviour and client talk</h2>\n<table>");
        sb.append(String.format(Locale.ROOT, "<tr><td>Reflection-to-question ratio</td><td class=\"num\">%.2f</td>"
                        + "<td class=\"band-%s\">MITI %s</td></tr>", s.reflectionToQuestion(),
                s.reflectionToQuestionBand().name(), AnalysisJson.lower(s.reflectionToQuestionBand())));
        if (s.complexReflectionShare() != null) {
            sb.append(String.format(Locale.ROOT, "<tr><td>Complex reflections</td><td class=\"num\">%.0f %%</td>"
                            + "<td class=\"band-%s\">MITI %s</td></tr>", s.complexReflectionShare() * 100,
                    s.complexReflectionBand().name(), AnalysisJson.lower(s.complexReflectionBand())));
        }
        if (s.changeTalkShare() != null) {
            sb.append(String.format(Locale.ROOT, "<tr><td>Change talk (of change + sustain)</td>"
                    + "<td class=\"num\">%.0f %%</td><td></td></tr>", s.changeTalkShare() * 100));
        }
        sb.append("</table>\n");
        List<String[]> bars = new ArrayList<>();
        for (Behaviour b : Behaviour.values()) {
            bars.add(new String[] {AnalysisJson.lower(b), String.valueOf(s.behaviours().getOrDefault(b, 0)), "#2b6cb0"});
        }
        for (TalkType tt : TalkType.values()) {
            bars.add(new String[] {"client " + AnalysisJson.lower(tt), String.valueOf(s.talkTypes().getOrDefault(tt, 0)),
                tt == TalkType.CHANGE ? "#38a169" : tt == TalkType.SUSTAIN ? "#c53030" : "#a0aec0"});
        }
        int max = 1;
        for (String[] b : bars) {
            max = Math.max(max, Integer.parseInt(b[1]));
        }
        int rowH = 24;
        sb.append("<svg role=\"img\" aria-label=\"Behaviour and talk-type counts\" width=\"").append(W)
                .append("\" height=\"").append(bars.size() * rowH + 10).append("\" viewBox=\"0 0 ").append(W)
                .append(' ').append(bars.size() * rowH + 10).append("\">");
        int y = 4;
        for (String[] b : bars) {
            double w = (W - 260) * Integer.parseInt(b[1]) / (double) max;
            sb.append(String.format(Locale.ROOT, "<text x=\"150\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s"
                            + "</text><rect x=\"160\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>", y + 13, esc(b[0]), y, w, b[2],
                    165 + w, y + 13, b[1]));
            y += rowH;
        }
        sb.append("</svg>\n");
    }

    private static void markers(StringBuilder sb, SessionAnalysis a) {
        sb.append("<h2>Language markers (client turns)</h2>\n<table><tr><th>marker</th><th class=\"num\">count</th>"
                + "<th class=\"num\">per 100 words</th><th>turns</th></tr>");
        for (SessionAnalysis.Marker m : a.markers()) {
            sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%.1f</td>"
                            + "<td>%s</td></tr>", AnalysisJson.lower(m.kind()), m.count(), m.ratePer100Words(),
                    esc(ids(m.evidence()))));
        }
        sb.append("</table>\n<h2>Interventions (clinician turns)</h2>\n");
        if (a.interventions().isEmpty()) {
            sb.append("<p>None named.</p>\n");
            return;
        }
        sb.append("<table><tr><th>intervention</th><th>turns</th></tr>");
        for (SessionAnalysis.Intervention i : a.interventions()) {
            sb.append("<tr><td>").append(AnalysisJson.lower(i.kind())).append("</td><td>")
                    .append(esc(ids(i.evidence()))).append("</td></tr>");
        }
        sb.append("</table>\n");
    }

    private static String ids(List<String> ids) {
        if (ids.size() <= 15) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, 15)) + ", … (" + ids.size() + " turns)";
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
