package org.clinicalnotes.check;

import java.util.List;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Transcript;
import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.template.NoteTemplate;

/**
 * A check run on every drafted note before it is returned: grounding, completeness, and later risk
 * coverage. Checks may change statements' support status and add warnings; they never drop content.
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * @since 0.1.0
 */
public interface NoteCheck {

    /** @return a stable id such as {@code grounding}, used in warnings and errors */
    String id();

    /**
     * @param sections the drafted sections; not null
     * @param context the transcript, template and strictness; not null
     * @return the checked sections and warnings
     * @throws org.clinicalnotes.CheckFailedException in strict mode when the check fails
     */
    Result check(List<NoteSection> sections, Context context);

    /** @return the checks every generator runs by default: grounding, completeness, then risk coverage */
    static List<NoteCheck> defaults() {
        return List.of(grounding(), completeness(), riskCoverage());
    }

    /**
     * @return the grounding check (id {@code grounding}): marks a statement UNSUPPORTED when its cited
     *     utterances do not back it (unknown ids, numbers or content words not found in them)
     * @since 0.3.0
     */
    static NoteCheck grounding() {
        return GroundingCheck.create();
    }

    /**
     * @return the completeness check (id {@code completeness}): warns about required template sections left empty
     * @since 0.3.0
     */
    static NoteCheck completeness() {
        return CompletenessCheck.create();
    }

    /**
     * @return the risk-coverage check (id {@code risk-coverage}): risk present in the conversation must be in
     *     the note; in strict mode a gap is a {@link org.clinicalnotes.CheckFailedException} (CN-5001),
     *     otherwise the screen's statements are added with a warning
     * @since 0.3.0
     */
    static NoteCheck riskCoverage() {
        return RiskCoverageCheck.create();
    }

    /**
     * What the grounding check decides for one statement, for callers that count grounded statements
     * (evaluation, tests) without running the whole check.
     *
     * @param statement the statement; not null
     * @param transcript the transcript its evidence ids point into; not null
     * @return whether the cited utterances back the statement
     * @since 0.3.0
     */
    static boolean isGrounded(NoteStatement statement, Transcript transcript) {
        return GroundingCheck.create().isSupported(statement, transcript);
    }

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
    public record Context(Transcript transcript, NoteTemplate template, boolean strict,
                               List<RiskFinding> riskFindings) {

        /** Validates and copies. */
        public Context {
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
        public Context(Transcript transcript, NoteTemplate template, boolean strict) {
            this(transcript, template, strict, null);
        }

        /** @return the risk screen's findings, when the caller supplied them */
        public Optional<List<RiskFinding>> screened() {
            return Optional.ofNullable(riskFindings);
        }
    }

    /**
     * The sections after a check (statements may have a new support status) and the warnings it raised.
     *
     * @param sections the sections, same order as given; not null
     * @param warnings warnings for the note metadata, without PHI; not null
     * @since 0.1.0
     */
    public record Result(List<NoteSection> sections, List<String> warnings) {

        /** Validates and copies. */
        public Result {
            sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
            warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        }
    }
}
