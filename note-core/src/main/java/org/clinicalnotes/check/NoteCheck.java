package org.clinicalnotes.check;

import java.util.List;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Transcript;

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
    CheckResult check(List<NoteSection> sections, CheckContext context);

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
}
