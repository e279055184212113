package org.clinicalnotes.eval.annomi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * The AnnoMI test-split report: every session (ids mod 5 = 0, never trained or tuned on) is rebuilt as
 * {@code Therapist: …} / {@code Client: …} lines, read with the SDK's reader and analysed with
 * {@link SessionAnalyzer}; the predicted behaviour and talk type of each utterance are compared with AnnoMI's labels
 * (macro-F1, per-class precision, recall and F1, confusion), and the session summaries are scored by how well they
 * separate high- from low-quality sessions (AUC). Also checks that each session gives one utterance per row.
 *
 * <p>Run: {@code java -cp … org.clinicalnotes.eval.annomi.AnnomiReport [AnnoMI-simple.csv] [--all]}; {@code --all}
 * also analyses the training sessions (a smoke test that every AnnoMI session analyses; their figures are not
 * held out).
 */
public final class AnnomiReport {

    private AnnomiReport() {
    }

    /**
     * @param args optional: the csv path, {@code --all}
     */
    public static void main(String[] args) {
        Path csv = AnnomiData.defaultCsv();
        boolean all = false;
        for (String a : args) {
            if (a.equals("--all")) {
                all = true;
            } else {
                csv = Path.of(a);
            }
        }
        SessionAnalyzer analyzer = SessionAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
        TranscriptReader reader = TranscriptReader.defaults();
        int[][] behaviour = new int[4][4];
        int[][] talk = new int[3][3];
        List<double[]> summaries = new ArrayList<>();
        List<Boolean> high = new ArrayList<>();
        int sessions = 0;
        int analysed = 0;
        for (AnnomiData.Session s : AnnomiData.read(csv)) {
            if (!s.test() && !all) {
                continue;
            }
            Transcript t = reader.read(s.asText(), "annomi-" + s.id());
            if (t.size() != s.rows().size()) {
                throw new IllegalStateException("AnnoMI " + s.id() + ": " + s.rows().size() + " rows gave "
                        + t.size() + " utterances");
            }
            SessionAnalysis a = analyzer.analyze(t);
            analysed++;
            if (!s.test()) {
                continue;
            }
            sessions++;
            for (int i = 0; i < s.rows().size(); i++) {
                AnnomiData.Row r = s.rows().get(i);
                SessionAnalysis.UtteranceAnalysis u = a.utterances().get(i);
                if (r.behaviour() != null && u.behaviour() != null) {
                    behaviour[MiTrainer.BEHAVIOURS.indexOf(r.behaviour())]
                            [MiTrainer.BEHAVIOURS.indexOf(u.behaviour().name())]++;
                }
                if (r.talk() != null && u.talkType() != null) {
                    talk[MiTrainer.TALK.indexOf(r.talk())][MiTrainer.TALK.indexOf(u.talkType().name())]++;
                }
            }
            SessionAnalysis.Summary sm = a.summary();
            summaries.add(new double[] {sm.reflectionToQuestion(),
                sm.complexReflectionShare() == null ? 0 : sm.complexReflectionShare(),
                sm.changeTalkShare() == null ? 0.5 : sm.changeTalkShare()});
            high.add(s.highQuality());
        }
        System.out.printf(Locale.ROOT, "AnnoMI test split (transcript_id mod 5 = 0): %d sessions (%d high, %d low); "
                + "%d sessions analysed in all%n%n", sessions, high.stream().filter(b -> b).count(),
                high.stream().filter(b -> !b).count(), analysed);
        table("Clinician behaviour", MiTrainer.BEHAVIOURS, behaviour, 0.72, 0.83);
        table("Client talk type", MiTrainer.TALK, talk, 0.55, 0.66);
        System.out.println("Separating high- from low-quality sessions (AUC, 0.5 = chance):");
        String[] names = {"reflection-to-question ratio", "complex-reflection share", "change-talk share"};
        for (int k = 0; k < names.length; k++) {
            final int idx = k;
            System.out.printf(Locale.ROOT, "  %-30s %.3f%n", names[k], auc(summaries, high, v -> v[idx]));
        }
        System.out.printf(Locale.ROOT, "  %-30s %.3f%n", "sum of the three z-scores",
                auc(summaries, high, zsum(summaries)));
    }

    private static Function<double[], Double> zsum(List<double[]> xs) {
        int k = xs.get(0).length;
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (double[] x : xs) {
            for (int i = 0; i < k; i++) {
                mean[i] += x[i] / xs.size();
            }
        }
        for (double[] x : xs) {
            for (int i = 0; i < k; i++) {
                sd[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / xs.size();
            }
        }
        return v -> {
            double s = 0;
            for (int i = 0; i < k; i++) {
                s += sd[i] == 0 ? 0 : (v[i] - mean[i]) / Math.sqrt(sd[i]);
            }
            return s;
        };
    }

    static double auc(List<double[]> xs, List<Boolean> positive, Function<double[], Double> score) {
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < xs.size(); i++) {
            if (!positive.get(i)) {
                continue;
            }
            for (int j = 0; j < xs.size(); j++) {
                if (positive.get(j)) {
                    continue;
                }
                double a = score.apply(xs.get(i));
                double b = score.apply(xs.get(j));
                wins += a > b ? 1 : a == b ? 0.5 : 0;
                pairs++;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    private static void table(String title, List<String> classes, int[][] c, double priorText, double priorFull) {
        System.out.printf(Locale.ROOT, "%s: macro-F1 %.3f (M3TCM paper: text-only prior best %.2f, M3TCM %.2f; "
                + "different splits)%n", title, MiTrainer.macroF1(c), priorText, priorFull);
        System.out.println("  class        precision recall  F1     gold  predicted");
        for (int k = 0; k < classes.size(); k++) {
            int tp = c[k][k];
            int gold = 0;
            int pred = 0;
            for (int o = 0; o < classes.size(); o++) {
                gold += c[k][o];
                pred += c[o][k];
            }
            double p = pred == 0 ? 0 : (double) tp / pred;
            double r = gold == 0 ? 0 : (double) tp / gold;
            System.out.printf(Locale.ROOT, "  %-12s %.3f     %.3f   %.3f  %4d  %4d%n", classes.get(k), p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), gold, pred);
        }
        System.out.println("  confusion (rows gold, columns predicted): " + java.util.Arrays.deepToString(c));
        System.out.println();
    }
}
