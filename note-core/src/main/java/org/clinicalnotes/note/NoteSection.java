package org.clinicalnotes.note;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a note, in template order.
 *
 * @param id the template's section id ({@code subjective}, {@code plan}); not blank
 * @param title the heading shown to people; not blank
 * @param loincCode the LOINC section code, or null where none exists
 * @param statements the statements in order; may be empty
 * @since 0.1.0
 */
public record NoteSection(String id, String title, String loincCode, List<NoteStatement> statements) {

    /** Validates and copies. */
    public NoteSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
    }

    /** @return the LOINC section code, when there is one */
    public Optional<String> loinc() {
        return Optional.ofNullable(loincCode);
    }

    /**
     * @param newStatements replacement statements
     * @return a copy with those statements
     */
    public NoteSection withStatements(List<NoteStatement> newStatements) {
        return new NoteSection(id, title, loincCode, newStatements);
    }

    /** @return whether the section has no statements */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    @Override
    public String toString() {
        return "NoteSection[id=" + id + ", statements=" + statements.size() + "]";
    }
}
