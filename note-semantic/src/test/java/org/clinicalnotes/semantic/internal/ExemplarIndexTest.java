package org.clinicalnotes.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.SemanticHit;
import org.junit.jupiter.api.Test;

/** The nearest-neighbour rule on hand-made vectors: no model needed. */
class ExemplarIndexTest {

    private static final List<Exemplar> BANK = List.of(
            new Exemplar("wish", RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.CssrsLevel.WISH_TO_BE_DEAD, "a"),
            new Exemplar("plan", RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.CssrsLevel.PLAN, "b"),
            new Exemplar("cut", RiskFlag.Kind.SELF_HARM, null, "c"),
            new Exemplar("idiom", null, null, "d"));

    /** Exemplar vectors: the three axes and a fourth direction between x and z. */
    private static final float[][] VECTORS = {
        {1, 0, 0}, {0.8f, 0.6f, 0}, {0, 1, 0}, {0.6f, 0, 0.8f}};

    private final ExemplarIndex index = new ExemplarIndex(BANK, VECTORS);

    @Test
    void theNearestExemplarOfTheKindGivesLevelAndSimilarity() {
        List<SemanticHit> hits = index.hits(new float[] {1, 0, 0}, new MatchRule(3, 0.5, 0.1, Map.of()));

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).kind()).isEqualTo(RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(hits.get(0).level()).isEqualTo(RiskFlag.CssrsLevel.WISH_TO_BE_DEAD);
        assertThat(hits.get(0).exemplar()).isEqualTo("wish");
        assertThat(hits.get(0).similarity()).isEqualTo(1.0);
    }

    @Test
    void belowTheThresholdNothing() {
        float[] q = unit(1, 1, 0);   // 0.99 to plan, 0.707 to wish and cut
        assertThat(index.hits(q, new MatchRule(4, 0.995, 0.0, Map.of()))).isEmpty();
        assertThat(index.hits(q, new MatchRule(4, 0.70, 0.0, Map.of())))
                .extracting(SemanticHit::kind)
                .containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Kind.SELF_HARM);
    }

    @Test
    void aPerKindThresholdReplacesTheDefault() {
        float[] q = unit(1, 1, 0);
        MatchRule rule = new MatchRule(4, 0.70, 0.0, Map.of(RiskFlag.Kind.SELF_HARM, 0.9));
        assertThat(index.hits(q, rule)).extracting(SemanticHit::kind).containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION);
    }

    @Test
    void aKindNoCloserThanTheNearestNoneByTheMarginIsNoHit() {
        float[] q = unit(1, 0, 0.9f);   // 0.74 to wish, 0.99 to the idiom
        assertThat(index.hits(q, new MatchRule(4, 0.5, 0.0, Map.of()))).isEmpty();
        assertThat(index.hits(q, new MatchRule(4, 0.5, -0.3, Map.of()))).isNotEmpty();
    }

    @Test
    void onlyKindsAmongTheKNearestVote() {
        float[] q = unit(1, 0.2f, 0);   // wish, plan, idiom, cut in that order
        assertThat(index.hits(q, new MatchRule(1, 0.0, -2, Map.of()))).extracting(SemanticHit::kind)
                .containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(index.hits(q, new MatchRule(4, 0.0, -2, Map.of()))).extracting(SemanticHit::kind)
                .containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Kind.SELF_HARM);
    }

    @Test
    void hitsAreOrderedByTheirVote() {
        float[] q = unit(0.3f, 1, 0);   // cut first, then plan and wish
        List<SemanticHit> hits = index.hits(q, new MatchRule(4, 0.0, -2, Map.of()));
        assertThat(hits).extracting(SemanticHit::kind)
                .containsExactly(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Kind.SELF_HARM);   // two SI exemplars vote
        assertThat(hits.get(0).level()).isEqualTo(RiskFlag.CssrsLevel.PLAN);
    }

    @Test
    void similarityIsClampedToZeroToOne() {
        List<SemanticHit> hits = index.hits(new double[] {-0.5, -0.6, -0.7, -0.9}, new MatchRule(4, -1, -2, Map.of()));
        assertThat(hits).allSatisfy(h -> assertThat(h.similarity()).isEqualTo(0.0));
    }

    @Test
    void nearestIsOrderedAndStableOnTies() {
        assertThat(ExemplarIndex.nearest(new double[] {0.1, 0.9, 0.5, 0.9, 0.2}, 3)).containsExactly(1, 3, 2);
        assertThat(ExemplarIndex.nearest(new double[] {0.3, 0.3}, 5)).containsExactly(0, 1);
    }

    @Test
    void rejectsMismatchedInput() {
        assertThatThrownBy(() -> new ExemplarIndex(BANK, new float[][] {{1, 0, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.hits(new float[] {1, 0}, MatchRule.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchRule(0, 0.5, 0.0, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultRuleUsesTheDocumentedConstants() {
        assertThat(MatchRule.DEFAULT.k()).isEqualTo(MatchRule.K);
        assertThat(MatchRule.DEFAULT.threshold()).isEqualTo(MatchRule.THRESHOLD);
        assertThat(MatchRule.DEFAULT.margin()).isEqualTo(MatchRule.MARGIN);
    }

    private static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }
}
