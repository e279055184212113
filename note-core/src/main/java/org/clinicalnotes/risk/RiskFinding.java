package org.clinicalnotes.risk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clinicalnotes.note.RiskFlag;

/**
 * One risk the {@link RiskScreen} found, with the detail that does not fit a {@link RiskFlag}: which
 * C-SSRS-aligned features were said (passive, active, method, plan, intent, means, recent) and whether
 * only history was endorsed.
 *
 * <p>Immutable. Holds no patient text: details are fixed words, evidence is utterance ids, so
 * {@link #toString()} is safe to log.
 *
 * @param flag the flag for the note; not null
 * @param details fixed feature words such as {@code passive}, {@code plan}, {@code means}; not null
 * @param historical whether only past risk was endorsed (for example an attempt years ago)
 * @since 0.1.0
 */
public record RiskFinding(RiskFlag flag, List<String> details, boolean historical) {

    /** Validates and copies. */
    public RiskFinding {
        Objects.requireNonNull(flag, "flag");
        details = List.copyOf(Objects.requireNonNull(details, "details"));
    }

    /** @return the kind, shorthand for {@code flag().kind()} */
    public RiskFlag.Kind kind() {
        return flag.kind();
    }

    /** @return the status, shorthand for {@code flag().status()} */
    public RiskFlag.Status status() {
        return flag.status();
    }

    /** @return the severity, shorthand for {@code flag().severity()} */
    public RiskFlag.Severity severity() {
        return flag.severity();
    }

    /**
     * A sentence for the note's Risk section, built from fixed words only (no patient text), for example
     * {@code "Risk screen: suicidal ideation PRESENT (active, plan, means), severity high. Safety actions
     * discussed: safety plan, crisis line (988)."}
     *
     * @return the sentence
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("Risk screen: ").append(label(flag.kind())).append(' ')
                .append(flag.status());
        if (!details.isEmpty() || historical) {
            sb.append(" (");
            if (historical) {
                sb.append("history");
                if (!details.isEmpty()) {
                    sb.append(", ");
                }
            }
            sb.append(String.join(", ", details)).append(')');
        }
        if (flag.status() != RiskFlag.Status.DENIED) {
            sb.append(", severity ").append(flag.severity().name().toLowerCase(Locale.ROOT));
        }
        if (flag.cssrs() != null) {
            sb.append(", C-SSRS: ").append(label(flag.cssrs()));
        }
        if (flag.perpetrator() != null) {
            sb.append(", perpetrator: ").append(label(flag.perpetrator()));
        }
        sb.append('.');
        if (flag.status() != RiskFlag.Status.DENIED) {
            sb.append(flag.safetyActions().isEmpty() ? " No safety action found in the conversation."
                    : " Safety actions discussed: " + String.join(", ", flag.safetyActions()) + ".");
        }
        return sb.toString();
    }

    /**
     * @param level a C-SSRS level
     * @return its human label with the C-SSRS number, for example {@code wish to be dead (1)}
     */
    public static String label(RiskFlag.CssrsLevel level) {
        return switch (level) {
            case WISH_TO_BE_DEAD -> "wish to be dead (1)";
            case NON_SPECIFIC_THOUGHTS -> "non-specific active suicidal thoughts (2)";
            case METHOD -> "active ideation with method, without intent (3)";
            case INTENT -> "active ideation with some intent, without plan (4)";
            case PLAN -> "active ideation with specific plan and intent (5)";
            case PREPARATORY -> "preparatory acts or behaviour";
            case ATTEMPT -> "suicide attempt (actual, interrupted or aborted)";
        };
    }

    /**
     * @param perpetrator a relationship
     * @return its human label, for example {@code partner of a parent}
     */
    public static String label(RiskFlag.Perpetrator perpetrator) {
        return switch (perpetrator) {
            case PARENT -> "parent";
            case PARENT_PARTNER -> "partner of a parent";
            case CAREGIVER -> "caregiver";
            case ADULT_CHILD -> "adult child";
            case PARTNER -> "intimate partner";
            case OTHER -> "other person";
        };
    }

    /**
     * @param kind a kind
     * @return its human label, for example {@code suicidal ideation}
     */
    public static String label(RiskFlag.Kind kind) {
        return switch (kind) {
            case SUICIDAL_IDEATION -> "suicidal ideation";
            case SUICIDE_ATTEMPT -> "suicide attempt";
            case SELF_HARM -> "self-harm";
            case HOMICIDAL_IDEATION -> "homicidal ideation";
            case CHILD_ABUSE -> "child abuse or neglect";
            case ELDER_ABUSE -> "elder abuse or neglect";
            case INTIMATE_PARTNER_VIOLENCE -> "intimate partner violence";
            case DANGEROUS_SUBSTANCE_USE -> "dangerous substance use";
        };
    }
}
