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
public record RiskFlag(Kind kind, Status status, Severity severity, List<String> evidence,
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
    public RiskFlag(Kind kind, Status status, Severity severity, List<String> evidence,
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

    /**
     * Kinds of clinical risk the safety screen surfaces.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Thoughts of ending one's life, passive or active, with or without plan, means or intent. */
        SUICIDAL_IDEATION,
        /** A past suicide attempt. */
        SUICIDE_ATTEMPT,
        /** Non-suicidal self-injury. */
        SELF_HARM,
        /** Thoughts of harming or killing someone else. */
        HOMICIDAL_IDEATION,
        /** Abuse or neglect of a child. */
        CHILD_ABUSE,
        /** Abuse or neglect of an older or dependent adult. */
        ELDER_ABUSE,
        /** Intimate partner violence. */
        INTIMATE_PARTNER_VIOLENCE,
        /** Medically dangerous substance use: withdrawal with seizure history, overdose. */
        DANGEROUS_SUBSTANCE_USE
    }

    /**
     * Severity of a risk flag, aligned with C-SSRS levels where they apply.
     *
     * @since 0.1.0
     */
    public enum Severity {
        /** No severity applies (for example a denied risk). */
        NONE,
        /** Passive ideation, wish to be dead, historical risk. */
        LOW,
        /** Active ideation without method, plan or intent. */
        MODERATE,
        /** Active ideation with method, or plan, or intent, or recent behaviour. */
        HIGH
    }

    /**
     * What the conversation says about a risk.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** Endorsed by the patient or reported by someone present. */
        PRESENT,
        /** Asked about and denied. */
        DENIED,
        /** Raised but not resolved: ambiguous, hypothetical or not answered. */
        UNCLEAR,
        /**
         * Endorsed as past history only, resolved or long ago (an attempt at sixteen, a former partner's violence
         * decades ago): not a current risk, shown to the clinician as history.
         *
         * @since 0.2.0
         */
        HISTORICAL
    }

    /**
     * The Columbia Suicide Severity Rating Scale (C-SSRS) level a suicidal-ideation or suicide-attempt flag
     * reached: the five ideation levels in rising order, then the two behaviour levels. The order is the
     * order of severity, so {@code compareTo} tells which of two levels is higher.
     *
     * @since 0.2.0
     */
    public enum CssrsLevel {
        /** 1: wish to be dead or not to wake up (passive ideation). */
        WISH_TO_BE_DEAD,
        /** 2: non-specific active thoughts of killing oneself. */
        NON_SPECIFIC_THOUGHTS,
        /** 3: active ideation with a method, without intent to act. */
        METHOD,
        /** 4: active ideation with some intent to act, without a specific plan. */
        INTENT,
        /** 5: active ideation with a specific plan and intent. */
        PLAN,
        /** Behaviour: preparatory acts (gathering means, writing a note, giving things away, rehearsal). */
        PREPARATORY,
        /** Behaviour: an actual, interrupted or aborted attempt. */
        ATTEMPT
    }

    /**
     * Who is said to cause the harm on an abuse or partner-violence flag, as the conversation names the
     * relationship (often in the clinician's question rather than the answer).
     *
     * @since 0.2.0
     */
    public enum Perpetrator {
        /** A parent or step-parent of the victim. */
        PARENT,
        /** The partner of the victim's parent (mother's boyfriend, father's girlfriend). */
        PARENT_PARTNER,
        /** A paid or informal carer: home aide, nursing-home staff, babysitter, foster carer. */
        CAREGIVER,
        /** An adult son or daughter (or grandchild) of an older victim. */
        ADULT_CHILD,
        /** A current or former intimate partner. */
        PARTNER,
        /** Someone else: a sibling, another relative, a stranger. */
        OTHER
    }
}
