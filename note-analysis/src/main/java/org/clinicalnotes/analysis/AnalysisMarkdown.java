package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * An analysis as {@code analysis.md}, for the clinician: talk, behaviour summaries with MITI bands, moments with a
 * short excerpt of their turns, markers, interventions and timing. Stateless, thread-safe.
 *
 * @since 0.2.0
 */
public final class AnalysisMarkdown {

    static final int EXCERPT = 90;

    private AnalysisMarkdown() {
    }

    /**
     * @param a the analysis, not null
     * @param transcript the transcript it was made from (for moment excerpts), not null
     * @return the Markdown text
     */
    public static String render(SessionAnalysis a, Transcript transcript) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(transcript, "transcript");
        StringBuilder sb = new StringBuilder();
        sb.append("# Session analysis\n\n")
                .append("_Draft analytics for the clinician: they describe the conversation, they are not a diagnosis. "
                        + "Utterance ids (u1, u2, …) are those of the transcript and the note._\n\n");
        sb.append("## Talk\n\n| speaker | role | turns | words | share | seconds | words/min |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (SessionAnalysis.SpeakerTalk s : a.speakers()) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f %% | %s | %s |%n", cell(s.label()),
                    AnalysisJson.lower(s.role()), s.turns(), s.words(), s.wordShare() * 100,
                    s.seconds() == null ? "–" : String.format(Locale.ROOT, "%.1f", s.seconds()),
                    s.wordsPerMinute() == null ? "–" : String.format(Locale.ROOT, "%.0f", s.wordsPerMinute())));
        }
        if (a.timing() != null) {
            SessionAnalysis.Timing t = a.timing();
            sb.append(String.format(Locale.ROOT, "%nSession %.0f s, silence %.0f s, %d silence%s of 3 s or more%s.",
                    t.totalSeconds(), t.silenceSeconds(), t.longSilences().size(),
                    t.longSilences().size() == 1 ? "" : "s",
                    t.longSilences().isEmpty() ? "" : " (before " + String.join(", ", t.longSilences()) + ")"));
            if (t.clinicianLatencySeconds() != null) {
                sb.append(String.format(Locale.ROOT, " Median clinician response latency %.1f s.",
                        t.clinicianLatencySeconds()));
            }
            if (t.patientLatencySeconds() != null) {
                sb.append(String.format(Locale.ROOT, " Median patient response latency %.1f s.",
                        t.patientLatencySeconds()));
            }
            sb.append('\n');
        }
        SessionAnalysis.Summary s = a.summary();
        sb.append("\n## Clinician behaviour and client talk\n\n");
        sb.append(String.format(Locale.ROOT, "- Reflection-to-question ratio: %.2f (MITI band: %s)%n",
                s.reflectionToQuestion(), AnalysisJson.lower(s.reflectionToQuestionBand())));
        if (s.complexReflectionShare() != null) {
            sb.append(String.format(Locale.ROOT, "- Complex reflections: %.0f %% of reflections (MITI band: %s)%n",
                    s.complexReflectionShare() * 100, AnalysisJson.lower(s.complexReflectionBand())));
        }
        if (s.changeTalkShare() != null) {
            sb.append(String.format(Locale.ROOT, "- Change talk: %.0f %% of change plus sustain talk%n",
                    s.changeTalkShare() * 100));
        }
        sb.append("- Clinician behaviour: ").append(counts(s.behaviours(), Behaviour.values())).append('\n');
        sb.append("- Finer codes (rule-based hints): ").append(counts(s.codes(), MiCode.values())).append('\n');
        sb.append("- Client talk: ").append(counts(s.talkTypes(), TalkType.values())).append('\n');
        sb.append("\n## Moments\n\n");
        if (a.moments().isEmpty()) {
            sb.append("No stretch of high emotional intensity.\n");
        }
        for (SessionAnalysis.Moment m : a.moments()) {
            sb.append(String.format(Locale.ROOT, "- **%s** (intensity %.2f) %s: %s%n", m.label().text(),
                    m.intensity(), String.join(", ", m.utteranceIds()), excerpt(transcript, m.utteranceIds())));
        }
        sb.append("\n## Language markers (client turns)\n\n");
        for (SessionAnalysis.Marker m : a.markers()) {
            sb.append(String.format(Locale.ROOT, "- %s: %d (%.1f per 100 words)%s%n", AnalysisJson.lower(m.kind()),
                    m.count(), m.ratePer100Words(), evidence(m.evidence())));
        }
        sb.append("\n## Interventions (clinician turns)\n\n");
        if (a.interventions().isEmpty()) {
            sb.append("None named.\n");
        }
        for (SessionAnalysis.Intervention i : a.interventions()) {
            sb.append("- ").append(AnalysisJson.lower(i.kind())).append(evidence(i.evidence())).append('\n');
        }
        return sb.toString();
    }

    private static String evidence(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> shown = ids.size() > 12 ? new ArrayList<>(ids.subList(0, 12)) : ids;
        return " — " + String.join(", ", shown) + (ids.size() > 12 ? ", … (" + ids.size() + " turns)" : "");
    }

    private static <E extends Enum<E>> String counts(java.util.Map<E, Integer> m, E[] order) {
        List<String> parts = new ArrayList<>();
        for (E e : order) {
            parts.add(AnalysisJson.lower(e) + " " + m.getOrDefault(e, 0));
        }
        return String.join(", ", parts);
    }

    static String excerpt(Transcript t, List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            Utterance u = t.utterance(id).orElse(null);
            if (u == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" / ");
            }
            String text = u.text().replaceAll("\\s+", " ");
            sb.append(text.length() > EXCERPT ? text.substring(0, EXCERPT - 1) + "…" : text);
            if (sb.length() > 2 * EXCERPT) {
                break;
            }
        }
        return "“" + cell(sb.toString()) + "”";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
