package org.clinicalnotes.risk;

import java.util.List;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;

/**
 * Service-provider interface: a model learned from labelled conversations that reads the screen's
 * {@link DialogueUnit}s and, given what the rules found, says per kind whether to change the reading: add a
 * PRESENT flag the rules missed, doubt a rule's PRESENT (it becomes UNCLEAR, shown to the clinician, never
 * dropped), or read a denial. The rules' C-SSRS level, perpetrator and evidence are kept wherever they exist.
 *
 * <p>The optional module {@code note-semantic} provides one (per-kind logistic readings of sentence embeddings
 * and the rules' features, weights shipped as a resource); {@link RiskScreen#create()} finds it with
 * {@link java.util.ServiceLoader}. Implementations must be thread-safe, deterministic, local and must not log
 * or keep the text.
 *
 * @since 0.3.0
 */
public interface RiskModel {

    /** @return a short id with a version, for the note's metadata; no patient text */
    String id();

    /**
     * Reads the candidate units of one conversation.
     *
     * @param units the conversation's candidate units, in order (possibly empty); not null
     * @param rules the rules' status per kind (kinds the rules did not raise are absent); not null
     * @return the changes, at most one per kind; empty to leave the rules' reading as it is
     */
    List<Verdict> read(List<DialogueUnit> units, Map<RiskFlag.Kind, RiskFlag.Status> rules);

    /**
     * A change the model makes to one kind's reading.
     *
     * @param kind the kind; not null
     * @param status PRESENT (add or keep), UNCLEAR (doubt a rule's PRESENT) or DENIED; not null
     * @param score the model's probability that the kind is present, 0 to 1
     * @param unit the index (in the list given to {@link #read}) of the unit that decided it, or -1
     * @param level the model's C-SSRS level for a PRESENT suicidal-ideation verdict, or null; used only where the
     *     rules name no level for the kind
     * @param perpetrator the model's perpetrator for a PRESENT abuse verdict, or null; used only where the rules
     *     name no relationship
     */
    record Verdict(RiskFlag.Kind kind, RiskFlag.Status status, double score, int unit, RiskFlag.CssrsLevel level,
                   RiskFlag.Perpetrator perpetrator) {

        /** Validates. */
        public Verdict {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(status, "status");
            if (status == RiskFlag.Status.HISTORICAL) {
                throw new IllegalArgumentException("a model verdict is PRESENT, UNCLEAR or DENIED");
            }
        }

        /**
         * A verdict without a level or perpetrator.
         *
         * @param kind the kind
         * @param status the status
         * @param score the probability that the kind is present
         * @param unit the deciding unit, or -1
         */
        public Verdict(RiskFlag.Kind kind, RiskFlag.Status status, double score, int unit) {
            this(kind, status, score, unit, null, null);
        }
    }
}
