package org.clinicalnotes.eval.annomi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * Agreement of {@link SessionAnalyzer}'s intensities and moments with the blind affect sessions
 * ({@code affect-blind/}, frozen; written by someone who had not seen the code): Spearman correlation of intensity
 * with the hand labels (0-3), exact and within-one agreement after binning intensity at fixed cut points chosen
 * before the first score (0.2, 0.45, 0.7), and moment recall, precision and label agreement (a moment matches a
 * gold moment when they share an utterance).
 *
 * <p>Run: {@code java -cp … org.clinicalnotes.eval.annomi.AffectBlindReport}.
 */
public final class AffectBlindReport {

    static final double[] CUTS = {0.2, 0.45, 0.7};

    private AffectBlindReport() {
    }

    /** @param args none */
    public static void main(String[] args) {
        JsonNode labels = json("labels.json");
        SessionAnalyzer analyzer = SessionAnalyzer.create();
        List<double[]> all = new ArrayList<>();
        List<double[]> client = new ArrayList<>();
        int goldMoments = 0;
        int found = 0;
        int ours = 0;
        int oursMatched = 0;
        int labelAgree = 0;
        int exact = 0;
        int withinOne = 0;
        for (JsonNode session : labels) {
            String file = session.get("file").asText();
            Transcript t = TranscriptReader.defaults().read(text(file), file);
            SessionAnalysis a = analyzer.analyze(t);
            Map<String, SessionAnalysis.UtteranceAnalysis> byId = new HashMap<>();
            a.utterances().forEach(u -> byId.put(u.id(), u));
            for (JsonNode u : session.get("utterances")) {
                SessionAnalysis.UtteranceAnalysis ua = byId.get(u.get("id").asText());
                if (ua == null) {
                    throw new IllegalStateException(file + ": no utterance " + u.get("id").asText());
                }
                int gold = u.get("intensity").asInt();
                double ours1 = ua.tone().intensity();
                all.add(new double[] {ours1, gold});
                if (ua.role() != SpeakerRole.CLINICIAN) {
                    client.add(new double[] {ours1, gold});
                }
                int bin = bin(ours1);
                exact += bin == gold ? 1 : 0;
                withinOne += Math.abs(bin - gold) <= 1 ? 1 : 0;
            }
            List<Set<String>> gold = new ArrayList<>();
            List<String> goldLabels = new ArrayList<>();
            JsonNode gm = session.get("moments");
            for (int i = 0; i < gm.size(); i++) {
                Set<String> ids = new HashSet<>();
                gm.get(i).forEach(n -> ids.add(n.asText()));
                gold.add(ids);
                goldLabels.add(session.get("momentLabels").get(i).asText());
            }
            goldMoments += gold.size();
            StringBuilder line = new StringBuilder();
            for (int g = 0; g < gold.size(); g++) {
                boolean hit = false;
                for (SessionAnalysis.Moment m : a.moments()) {
                    if (overlaps(m.utteranceIds(), gold.get(g))) {
                        hit = true;
                        if (m.label().text().equals(goldLabels.get(g))) {
                            labelAgree++;
                            break;
                        }
                    }
                }
                found += hit ? 1 : 0;
                if (!hit) {
                    line.append(" missed gold ").append(goldLabels.get(g)).append(' ').append(gold.get(g));
                }
            }
            for (SessionAnalysis.Moment m : a.moments()) {
                ours++;
                boolean hit = gold.stream().anyMatch(g -> overlaps(m.utteranceIds(), g));
                oursMatched += hit ? 1 : 0;
                if (!hit) {
                    line.append(" extra ").append(m.label().text()).append(' ').append(m.utteranceIds());
                }
            }
            System.out.printf(Locale.ROOT, "%-22s gold %s %s; ours %s%s%n", file, gold, goldLabels,
                    a.moments().stream().map(m -> m.label().text() + " " + m.utteranceIds()).toList(), line);
        }
        System.out.printf(Locale.ROOT, "%nIntensity vs hand labels (0-3): Spearman %.3f over %d utterances, %.3f over "
                + "%d client turns%n", spearman(all), all.size(), spearman(client), client.size());
        System.out.printf(Locale.ROOT, "Binned at %s: exact %d/%d (%.1f %%), within one %d/%d (%.1f %%)%n",
                java.util.Arrays.toString(CUTS), exact, all.size(), 100.0 * exact / all.size(), withinOne, all.size(),
                100.0 * withinOne / all.size());
        System.out.printf(Locale.ROOT, "Moments: recall %d/%d, precision %d/%d, label agreement on found %d/%d%n",
                found, goldMoments, oursMatched, ours, labelAgree, found);
    }

    static int bin(double x) {
        int b = 0;
        for (double c : CUTS) {
            if (x >= c) {
                b++;
            }
        }
        return b;
    }

    private static boolean overlaps(List<String> ids, Set<String> gold) {
        for (String id : ids) {
            if (gold.contains(id)) {
                return true;
            }
        }
        return false;
    }

    static double spearman(List<double[]> xs) {
        double[] ra = ranks(xs, 0);
        double[] rb = ranks(xs, 1);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < ra.length; i++) {
            ma += ra[i] / ra.length;
            mb += rb[i] / rb.length;
        }
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < ra.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }

    private static double[] ranks(List<double[]> xs, int col) {
        int n = xs.size();
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(xs.get(a)[col], xs.get(b)[col]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && xs.get(idx[j + 1])[col] == xs.get(idx[i])[col]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[idx[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    private static String text(String file) {
        try (InputStream in = AffectBlindReport.class.getResourceAsStream("/affect-blind/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing affect-blind/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String file) {
        try {
            return new ObjectMapper().readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
