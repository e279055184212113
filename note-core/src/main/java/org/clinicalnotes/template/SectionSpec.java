package org.clinicalnotes.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
