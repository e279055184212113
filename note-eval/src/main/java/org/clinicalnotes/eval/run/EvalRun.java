package org.clinicalnotes.eval.run;

import java.util.List;
import java.util.Objects;
import org.clinicalnotes.note.ModelInfo;

/**
 * What {@link EvalRunner#run} produced: the model's output for every item of a split.
 *
 * @param split the split; not null
 * @param model the model that drafted; not null
 * @param results one result per case, in case order; not null
 * @param wallNanos the wall time of the whole run (reading, drafting, checking) in nanoseconds
 * @since 0.1.0
 */
public record EvalRun(EvalSplit split, ModelInfo model, List<CaseResult> results, long wallNanos) {

    /** Validates and copies. */
    public EvalRun {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(model, "model");
        results = List.copyOf(results);
    }

    /** @return how many drafts came from the cache */
    public int cachedCount() {
        return (int) results.stream().filter(CaseResult::cached).count();
    }

    /**
     * Transcripts per second of the model calls made in this run (one thread), or NaN when every draft
     * came from the cache.
     *
     * @return the rate
     */
    public double modelTranscriptsPerSecond() {
        long n = results.stream().filter(r -> !r.cached()).count();
        long nanos = results.stream().mapToLong(CaseResult::modelNanos).sum();
        return n == 0 || nanos == 0 ? Double.NaN : n * 1e9 / nanos;
    }

    /** @return the share of statements the grounding check found supported, in [0, 1]; NaN with no statements */
    public double groundingRate() {
        int all = results.stream().mapToInt(CaseResult::statements).sum();
        int sup = results.stream().mapToInt(CaseResult::supported).sum();
        return all == 0 ? Double.NaN : (double) sup / all;
    }
}
