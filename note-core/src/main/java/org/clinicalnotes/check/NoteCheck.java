package org.clinicalnotes.check;

import java.util.List;
import org.clinicalnotes.note.NoteSection;

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
        return List.of(GroundingCheck.create(), CompletenessCheck.create(), RiskCoverageCheck.create());
    }
}
