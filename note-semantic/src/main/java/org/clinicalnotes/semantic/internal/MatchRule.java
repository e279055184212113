package org.clinicalnotes.semantic.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.note.RiskFlag;

/**
 * When a sentence's nearest exemplars make a hit (the README beside the bank explains the rule and how
 * the figures were chosen on the development set).
 *
 * <p>A kind is a hit for a sentence when all three hold:
 * <ol>
 *   <li>an exemplar of that kind is among the sentence's {@code k} nearest exemplars (NONE included);</li>
 *   <li>the nearest exemplar of that kind has cosine similarity of at least {@link #threshold(RiskFlag.Kind)};</li>
 *   <li>and it is at least {@code margin} closer than the nearest NONE exemplar.</li>
 * </ol>
 * Hits are ordered by their similarity-weighted vote among the {@code k} nearest, best first.
 *
 * @param k how many nearest exemplars vote, at least 1
 * @param threshold the least similarity, 0 to 1, for a kind not in {@code perKind}
 * @param margin how much closer than the nearest NONE exemplar the kind's nearest must be
 * @param perKind thresholds that replace {@code threshold} for some kinds; may be empty
 */
record MatchRule(int k, double threshold, double margin, Map<RiskFlag.Kind, Double> perKind) {

    /** Nearest exemplars that vote. */
    static final int K = 9;

    /** Least cosine similarity to the nearest exemplar of the kind. */
    static final double THRESHOLD = 0.55;

    /** Least lead of the kind's nearest exemplar over the nearest NONE exemplar. */
    static final double MARGIN = 0.04;

    /** The rule the matcher uses. */
    static final MatchRule DEFAULT = new MatchRule(K, THRESHOLD, MARGIN, Map.of());

    /** Validates and copies. */
    MatchRule {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [-1, 1]");
        }
        if (!(margin >= -2 && margin <= 2)) {
            throw new IllegalArgumentException("margin must lie in [-2, 2]");
        }
        Objects.requireNonNull(perKind, "perKind");
        perKind = perKind.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(perKind));
    }

    /**
     * @param kind a kind of risk
     * @return the least similarity for that kind
     */
    double threshold(RiskFlag.Kind kind) {
        Double t = perKind.get(kind);
        return t == null ? threshold : t;
    }
}
