package org.clinicalnotes.template;

import java.util.List;
import java.util.Optional;

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
}
