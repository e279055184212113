package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/** Language markers, interventions and finer MI codes from the resource files. Immutable, thread-safe. */
final class Cues {

    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|don't|dont|didn't|isn't|wasn't|"
            + "won't|can't|cannot|wouldn't|doesn't|aren't|haven't|hasn't)\\W+(?:\\w+\\W+){0,2}$");

    private final List<MarkerKind> markerKinds;
    private final WordPatterns markers;
    private final List<InterventionKind> interventionKinds;
    private final WordPatterns interventions;
    private final Map<MiCode, List<Pattern>> codes;

    private Cues(List<MarkerKind> markerKinds, WordPatterns markers, List<InterventionKind> interventionKinds,
                 WordPatterns interventions, Map<MiCode, List<Pattern>> codes) {
        this.markerKinds = markerKinds;
        this.markers = markers;
        this.interventionKinds = interventionKinds;
        this.interventions = interventions;
        this.codes = codes;
    }

    static Cues load() {
        List<MarkerKind> mk = new ArrayList<>();
        List<String> ml = new ArrayList<>();
        for (String[] row : Tsv.rows(Cues.class, "markers.tsv", 2)) {
            mk.add(MarkerKind.valueOf(row[0]));
            ml.add(row[1]);
        }
        List<InterventionKind> ik = new ArrayList<>();
        List<String> il = new ArrayList<>();
        for (String[] row : Tsv.rows(Cues.class, "interventions.tsv", 2)) {
            ik.add(InterventionKind.valueOf(row[0]));
            il.add(row[1]);
        }
        Map<MiCode, List<Pattern>> c = new EnumMap<>(MiCode.class);
        for (String[] row : Tsv.rows(Cues.class, "mi-codes.tsv", 2)) {
            c.computeIfAbsent(MiCode.valueOf(row[0]), k -> new ArrayList<>()).add(Pattern.compile(row[1]));
        }
        c.replaceAll((k, v) -> List.copyOf(v));
        return new Cues(List.copyOf(mk), WordPatterns.compile(ml), List.copyOf(ik), WordPatterns.compile(il), c);
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
            java.util.Set<MarkerKind> here = java.util.EnumSet.noneOf(MarkerKind.class);
            markers.scan(s, (tag, at) -> {
                MarkerKind k = markerKinds.get(tag);
                boolean guarded = k == MarkerKind.HOPELESSNESS || k == MarkerKind.SELF_CRITICISM;
                if (guarded && NEGATION.matcher(s.substring(Math.max(0, at - 40), at)).find()) {
                    return;
                }
                counts.merge(k, 1, Integer::sum);
                here.add(k);
            });
            for (MarkerKind k : here) {
                evidence.computeIfAbsent(k, x -> new ArrayList<>()).add(u.id());
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
            java.util.Set<InterventionKind> here = java.util.EnumSet.noneOf(InterventionKind.class);
            interventions.scan(normalise(u.text()), (tag, at) -> here.add(interventionKinds.get(tag)));
            for (InterventionKind k : here) {
                found.computeIfAbsent(k, x -> new ArrayList<>()).add(u.id());
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
