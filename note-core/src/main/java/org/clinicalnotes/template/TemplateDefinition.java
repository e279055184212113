package org.clinicalnotes.template;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link NoteTemplate} as plain data: what the JSON template files hold. Made by
 * {@link NoteTemplate#of}; package-private.
 *
 * @param id stable id; not blank
 * @param title human title; not blank
 * @param documentTypeCode LOINC document type code; not blank
 * @param sections sections in order; not empty, ids unique
 * @since 0.1.0
 */
record TemplateDefinition(String id, String title, String documentTypeCode, List<NoteTemplate.SectionSpec> sections)
        implements NoteTemplate {

    /** Validates and copies. */
    public TemplateDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentTypeCode, "documentTypeCode");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " has no sections");
        }
        Set<String> ids = new HashSet<>();
        for (NoteTemplate.SectionSpec s : sections) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("template " + id + " repeats section id " + s.id());
            }
        }
    }
}
