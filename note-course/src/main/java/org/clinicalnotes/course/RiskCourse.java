package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;

/**
 * Risk over the course. {@code rising} is the signal a brief reports first: the highest level in the latest
 * sessions above anything before them, a kind present in the latest session that was not present before,
 * or a journal entry since the latest session that reads as current suicidal ideation or self-harm.
 *
 * @param rising whether risk is rising
 * @param reasons why, as short fixed phrases with their evidence; empty when not rising
 * @param points one point per session (level 0 when nothing was present) and one per journal entry with risk
 * @since 0.3.0
 */
public record RiskCourse(boolean rising, List<Reason> reasons, List<RiskPoint> points) {

    /** Copies. */
    public RiskCourse {
        reasons = List.copyOf(reasons);
        points = List.copyOf(points);
    }

    /**
     * One reason for the rising-risk signal.
     *
     * @param text a fixed phrase with levels and session ids, never patient text; not null
     * @param evidence where it rests; not null
     */
    public record Reason(String text, List<Evidence> evidence) {
        /** Validates and copies. */
        public Reason {
            Objects.requireNonNull(text, "text");
            evidence = List.copyOf(evidence);
        }
    }
}
