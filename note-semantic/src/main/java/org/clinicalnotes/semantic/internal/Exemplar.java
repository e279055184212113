package org.clinicalnotes.semantic.internal;

import org.clinicalnotes.note.RiskFlag;

/**
 * One row of the exemplar bank: a sentence written for the bank (never patient text) and what it means.
 *
 * @param id a stable id, for example {@code si-wish-03}; reported in {@link org.clinicalnotes.risk.SemanticHit}
 * @param kind the kind of risk the sentence expresses; null for a hard negative (NONE)
 * @param level the C-SSRS level for suicidal ideation and attempts; null otherwise
 * @param text the lower-case, first-person sentence
 */
record Exemplar(String id, RiskFlag.Kind kind, RiskFlag.CssrsLevel level, String text) {

    /** @return true for a hard negative: a sentence that sounds risky but is not */
    boolean isNone() {
        return kind == null;
    }

    /** @return the id, kind and level; never the text */
    @Override
    public String toString() {
        return "Exemplar[" + id + ", " + (kind == null ? "NONE" : kind) + (level == null ? "" : ", " + level) + "]";
    }
}
