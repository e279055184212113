package org.clinicalnotes.eval.run;

import java.util.Objects;

/**
 * One system's scores on one block (the whole note, a division or a section), measured here or published.
 * NaN marks a value not available.
 *
 * @param system the system's display name; not null
 * @param block {@code ALL}, a division name or a section header; not null
 * @param measured true when computed by this kit, false when copied from the published table
 * @param rouge1 ROUGE-1 F1 × 100
 * @param rouge2 ROUGE-2 F1 × 100
 * @param rougeL the paper's "ROUGE-L" F1 × 100: rouge_score's ROUGE-Lsum (newline-split sentences) for the
 *               whole note and for sections, whole-text ROUGE-L for divisions (what the published division
 *               rows behave like)
 * @param medcon the paper's UMLS concept F1 × 100 (published rows only)
 * @param conceptF1 this kit's concept F1 × 100 ({@link org.clinicalnotes.eval.concept.ConceptOverlap})
 * @param items how many items the scores average over (0 for published rows)
 * @since 0.1.0
 */
public record SystemScore(String system, String block, boolean measured, double rouge1, double rouge2,
                          double rougeL, double medcon, double conceptF1, int items) {

    /** Validates. */
    public SystemScore {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(block, "block");
    }
}
