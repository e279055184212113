package org.clinicalnotes.note;

import java.util.List;
import java.util.Objects;

/**
 * A risk surfaced from the conversation. Flags are never summarised away: every note shows them.
 *
 * @param kind what kind of risk; not null
 * @param status present, denied or unclear; not null
 * @param severity severity; not null
 * @param evidence ids of the utterances where it was said; not empty
 * @param safetyActions safety actions found in the conversation (safety plan, crisis line, means
 *     restriction, referral) as short fixed phrases, not patient text; may be empty
 * @since 0.1.0
 */
public record RiskFlag(RiskKind kind, RiskStatus status, RiskSeverity severity, List<String> evidence,
                       List<String> safetyActions) {

    /** Validates and copies. */
    public RiskFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        safetyActions = List.copyOf(Objects.requireNonNull(safetyActions, "safetyActions"));
    }
}
