package org.clinicalnotes.eval.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.semantic.internal.UnitModel;

/** The cross-validation report of {@link RiskModelTrainer}: status-level figures, rules alone and with the model. */
final class RiskCvReport {

    private RiskCvReport() {
    }

    static String markdown(int n, List<String> groups, List<RiskModelTrainer.Scored> outer,
                           Map<String, UnitModel.Thresholds> chosen, UnitModel.Thresholds shipped,
                           MilLogistic.Params p) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Learned risk model: grouped cross-validation\n\n");
        sb.append(n).append(" blind-written conversations from ").append(groups.size())
                .append(" source files; one fold per file (leave one source out), so that a writer's style never sits"
                        + " on both sides. Nested: each fold's thresholds were chosen on held-out readings of the other"
                        + " files only. Status-level figures (the C-SSRS level and the perpetrator are scored on the full"
                        + " screen in the frozen-test reports). Params ").append(p).append(".\n\n");
        sb.append("Thresholds add / veto / deny per kind, for each held-out source (chosen without it) and shipped"
                + " (chosen on every source's held-out readings):\n\n| kind |");
        groups.forEach(g -> sb.append(' ').append(g).append(" (").append(outer.stream()
                .filter(s -> s.e().group().equals(g)).count()).append(") |"));
        sb.append(" shipped |\n|---|").append("---|".repeat(groups.size() + 1)).append('\n');
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            sb.append("| ").append(k.name().toLowerCase(Locale.ROOT)).append(" |");
            groups.forEach(g -> sb.append(' ').append(chosen.get(g).of(k)).append(" |"));
            sb.append(' ').append(shipped.of(k)).append(" |\n");
        }
        sb.append('\n');
        table(sb, "Rules alone (lexical rules + semantic matcher)", outer, null);
        table(sb, "Rules + learned model (held out)", outer, chosen);
        auc(sb, outer);
        sb.append("### Per held-out source (rules + model)\n\n");
        sb.append("| source | PRESENT recall | precision | DENIED read | hard negatives flagged |\n|---|---|---|---|---|\n");
        for (String g : groups) {
            Counts c = new Counts();
            count(outer.stream().filter(s -> s.e().group().equals(g)).toList(), chosen, new EnumMap<>(RiskFlag.Kind.class),
                    new LinkedHashMap<>(), c);
            sb.append("| ").append(g).append(" | ").append(pct(c.found, c.present)).append(" | ")
                    .append(pct(c.right, c.flags)).append(" | ").append(pct(c.deniedRight, c.denied)).append(" | ")
                    .append(c.hnAlarms).append(" of ").append(c.hn).append(" (").append(pct(c.hnAlarms, c.hn))
                    .append(") |\n");
        }
        return sb.toString();
    }

    /** Held-out AUC of each kind's present reading, over all conversations and over those the rules did not flag. */
    private static void auc(StringBuilder sb, List<RiskModelTrainer.Scored> outer) {
        sb.append("### Held-out ranking of the present reading\n\n");
        sb.append("| kind | AUC, all | AUC, where the rules did not read PRESENT | PRESENT cases without a candidate unit |\n");
        sb.append("|---|---|---|---|\n");
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            List<double[]> all = new ArrayList<>();
            List<double[]> missed = new ArrayList<>();
            int none = 0;
            for (RiskModelTrainer.Scored s : outer) {
                BlindRiskReport.Case c = s.e().c();
                if (c.allow().contains(k)) {
                    continue;
                }
                double y = c.expect().get(k) == RiskFlag.Status.PRESENT ? 1 : 0;
                double[] r = s.r()[k.ordinal()][org.clinicalnotes.semantic.internal.UnitModel.PRESENT];
                double score = r[1] < 0 ? -1 : r[0];
                none += y == 1 && r[1] < 0 ? 1 : 0;
                all.add(new double[] {score, y});
                if (s.e().rules().get(k) != RiskFlag.Status.PRESENT) {
                    missed.add(new double[] {score, y});
                }
            }
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d |%n", k.name().toLowerCase(Locale.ROOT),
                    auc(all), auc(missed), none));
        }
        sb.append('\n');
    }

    static double auc(List<double[]> xs) {
        long pos = xs.stream().filter(x -> x[1] == 1).count();
        long neg = xs.size() - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double[] a : xs) {
            if (a[1] != 1) {
                continue;
            }
            for (double[] b : xs) {
                if (b[1] == 0) {
                    sum += a[0] > b[0] ? 1 : a[0] == b[0] ? 0.5 : 0;
                }
            }
        }
        return sum / (pos * neg);
    }

    /** Counts for one slice. */
    static final class Counts {
        int present;
        int found;
        int flags;
        int right;
        int denied;
        int deniedRight;
        int deniedNotPresent;
        int hn;
        int hnAlarms;
    }

    private static void table(StringBuilder sb, String title, List<RiskModelTrainer.Scored> outer,
                              Map<String, UnitModel.Thresholds> chosen) {
        Map<RiskFlag.Kind, Counts> byKind = new EnumMap<>(RiskFlag.Kind.class);
        Map<String, Counts> byStyle = new LinkedHashMap<>();
        Counts all = new Counts();
        count(outer, chosen, byKind, byStyle, all);
        sb.append("### ").append(title).append("\n\n");
        sb.append("| kind | PRESENT cases | recall | PRESENT flags | precision | DENIED cases | read DENIED | not read PRESENT |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        byKind.forEach((k, c) -> row(sb, k.name().toLowerCase(Locale.ROOT), c));
        byStyle.forEach((s, c) -> row(sb, "*style " + s + "*", c));
        row(sb, "**all**", all);
        sb.append("\nHard negatives flagged PRESENT: ").append(all.hnAlarms).append(" of ").append(all.hn).append(" (")
                .append(pct(all.hnAlarms, all.hn)).append(").\n\n");
    }

    private static void count(List<RiskModelTrainer.Scored> outer, Map<String, UnitModel.Thresholds> chosen,
                              Map<RiskFlag.Kind, Counts> byKind, Map<String, Counts> byStyle, Counts all) {
        for (RiskModelTrainer.Scored s : outer) {
            BlindRiskReport.Case c = s.e().c();
            UnitModel.Thresholds t = chosen == null ? null : chosen.get(s.e().group());
            Counts style = byStyle.computeIfAbsent(c.style(), x -> new Counts());
            boolean alarm = false;
            for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
                RiskFlag.Status st = RiskModelTrainer.status(s, k, t);
                RiskFlag.Status want = c.expect().get(k);
                List<Counts> slices = new ArrayList<>(List.of(all, style, byKind.computeIfAbsent(k, x -> new Counts())));
                for (Counts x : slices) {
                    if (want == RiskFlag.Status.PRESENT) {
                        x.present++;
                        x.found += st == RiskFlag.Status.PRESENT ? 1 : 0;
                    } else if (want == RiskFlag.Status.DENIED) {
                        x.denied++;
                        x.deniedRight += st == RiskFlag.Status.DENIED ? 1 : 0;
                        x.deniedNotPresent += st != RiskFlag.Status.PRESENT ? 1 : 0;
                    }
                    if (st == RiskFlag.Status.PRESENT && !c.allow().contains(k)) {
                        x.flags++;
                        x.right += want == RiskFlag.Status.PRESENT ? 1 : 0;
                    }
                }
                alarm |= st == RiskFlag.Status.PRESENT && want != RiskFlag.Status.PRESENT && !c.allow().contains(k);
            }
            if ("hard_negative".equals(c.group())) {
                all.hn++;
                all.hnAlarms += alarm ? 1 : 0;
            }
        }
    }

    private static void row(StringBuilder sb, String label, Counts c) {
        sb.append("| ").append(label).append(" | ").append(c.present).append(" | ").append(pct(c.found, c.present))
                .append(" | ").append(c.flags).append(" | ").append(pct(c.right, c.flags)).append(" | ").append(c.denied)
                .append(" | ").append(pct(c.deniedRight, c.denied)).append(" | ").append(pct(c.deniedNotPresent, c.denied))
                .append(" |\n");
    }

    private static String pct(int a, int b) {
        return BlindRiskReport.pct(a, b);
    }
}
