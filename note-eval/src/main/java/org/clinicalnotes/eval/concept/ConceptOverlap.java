package org.clinicalnotes.eval.concept;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Concept overlap between gold and generated notes: per item the F1 of the two concept sets found by a
 * {@link ConceptLexicon}, macro-averaged over items whose gold text mentions at least one concept, ×100.
 * Stateless.
 *
 * @since 0.1.0
 */
public final class ConceptOverlap {

    /**
     * The macro-averaged result.
     *
     * @param f1 mean F1 × 100 (NaN when no item counts)
     * @param precision mean precision × 100
     * @param recall mean recall × 100
     * @param items items counted (gold has at least one concept)
     * @since 0.1.0
     */
    public record Summary(double f1, double precision, double recall, int items) {
    }

    private ConceptOverlap() {
    }

    /**
     * Scores pairs.
     *
     * @param lexicon the vocabulary; not null
     * @param references gold texts; not null
     * @param predictions generated texts, same size; not null
     * @return the summary
     * @throws IllegalArgumentException when the lists differ in size
     * @since 0.1.0
     */
    public static Summary corpus(ConceptLexicon lexicon, List<String> references, List<String> predictions) {
        Objects.requireNonNull(lexicon, "lexicon");
        if (references.size() != predictions.size()) {
            throw new IllegalArgumentException("references and predictions differ in size");
        }
        double f = 0;
        double p = 0;
        double r = 0;
        int n = 0;
        for (int i = 0; i < references.size(); i++) {
            Set<ConceptLexicon.Concept> gold = lexicon.find(references.get(i));
            if (gold.isEmpty()) {
                continue;
            }
            Set<ConceptLexicon.Concept> pred = lexicon.find(predictions.get(i));
            Set<ConceptLexicon.Concept> both = new HashSet<>(gold);
            both.retainAll(pred);
            double prec = pred.isEmpty() ? 0 : (double) both.size() / pred.size();
            double rec = (double) both.size() / gold.size();
            p += prec;
            r += rec;
            f += prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            n++;
        }
        return n == 0 ? new Summary(Double.NaN, Double.NaN, Double.NaN, 0)
                : new Summary(100 * f / n, 100 * p / n, 100 * r / n, n);
    }
}
