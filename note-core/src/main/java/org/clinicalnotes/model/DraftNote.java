package org.clinicalnotes.model;

import java.util.List;
import java.util.Objects;
import org.clinicalnotes.note.NoteSection;

/**
 * What a {@link NoteModel} returns: every template section in order (possibly empty), each statement
 * citing the utterance ids it came from. The checks decide whether each statement is supported.
 *
 * @param sections the sections in template order; not null
 * @since 0.1.0
 */
public record DraftNote(List<NoteSection> sections) {

    /** Validates and copies. */
    public DraftNote {
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    }

    @Override
    public String toString() {
        return "DraftNote[sections=" + sections.size() + "]";
    }
}
