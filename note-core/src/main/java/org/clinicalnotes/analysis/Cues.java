package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/** Language markers, interventions and finer MI codes from the resource files. Immutable, thread-safe. */
final class Cues {

    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|don't|dont|didn't|isn't|wasn't|"
            + "won't|can't|cannot|wouldn't|doesn't|aren't|haven't|hasn't)\\W+(?:\\w+\\W+){0,2}$");

    private final Map<MarkerKind, Pattern> markers;
    private final Map<InterventionKind, Pattern> interventions;
    private final Map<MiCode, List<Pattern>> codes;

    private Cues(Map<MarkerKind, Pattern> markers, Map<InterventionKind, Pattern> interventions,
                 Map<MiCode, List<Pattern>> codes) {
        this.markers = markers;
        this.interventions = interventions;
        this.codes = codes;
    }

    static Cues load() {
        Map<MarkerKind, Pattern> m = new EnumMap<>(MarkerKind.class);
        for (String[] row : Tsv.rows(Cues.class, "markers.tsv", 2)) {
            m.put(MarkerKind.valueOf(row[0]), words(row[1]));
        }
        Map<InterventionKind, Pattern> iv = new EnumMap<>(InterventionKind.class);
        for (String[] row : Tsv.rows(Cues.class, "interventions.tsv", 2)) {
            iv.put(InterventionKind.valueOf(row[0]), words(row[1]));
        }
        Map<MiCode, List<Pattern>> c = new EnumMap<>(MiCode.class);
        for (String[] row : Tsv.rows(Cues.class, "mi-codes.tsv", 2)) {
            c.computeIfAbsent(MiCode.valueOf(row[0]), k -> new ArrayList<>())
                    .add(Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        c.replaceAll((k, v) -> List.copyOf(v));
        return new Cues(m, iv, c);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\w'])(?:" + alternatives + ")(?![\\w'])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String normalise(String text) {
        return text.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    boolean code(MiCode code, String text) {
        String s = normalise(text).strip();
        for (Pattern p : codes.getOrDefault(code, List.of())) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    List<SessionAnalysis.Marker> markers(Transcript t) {
        int clientWords = 0;
        Map<MarkerKind, Integer> counts = new EnumMap<>(MarkerKind.class);
        Map<MarkerKind, List<String>> evidence = new EnumMap<>(MarkerKind.class);
        for (Utterance u : t.utterances()) {
            if (u.role() != SpeakerRole.PATIENT) {
                continue;
            }
            clientWords += Talk.words(u.text());
            String s = normalise(u.text());
            for (Map.Entry<MarkerKind, Pattern> e : markers.entrySet()) {
                boolean guarded = e.getKey() == MarkerKind.HOPELESSNESS || e.getKey() == MarkerKind.SELF_CRITICISM;
                Matcher mt = e.getValue().matcher(s);
                int n = 0;
                while (mt.find()) {
                    if (guarded && NEGATION.matcher(s.substring(Math.max(0, mt.start() - 40), mt.start())).find()) {
                        continue;
                    }
                    n++;
                }
                if (n > 0) {
                    counts.merge(e.getKey(), n, Integer::sum);
                    evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(u.id());
                }
            }
        }
        List<SessionAnalysis.Marker> out = new ArrayList<>();
        for (MarkerKind k : MarkerKind.values()) {
            int n = counts.getOrDefault(k, 0);
            if (n == 0 && (k == MarkerKind.HOPELESSNESS || k == MarkerKind.SELF_CRITICISM)) {
                continue;
            }
            double rate = clientWords == 0 ? 0 : Talk.round(100.0 * n / clientWords, 2);
            out.add(new SessionAnalysis.Marker(k, n, rate, evidence.getOrDefault(k, List.of())));
        }
        return out;
    }

    List<SessionAnalysis.Intervention> interventions(Transcript t) {
        Map<InterventionKind, List<String>> found = new LinkedHashMap<>();
        for (Utterance u : t.utterances()) {
            if (u.role() != SpeakerRole.CLINICIAN) {
                continue;
            }
            String s = normalise(u.text());
            for (Map.Entry<InterventionKind, Pattern> e : interventions.entrySet()) {
                if (e.getValue().matcher(s).find()) {
                    found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(u.id());
                }
            }
        }
        List<SessionAnalysis.Intervention> out = new ArrayList<>();
        for (InterventionKind k : InterventionKind.values()) {
            if (found.containsKey(k)) {
                out.add(new SessionAnalysis.Intervention(k, found.get(k)));
            }
        }
        return out;
    }
}
