package org.clinicalnotes.note;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk surfaced from the conversation. Flags are never summarised away: every note shows them.
 *
 * @param kind what kind of risk; not null
 * @param status present, denied or unclear; not null
 * @param severity severity; not null
 * @param evidence ids of the utterances where it was said; not empty
 * @param safetyActions safety actions found in the conversation (safety plan, crisis line, means
 *     restriction, referral) as short fixed phrases, not patient text; may be empty
 * @param cssrs for a present suicidal-ideation or suicide-attempt flag, the highest C-SSRS level said;
 *     null otherwise
 * @param perpetrator for a present abuse or partner-violence flag, the relationship of whoever causes the
 *     harm, when the conversation names it; null otherwise
 * @since 0.1.0
 */
public record RiskFlag(RiskKind kind, RiskStatus status, RiskSeverity severity, List<String> evidence,
                       List<String> safetyActions, CssrsLevel cssrs, Perpetrator perpetrator) {

    /** Validates and copies. */
    public RiskFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        safetyActions = List.copyOf(Objects.requireNonNull(safetyActions, "safetyActions"));
    }

    /**
     * A flag without a C-SSRS level or perpetrator.
     *
     * @param kind what kind of risk
     * @param status present, denied or unclear
     * @param severity severity
     * @param evidence ids of the utterances where it was said
     * @param safetyActions safety actions found in the conversation
     */
    public RiskFlag(RiskKind kind, RiskStatus status, RiskSeverity severity, List<String> evidence,
                    List<String> safetyActions) {
        this(kind, status, severity, evidence, safetyActions, null, null);
    }

    /** @return the C-SSRS level, for a present suicidal-ideation or suicide-attempt flag */
    public Optional<CssrsLevel> cssrsLevel() {
        return Optional.ofNullable(cssrs);
    }

    /** @return the perpetrator's relationship, for an abuse flag that names it */
    public Optional<Perpetrator> perpetratorRelationship() {
        return Optional.ofNullable(perpetrator);
    }
}
