package org.clinicalnotes.template;

import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/**
 * A note layout: ordered sections, each taking some {@link ContentKind}s. Built-in templates are JSON
 * resources loaded by {@link TemplateRegistry}; implement this interface, or write a JSON file, for a
 * custom one.
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface NoteTemplate {

    /** @return stable id, for example {@code soap}; not blank */
    String id();

    /** @return human title, for example {@code SOAP progress note} */
    String title();

    /** @return LOINC document type code for the whole note (for FHIR), for example {@code 11506-3} */
    String documentTypeCode();

    /** @return the sections in order; not empty */
    List<SectionSpec> sections();

    /**
     * @param sectionId a section id
     * @return the section, when the template has it
     */
    default Optional<SectionSpec> section(String sectionId) {
        return sections().stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /**
     * The section that takes a kind of content: the first section listing the kind; failing that, the
     * first section listing one of {@link ContentKind#fallbacks()} in order; empty when none does.
     *
     * @param kind the kind
     * @return the section
     */
    default Optional<SectionSpec> sectionFor(ContentKind kind) {
        for (SectionSpec s : sections()) {
            if (s.accepts().contains(kind)) {
                return Optional.of(s);
            }
        }
        for (ContentKind fallback : kind.fallbacks()) {
            for (SectionSpec s : sections()) {
                if (s.accepts().contains(fallback)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A template as plain data, validated: what a template JSON file holds.
     *
     * @param id stable id; not blank
     * @param title human title; not blank
     * @param documentTypeCode LOINC document type code; not blank
     * @param sections sections in order; not empty, ids unique (copied)
     * @return the template (equal to another with the same fields)
     * @throws IllegalArgumentException when there are no sections or a section id repeats
     * @since 0.3.0
     */
    static NoteTemplate of(String id, String title, String documentTypeCode, List<SectionSpec> sections) {
        return new TemplateDefinition(id, title, documentTypeCode, sections);
    }

    /**
     * One section of a {@link NoteTemplate}.
     *
     * @param id stable id, lower case, for example {@code subjective}; not blank
     * @param title the heading people see; not blank
     * @param loincCode the LOINC section code, or null where none exists
     * @param guidance what belongs in the section, in a sentence or two; used by the offline model's
     *     documentation and by LLM prompts; not null
     * @param required whether an empty section gives a completeness warning
     * @param accepts the content kinds this section takes, in order of preference; not empty
     * @since 0.1.0
     */
    public record SectionSpec(String id, String title, String loincCode, String guidance, boolean required,
                              List<ContentKind> accepts) {

        /** Validates and copies. */
        public SectionSpec {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(guidance, "guidance");
            accepts = List.copyOf(Objects.requireNonNull(accepts, "accepts"));
            if (id.isBlank() || title.isBlank()) {
                throw new IllegalArgumentException("section id and title must not be blank");
            }
            if (accepts.isEmpty()) {
                throw new IllegalArgumentException("section " + id + " accepts no content kind");
            }
            if (Set.copyOf(accepts).size() != accepts.size()) {
                throw new IllegalArgumentException("section " + id + " lists a content kind twice");
            }
        }

        /** @return the LOINC section code, when there is one */
        public Optional<String> loinc() {
            return Optional.ofNullable(loincCode);
        }
    }

    /**
     * What kind of content a note section takes. Templates map their sections to kinds; note models
     * classify what was said into kinds and place it in the first section that accepts it. This lets one
     * model fill SOAP, DAP, BIRP, GIRP or a custom template alike.
     *
     * @since 0.1.0
     */
    public enum ContentKind {
        /** Why the patient came, in a phrase. */
        CHIEF_COMPLAINT,
        /** What the patient reports: symptoms, their course, feelings, events since the last visit. */
        PATIENT_REPORT,
        /** Past medical, surgical, psychiatric, family and social history. */
        HISTORY,
        /** Current medications and allergies. */
        MEDICATIONS,
        /** Review of systems: symptoms asked about system by system, including denials. */
        REVIEW_OF_SYSTEMS,
        /** Vital signs and physical examination findings the clinician states. */
        EXAM,
        /** Laboratory, imaging and test results. */
        RESULTS,
        /** The clinician's observations of presentation, mood, affect and behaviour in session. */
        OBSERVATION,
        /** Interventions the clinician used in session (CBT, MI, psychoeducation). */
        INTERVENTION,
        /** The patient's response to the interventions. */
        RESPONSE,
        /** Treatment goals and objectives addressed. */
        GOALS,
        /** The clinician's impression, diagnosis and progress. */
        ASSESSMENT,
        /** Orders, medications, referrals, homework and follow-up. */
        PLAN,
        /** Safety and risk: ideation, self-harm, abuse, safety planning. */
        RISK;

        /**
         * Where this content goes when a template has no section for it, nearest first. Used by
         * {@link NoteTemplate#sectionFor(ContentKind)} so that nothing said is lost to a template's shape.
         *
         * @return the fallback kinds, in order; never contains this kind
         */
        public java.util.List<ContentKind> fallbacks() {
            return switch (this) {
                case CHIEF_COMPLAINT -> java.util.List.of(PATIENT_REPORT, GOALS);
                case PATIENT_REPORT -> java.util.List.of(RESPONSE, OBSERVATION, HISTORY);
                case HISTORY -> java.util.List.of(PATIENT_REPORT, RESPONSE);
                case MEDICATIONS -> java.util.List.of(HISTORY, PATIENT_REPORT, RESPONSE);
                case REVIEW_OF_SYSTEMS -> java.util.List.of(PATIENT_REPORT, RESPONSE);
                case EXAM -> java.util.List.of(OBSERVATION, RESULTS, PATIENT_REPORT, RESPONSE);
                case RESULTS -> java.util.List.of(EXAM, OBSERVATION, PATIENT_REPORT, RESPONSE);
                case OBSERVATION -> java.util.List.of(EXAM, PATIENT_REPORT, RESPONSE);
                case INTERVENTION -> java.util.List.of(PLAN, RESPONSE);
                case RESPONSE -> java.util.List.of(PATIENT_REPORT, ASSESSMENT);
                case GOALS -> java.util.List.of(PLAN, ASSESSMENT);
                case ASSESSMENT -> java.util.List.of(RESPONSE, PLAN);
                case PLAN -> java.util.List.of(ASSESSMENT, GOALS);
                case RISK -> java.util.List.of(ASSESSMENT, PATIENT_REPORT, RESPONSE);
            };
        }
    }
}
