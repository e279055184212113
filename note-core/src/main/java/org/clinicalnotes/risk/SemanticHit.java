package org.clinicalnotes.risk;

import java.util.Objects;
import org.clinicalnotes.note.RiskFlag;

/**
 * What a {@link SemanticRiskMatcher} read in one sentence.
 *
 * @param kind the kind of risk the sentence expresses; not null
 * @param level for suicidal ideation and attempts, the C-SSRS level; null otherwise
 * @param similarity how close the sentence is to the nearest exemplar, 0 to 1
 * @param exemplar the id of the nearest exemplar (the matcher's own text, never patient text); not null
 * @since 0.2.0
 */
public record SemanticHit(RiskFlag.Kind kind, RiskFlag.CssrsLevel level, double similarity, String exemplar) {

    /** Validates. */
    public SemanticHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exemplar, "exemplar");
    }
}
