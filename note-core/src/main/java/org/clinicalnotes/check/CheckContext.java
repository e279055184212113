package org.clinicalnotes.check;

import java.util.Objects;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;

/**
 * What a {@link NoteCheck} may look at besides the note.
 *
 * @param transcript the original (not de-identified) transcript; not null
 * @param template the template the note follows; not null
 * @param strict whether a failed check must fail generation instead of adding a warning
 * @since 0.1.0
 */
public record CheckContext(Transcript transcript, NoteTemplate template, boolean strict) {

    /** Validates. */
    public CheckContext {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(template, "template");
    }
}
