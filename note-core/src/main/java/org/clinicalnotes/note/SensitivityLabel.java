package org.clinicalnotes.note;

import java.util.List;
import java.util.Objects;

/**
 * A privacy label on a note, from what the conversation contains, as the HL7 Data Segmentation for Privacy
 * guide labels records: the category (mapped to HL7 confidentiality and sensitivity codes in the FHIR
 * output) with what triggered it.
 *
 * @param category the kind of sensitive content; not null
 * @param trigger what triggered it, without patient text: {@code risk:INTIMATE_PARTNER_VIOLENCE},
 *     {@code measure:AUDIT-C}, {@code medication:buprenorphine}, {@code term:hiv}, {@code template:dap}; not null
 * @param evidence the utterance ids that triggered it (empty for a label triggered by the template); not null
 * @since 0.2.0
 */
public record SensitivityLabel(Category category, String trigger, List<String> evidence) {

    /** Validates and copies. */
    public SensitivityLabel {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(trigger, "trigger");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /** Sensitive content categories (HL7 v3 ActCode in parentheses, as the FHIR output codes them). */
    public enum Category {
        /** Psychotherapy and mental health content (PSY; a therapy session note). */
        PSYCHOTHERAPY,
        /** Substance use (ETH, and 42 CFR Part 2 as the privacy law that may apply). */
        SUBSTANCE_USE,
        /** Sexual assault, abuse or domestic violence (SDV). */
        SEXUAL_DOMESTIC_VIOLENCE,
        /** HIV/AIDS (HIV). */
        HIV
    }
}
