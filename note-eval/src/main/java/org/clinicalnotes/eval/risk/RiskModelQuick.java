package org.clinicalnotes.eval.risk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.semantic.internal.UnitModel;

/**
 * The cheaper protocols of {@link RiskModelTrainer} (property {@code risk.quick}): one model per held-out source,
 * for ablations and width comparisons, and (with {@code risk.ship}) the shipped model with thresholds chosen per
 * held-out source on the other sources' readings.
 */
final class RiskModelQuick {

    private RiskModelQuick() {
    }

    /**
     * A cheaper comparison for ablations (property {@code risk.quick}): one model per held-out source, and one set of
     * thresholds chosen on all the held-out readings pooled (optimistic in absolute terms, the same for both arms of
     * a comparison); no model file is written.
     */
    static void quick(List<RiskModelTrainer.Example> all, List<String> groups, MilLogistic.Params p0, String reportPath)
            throws IOException {
        String[] widths = System.getProperty("risk.quickHidden", String.valueOf(p0.hidden())).split(",");
        for (String w : widths) {
            MilLogistic.Params p = new MilLogistic.Params(Integer.parseInt(w.trim()), p0.epochs(), p0.rate(), p0.l2(),
                    p0.balance(), p0.batch());
            String out = widths.length == 1 ? reportPath : reportPath.replace(".md", "-h" + w.trim() + ".md");
            quick(all, groups, p, out, 0);
        }
    }

    private static void quick(List<RiskModelTrainer.Example> all, List<String> groups, MilLogistic.Params p,
                              String reportPath, int unused) throws IOException {
        long start = System.nanoTime();
        List<RiskModelTrainer.Scored> outer = new ArrayList<>();
        Map<String, UnitModel> foldModels = new HashMap<>();
        for (String g : groups) {
            UnitModel m = RiskModelTrainer.trainAll(all.stream().filter(e -> !e.group().equals(g)).toList(), p, null);
            foldModels.put(g, m);
            all.stream().filter(e -> e.group().equals(g) && !e.augmented())
                    .forEach(e -> outer.add(new RiskModelTrainer.Scored(e, m.read(e.xs()))));
        }
        String ship = System.getProperty("risk.ship");
        if (ship != null) {
            ship(all, groups, p, outer, foldModels, Path.of(ship), reportPath, start);
            return;
        }
        boolean shippedRule = RiskModelTrainer.unframed;
        for (boolean arm : new boolean[] {false, true}) {
            RiskModelTrainer.unframed = arm;
            RiskModelTrainer.Outcome o = RiskModelTrainer.outcome(outer, RiskModelTrainer.choose(outer));
            System.err.printf(Locale.ROOT, "quick hidden %d, add over unframed UNCLEAR %s: %s objective %.1f"
                    + " (%d s)%n", p.hidden(), arm, o, o.objective(), (System.nanoTime() - start) / 1_000_000_000L);
        }
        RiskModelTrainer.unframed = shippedRule;
        String fixed = System.getProperty("risk.thresholdsFrom");
        UnitModel.Thresholds t = fixed == null ? RiskModelTrainer.choose(outer)
                : UnitModel.read(Files.newInputStream(Path.of(fixed)), fixed).thresholds();
        Map<String, UnitModel.Thresholds> chosen = new HashMap<>();
        groups.forEach(g -> chosen.put(g, t));
        String report = (fixed == null ? "QUICK (thresholds pooled, not nested; for comparisons only)\n\n"
                : "QUICK with the thresholds of " + fixed + " on every held-out fold\n\n")
                + RiskCvReport.markdown(all.size(), groups, outer, chosen, t, p)
                + AttributeCv.markdown(outer, chosen, foldModels)
                + String.format(Locale.ROOT, "%nTraining: augmentation %s, evidence %s, hidden %d, add over unframed"
                        + " UNCLEAR %s; objective %.1f%n", RiskModelTrainer.AUGMENT, RiskModelTrainer.EVIDENCE,
                        p.hidden(), RiskModelTrainer.unframed, RiskModelTrainer.outcome(outer, t).objective());
        Files.writeString(Path.of(reportPath), report, StandardCharsets.UTF_8);
    }

    /**
     * Ships a model from one round of leave-one-source-out readings (property {@code risk.ship=MODEL.tsv}, with
     * {@code risk.quick}): each source's thresholds are chosen on the other sources' held-out readings and scored on
     * its own (the reported figure); the shipped thresholds are the per-kind median of those choices, and the shipped
     * weights are trained on every source. Cheaper than the nested protocol (one model per source instead of five),
     * at the price of a mild optimism: the readings a fold's thresholds are chosen on come from models that saw it.
     */
    static void ship(List<RiskModelTrainer.Example> all, List<String> groups, MilLogistic.Params p, List<RiskModelTrainer.Scored> outer,
                             Map<String, UnitModel> foldModels, Path out, String reportPath, long start)
            throws IOException {
        Map<String, UnitModel.Thresholds> chosen = new HashMap<>();
        for (String g : groups) {
            chosen.put(g, RiskModelTrainer.choose(outer.stream().filter(x -> !x.e().group().equals(g)).toList()));
        }
        int n = RiskFlag.Kind.values().length;
        double[][] med = new double[3][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < 3; j++) {
                double[] v = new double[groups.size()];
                for (int i = 0; i < v.length; i++) {
                    UnitModel.Thresholds t = chosen.get(groups.get(i));
                    v[i] = (j == 0 ? t.add() : j == 1 ? t.veto() : t.deny())[k];
                }
                java.util.Arrays.sort(v);
                med[j][k] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            }
        }
        UnitModel.Thresholds shipped = new UnitModel.Thresholds(med[0], med[1], med[2]);
        RiskModelTrainer.Outcome held = new RiskModelTrainer.Outcome(0, 0, 0, 0);
        for (String g : groups) {
            held = RiskModelTrainer.plus(held, RiskModelTrainer.outcome(outer.stream().filter(x -> x.e().group().equals(g)).toList(), chosen.get(g)));
        }
        System.err.printf(Locale.ROOT, "held out with each fold's thresholds: %s objective %.1f (%d s)%n", held,
                held.objective(), (System.nanoTime() - start) / 1_000_000_000L);
        UnitModel model = RiskModelTrainer.trainAll(all, p, shipped);
        RiskModelTrainer.writeModel(model, out, all.size(), groups, "Thresholds per kind: the median of the"
                + " leave-one-source-out choices (each chosen on the other sources' held-out readings). Params " + p + ".");
        String report = "Leave-one-source-out, each held-out source read with thresholds chosen on the others"
                + " (risk.ship)\n\n" + RiskCvReport.markdown(all.size(), groups, outer, chosen, shipped, p)
                + AttributeCv.markdown(outer, chosen, foldModels)
                + String.format(Locale.ROOT, "%nTraining: %d conversations (%d ASR-style twins), augmentation %s,"
                        + " evidence %s, hidden %d, add over unframed UNCLEAR %s; objective %.1f%n", all.size(),
                        all.stream().filter(RiskModelTrainer.Example::augmented).count(), RiskModelTrainer.AUGMENT, RiskModelTrainer.EVIDENCE, p.hidden(), RiskModelTrainer.unframed,
                        held.objective());
        Files.writeString(Path.of(reportPath), report, StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "shipped %s (%d s)%n", out, (System.nanoTime() - start) / 1_000_000_000L);
    }

}
