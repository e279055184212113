package org.clinicalnotes.semantic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.SemanticHit;

/**
 * The exemplar bank with its vectors, and the nearest-neighbour rule ({@link MatchRule}). Immutable,
 * thread-safe.
 */
final class ExemplarIndex {

    private static final RiskFlag.Kind[] KINDS = RiskFlag.Kind.values();
    /** Label index of NONE in the per-label arrays; kinds use their ordinal. */
    private static final int NONE = KINDS.length;

    private final List<Exemplar> exemplars;
    private final int[] labels;
    /** Row-major, one unit vector of {@code dimension} floats per exemplar. */
    private final float[] vectors;
    private final int dimension;

    /**
     * @param exemplars the bank
     * @param vectors one unit vector per exemplar, in the same order, all of one length
     */
    ExemplarIndex(List<Exemplar> exemplars, float[][] vectors) {
        if (exemplars.isEmpty() || exemplars.size() != vectors.length) {
            throw new IllegalArgumentException("one vector per exemplar, at least one");
        }
        this.exemplars = List.copyOf(exemplars);
        this.dimension = vectors[0].length;
        this.vectors = new float[exemplars.size() * dimension];
        this.labels = new int[exemplars.size()];
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != dimension) {
                throw new IllegalArgumentException("vectors of different lengths");
            }
            System.arraycopy(vectors[i], 0, this.vectors, i * dimension, dimension);
            Exemplar e = exemplars.get(i);
            labels[i] = e.isNone() ? NONE : e.kind().ordinal();
        }
    }

    /** @return the bank, in file order */
    List<Exemplar> exemplars() {
        return exemplars;
    }

    /**
     * @param query a unit vector of the index's dimension
     * @return the cosine similarity to every exemplar, in bank order
     */
    double[] similarities(float[] query) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " dimensions, got " + query.length);
        }
        int n = labels.length;
        double[] sims = new double[n];
        for (int i = 0, base = 0; i < n; i++, base += dimension) {
            float dot = 0f;
            for (int d = 0; d < dimension; d++) {
                dot += query[d] * vectors[base + d];
            }
            sims[i] = dot;
        }
        return sims;
    }

    /**
     * Applies the rule to one sentence.
     *
     * @param query the sentence's unit vector
     * @param rule when a kind is a hit
     * @return the hits, best first; empty when none
     */
    List<SemanticHit> hits(float[] query, MatchRule rule) {
        return hits(similarities(query), rule);
    }

    /**
     * Applies the rule to one sentence's similarities.
     *
     * @param sims from {@link #similarities(float[])}
     * @param rule when a kind is a hit
     * @return the hits, best first; empty when none
     */
    List<SemanticHit> hits(double[] sims, MatchRule rule) {
        int labelCount = KINDS.length + 1;
        double[] best = new double[labelCount];
        int[] bestAt = new int[labelCount];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(bestAt, -1);
        for (int i = 0; i < sims.length; i++) {
            int label = labels[i];
            if (sims[i] > best[label]) {     // strict: the first of equals wins, so the result is stable
                best[label] = sims[i];
                bestAt[label] = i;
            }
        }
        double[] vote = new double[labelCount];
        boolean[] near = new boolean[labelCount];
        for (int i : nearest(sims, rule.k())) {
            near[labels[i]] = true;
            vote[labels[i]] += Math.max(0.0, sims[i]);
        }
        double bestNone = best[NONE];
        List<Candidate> found = new ArrayList<>(2);
        for (RiskFlag.Kind kind : KINDS) {
            int label = kind.ordinal();
            double s = best[label];
            if (near[label] && s >= rule.threshold(kind) && s - bestNone >= rule.margin()) {
                found.add(new Candidate(kind, vote[label], s, bestAt[label]));
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort((a, b) -> {
            int c = Double.compare(b.vote, a.vote);
            if (c == 0) {
                c = Double.compare(b.similarity, a.similarity);
            }
            return c != 0 ? c : Integer.compare(a.kind.ordinal(), b.kind.ordinal());
        });
        List<SemanticHit> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            Exemplar e = exemplars.get(c.exemplar);
            double similarity = Math.min(1.0, Math.max(0.0, c.similarity));
            out.add(new SemanticHit(c.kind, e.level(), similarity, e.id()));
        }
        return List.copyOf(out);
    }

    /**
     * @return the indexes of the {@code k} largest similarities, largest first; ties go to the earlier
     *     exemplar
     */
    static int[] nearest(double[] sims, int k) {
        int size = Math.min(k, sims.length);
        int[] top = new int[size];
        int filled = 0;
        for (int i = 0; i < sims.length; i++) {
            double s = sims[i];
            if (filled == size && s <= sims[top[size - 1]]) {
                continue;
            }
            int at = filled < size ? filled++ : size - 1;
            while (at > 0 && sims[top[at - 1]] < s) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return top;
    }

    private record Candidate(RiskFlag.Kind kind, double vote, double similarity, int exemplar) {
    }
}
