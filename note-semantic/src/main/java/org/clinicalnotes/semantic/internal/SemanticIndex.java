package org.clinicalnotes.semantic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.risk.SemanticHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model and the embedded bank, built once per class loader on first use (holder idiom) and shared
 * by every matcher. Thread-safe; keeps nothing of the sentences it is given.
 */
final class SemanticIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SemanticIndex.class);

    private final SentenceEncoder encoder;
    private final ExemplarIndex index;

    SemanticIndex(SentenceEncoder encoder, ExemplarIndex index) {
        this.encoder = encoder;
        this.index = index;
    }

    /**
     * @return the shared index; the first call loads the model and embeds the bank (a few seconds)
     * @throws IllegalStateException when that failed (every call, with the first failure as the cause)
     */
    static SemanticIndex shared() {
        Holder holder = Holder.INSTANCE;
        if (holder.index == null) {
            throw new IllegalStateException("the semantic risk matcher could not start", holder.failure);
        }
        return holder.index;
    }

    /**
     * Loads the model, reads the bank and takes its vectors from the build ({@link ExemplarVectors}), or embeds
     * it when they are missing or were made from another bank or model.
     */
    static SemanticIndex build() {
        long start = System.nanoTime();
        SentenceEncoder encoder = SentenceEncoder.load();
        List<Exemplar> bank = ExemplarBank.load();
        List<String> texts = ExemplarVectors.texts(bank);
        float[][] vectors = ExemplarVectors.read(texts);
        boolean shipped = vectors != null;
        ExemplarIndex index = new ExemplarIndex(bank, shipped ? vectors : encoder.embed(texts));
        LOG.debug("{} ready: {} exemplars {} in {} ms", SentenceEncoder.MODEL_ID, bank.size(),
                shipped ? "read from the build's vectors" : "embedded", (System.nanoTime() - start) / 1_000_000);
        return new SemanticIndex(encoder, index);
    }

    ExemplarIndex exemplars() {
        return index;
    }

    /**
     * Embeds texts as they are (the harness uses this for probes).
     *
     * @param texts non-blank texts
     * @return one unit vector per text, in order
     */
    float[][] embed(List<String> texts) {
        return encoder.embed(texts);
    }

    /**
     * Compares every sentence with every exemplar: each sentence is cut into {@link SentencePieces}, every
     * distinct piece in the batch is embedded once, and a sentence's similarity to an exemplar is the best
     * over its pieces.
     *
     * @param sentences the batch; not null, no null element
     * @param pieces how sentences are cut
     * @return per sentence, the similarity to each exemplar in bank order; null for a blank sentence
     */
    double[][] similarities(List<String> sentences, SentencePieces pieces) {
        Map<String, Integer> unique = new HashMap<>();
        List<String> todo = new ArrayList<>();
        int[][] slots = new int[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (s == null) {
                throw new NullPointerException("sentence " + i + " is null");
            }
            if (s.isBlank()) {
                continue;
            }
            List<String> parts = pieces.pieces(s);
            int[] slot = new int[parts.size()];
            for (int p = 0; p < slot.length; p++) {
                Integer at = unique.get(parts.get(p));
                if (at == null) {
                    at = todo.size();
                    unique.put(parts.get(p), at);
                    todo.add(parts.get(p));
                }
                slot[p] = at;
            }
            slots[i] = slot;
        }
        float[][] vectors = encoder.embed(todo);
        double[][] perPiece = new double[vectors.length][];
        for (int v = 0; v < vectors.length; v++) {
            perPiece[v] = index.similarities(vectors[v]);
        }
        double[][] out = new double[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            if (slots[i] == null) {
                continue;
            }
            double[] best = perPiece[slots[i][0]].clone();
            for (int p = 1; p < slots[i].length; p++) {
                double[] other = perPiece[slots[i][p]];
                for (int e = 0; e < best.length; e++) {
                    best[e] = Math.max(best[e], other[e]);
                }
            }
            out[i] = best;
        }
        return out;
    }

    /**
     * Matches a batch.
     *
     * @param sentences the batch; not null, no null element
     * @param pieces how sentences are cut
     * @param rule when a kind is a hit
     * @return one list of hits per sentence, in order
     */
    List<List<SemanticHit>> match(List<String> sentences, SentencePieces pieces, MatchRule rule) {
        double[][] sims = similarities(sentences, pieces);
        List<List<SemanticHit>> out = new ArrayList<>(sims.length);
        for (double[] s : sims) {
            out.add(s == null ? List.of() : index.hits(s, rule));
        }
        return List.copyOf(out);
    }

    /** Lazily built on first access to {@link #INSTANCE}; keeps a failure instead of a broken class. */
    private static final class Holder {

        static final Holder INSTANCE = create();

        final SemanticIndex index;
        final RuntimeException failure;

        private Holder(SemanticIndex index, RuntimeException failure) {
            this.index = index;
            this.failure = failure;
        }

        private static Holder create() {
            try {
                return new Holder(build(), null);
            } catch (RuntimeException e) {
                LOG.warn("the semantic risk matcher could not start: {}", e.toString());
                return new Holder(null, e);
            }
        }
    }
}
