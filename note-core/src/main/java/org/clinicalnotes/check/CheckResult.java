package org.clinicalnotes.check;

import java.util.List;
import java.util.Objects;
import org.clinicalnotes.note.NoteSection;

/**
 * The sections after a check (statements may have a new support status) and the warnings it raised.
 *
 * @param sections the sections, same order as given; not null
 * @param warnings warnings for the note metadata, without PHI; not null
 * @since 0.1.0
 */
public record CheckResult(List<NoteSection> sections, List<String> warnings) {

    /** Validates and copies. */
    public CheckResult {
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }
}
