package org.clinicalnotes.eval.run;

import java.util.Objects;

/**
 * One row of a published results table (ACI-Bench {@code results_tables/}): a system's scores on the whole
 * note ({@code block} = {@code ALL}) or on one division.
 *
 * @param system the system's display name; not null
 * @param block {@code ALL} or a division name such as {@code subjective}; not null
 * @param rouge1 ROUGE-1 F1 × 100
 * @param rouge2 ROUGE-2 F1 × 100
 * @param rougeL the paper's ROUGE-L (rouge_score's ROUGE-Lsum) × 100
 * @param fact the paper's medcon (UMLS concept F1) × 100
 * @since 0.1.0
 */
public record PublishedRow(String system, String block, double rouge1, double rouge2, double rougeL, double fact) {

    /** Validates. */
    public PublishedRow {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(block, "block");
    }
}
