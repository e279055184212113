package org.clinicalnotes.eval.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.semantic.internal.UnitModel;

/**
 * The learned model's C-SSRS level and perpetrator heads: trained on the deciding unit of each endorsed case (the
 * best unit among the writer's evidence turns where given), and scored on held-out folds against what the screen
 * gave such flags before (the rules' level, or "non-specific thoughts" for a flag the model adds).
 */
final class AttributeCv {

    private AttributeCv() {
    }

    /** @return the model with level and perpetrator heads trained on the examples */
    static UnitModel withHeads(UnitModel m, List<RiskModelTrainer.Example> examples) {
        List<float[]> lx = new ArrayList<>();
        List<Integer> ly = new ArrayList<>();
        List<float[]> px = new ArrayList<>();
        List<Integer> py = new ArrayList<>();
        for (RiskModelTrainer.Example e : examples) {
            BlindRiskReport.Case c = e.c();
            if (e.xs().isEmpty()) {
                continue;
            }
            if (c.cssrs() != null && c.expect().get(RiskFlag.Kind.SUICIDAL_IDEATION) == RiskFlag.Status.PRESENT) {
                lx.add(e.xs().get(best(m, e, RiskFlag.Kind.SUICIDAL_IDEATION)));
                ly.add(UnitModel.LEVELS.indexOf(c.cssrs()));
            }
            RiskFlag.Kind abuse = abuseKind(c);
            if (c.perpetrator() != null && abuse != null && UnitModel.PERPETRATORS.contains(c.perpetrator())) {
                px.add(e.xs().get(best(m, e, abuse)));
                py.add(UnitModel.PERPETRATORS.indexOf(c.perpetrator()));
            }
        }
        return m.with(MilLogistic.trainSoftmax("level", UnitModel.LEVELS, lx, ly),
                MilLogistic.trainSoftmax("perpetrator", UnitModel.PERPETRATORS, px, py));
    }

    private static RiskFlag.Kind abuseKind(BlindRiskReport.Case c) {
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            if (UnitModel.isAbuse(k) && c.expect().get(k) == RiskFlag.Status.PRESENT) {
                return k;
            }
        }
        return null;
    }

    /** The unit with the best present reading of the kind, among the evidence units where there are any. */
    private static int best(UnitModel m, RiskModelTrainer.Example e, RiskFlag.Kind k) {
        boolean[] ev = e.bag().evidence();
        int best = -1;
        double bestZ = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < e.xs().size(); u++) {
            if (ev != null && !ev[u]) {
                continue;
            }
            double z = m.logits(e.xs().get(u))[k.ordinal() * UnitModel.HEADS + UnitModel.PRESENT];
            if (z > bestZ) {
                bestZ = z;
                best = u;
            }
        }
        return best;
    }

    static String markdown(List<RiskModelTrainer.Scored> outer, Map<String, UnitModel.Thresholds> chosen,
                           Map<String, UnitModel> models) {
        int[] levelRule = new int[2];
        int[] levelHead = new int[2];
        int[] levelN = new int[2];
        int[] perpRule = new int[2];
        int[] perpHead = new int[2];
        int[] perpN = new int[2];
        for (RiskModelTrainer.Scored s : outer) {
            BlindRiskReport.Case c = s.e().c();
            UnitModel m = models.get(s.e().group());
            UnitModel.Thresholds t = chosen.get(s.e().group());
            for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
                if (c.expect().get(k) != RiskFlag.Status.PRESENT || RiskModelTrainer.status(s, k, t) != RiskFlag.Status.PRESENT) {
                    continue;
                }
                int unit = (int) s.r()[k.ordinal()][UnitModel.PRESENT][1];
                if (unit < 0) {
                    continue;
                }
                float[] x = s.e().xs().get(unit);
                int added = s.e().rules().get(k) == RiskFlag.Status.PRESENT ? 0 : 1;
                RiskFinding f = s.e().findings().get(k);
                RiskFlag rule = f == null || f.status() != RiskFlag.Status.PRESENT ? null : f.flag();
                if (k == RiskFlag.Kind.SUICIDAL_IDEATION && c.cssrs() != null) {
                    levelN[added]++;
                    RiskFlag.CssrsLevel was = rule != null && rule.cssrs() != null ? rule.cssrs() : RiskFlag.CssrsLevel.NON_SPECIFIC_THOUGHTS;
                    levelRule[added] += was.name().equals(c.cssrs()) ? 1 : 0;
                    levelHead[added] += m.levelHead().predict(x).equals(c.cssrs()) ? 1 : 0;
                }
                if (UnitModel.isAbuse(k) && c.perpetrator() != null) {
                    perpN[added]++;
                    RiskFlag.Perpetrator was = rule == null ? (k == RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE ? RiskFlag.Perpetrator.PARTNER
                            : null) : rule.perpetrator();
                    perpRule[added] += was != null && was.name().equals(c.perpetrator()) ? 1 : 0;
                    perpHead[added] += m.perpetratorHead().predict(x).equals(c.perpetrator()) ? 1 : 0;
                }
            }
        }
        StringBuilder sb = new StringBuilder("\n### C-SSRS level and perpetrator of endorsed flags (held out)\n\n");
        sb.append("| flag | n | rules (or the old default) | learned head |\n|---|---:|---:|---:|\n");
        String[] who = {"the rules read PRESENT", "the model added it"};
        for (int a = 0; a < 2; a++) {
            sb.append(String.format(Locale.ROOT, "| C-SSRS level, %s | %d | %s | %s |%n", who[a], levelN[a],
                    BlindRiskReport.pct(levelRule[a], levelN[a]), BlindRiskReport.pct(levelHead[a], levelN[a])));
        }
        for (int a = 0; a < 2; a++) {
            sb.append(String.format(Locale.ROOT, "| perpetrator, %s | %d | %s | %s |%n", who[a], perpN[a],
                    BlindRiskReport.pct(perpRule[a], perpN[a]), BlindRiskReport.pct(perpHead[a], perpN[a])));
        }
        sb.append("\nThe screen uses a head only where the rules name no level (no C-SSRS detail for the kind) or no"
                + " relationship; for a flag the model adds the old default was \"non-specific thoughts\". The rules'"
                + " column for added flags is that default (for partner violence: partner).\n");
        return sb.toString();
    }
}
