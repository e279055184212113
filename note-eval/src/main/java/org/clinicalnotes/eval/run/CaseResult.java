package org.clinicalnotes.eval.run;

import java.util.Map;
import java.util.Objects;

/**
 * The model's output for one {@link EvalCase}, rendered for scoring. {@code toString()} holds no clinical text.
 *
 * @param evalCase the item; not null
 * @param text the scored text: the whole note as plain text (upper-case headings, one statement per line)
 *             or, for a section item, the statements of the target sections; not null
 * @param divisionTexts the note's text per division (full-note items); not null
 * @param statements how many statements the draft has
 * @param supported how many of them the grounding check finds supported by their cited utterances
 * @param cached whether the draft came from the cache
 * @param modelNanos the wall time of the model call in nanoseconds (0 when cached)
 * @since 0.1.0
 */
public record CaseResult(EvalCase evalCase, String text, Map<String, String> divisionTexts, int statements,
                         int supported, boolean cached, long modelNanos) {

    /** Validates and copies. */
    public CaseResult {
        Objects.requireNonNull(evalCase, "evalCase");
        Objects.requireNonNull(text, "text");
        divisionTexts = Map.copyOf(divisionTexts);
    }

    @Override
    public String toString() {
        return "CaseResult[id=" + evalCase.id() + ", chars=" + text.length() + ", statements=" + statements
                + ", supported=" + supported + ", cached=" + cached + "]";
    }
}
