package org.clinicalnotes.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;

/**
 * What a {@link NoteCheck} may look at besides the note.
 *
 * @param transcript the original (not de-identified) transcript; not null
 * @param template the template the note follows; not null
 * @param strict whether a failed check must fail generation instead of adding a warning
 * @param riskFindings what the risk screen found in the transcript, when the caller already screened it
 *     (the generator does, so checks need not screen again); null when not screened
 * @since 0.1.0
 */
public record CheckContext(Transcript transcript, NoteTemplate template, boolean strict,
                           List<RiskFinding> riskFindings) {

    /** Validates and copies. */
    public CheckContext {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(template, "template");
        riskFindings = riskFindings == null ? null : List.copyOf(riskFindings);
    }

    /**
     * A context without screening results: checks that need them screen the transcript themselves.
     *
     * @param transcript the original transcript
     * @param template the template
     * @param strict strict mode
     */
    public CheckContext(Transcript transcript, NoteTemplate template, boolean strict) {
        this(transcript, template, strict, null);
    }

    /** @return the risk screen's findings, when the caller supplied them */
    public Optional<List<RiskFinding>> screened() {
        return Optional.ofNullable(riskFindings);
    }
}
