package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One instrument's scores over the course, with the change from the first to the latest score judged by the
 * Jacobson–Truax method: the reliable change index RCI = (latest − first) / S_diff with
 * S_diff = √2 · SD · √(1 − r), reliable when |RCI| &gt; 1.96; clinically significant when the change is reliable
 * and the score crosses the instrument's clinical cut-off (from at or above it to below it, or the other way);
 * response is a fall of at least half from the first score; remission a latest score below the remission
 * threshold. The SD, r and cut-offs per instrument are in {@code change-criteria.tsv} and the README.
 *
 * @param instrument the instrument's short name ({@code PHQ-9}); not null
 * @param points the scores in session order, one per session; not empty
 * @param rci the reliable change index; null when the instrument has no criteria or only one score
 * @param reliableChange the decision; null when the instrument has no criteria or only one score
 * @param clinicallySignificant whether the change is clinically significant; false when undecided
 * @param response whether the score fell by at least 50 % from the first; false when undecided
 * @param remission whether the latest score is below the remission threshold; false when undecided
 * @since 0.3.0
 */
public record MeasureTrajectory(String instrument, List<MeasurePoint> points, Double rci, ReliableChange reliableChange,
                                boolean clinicallySignificant, boolean response, boolean remission) {

    /** Validates and copies. */
    public MeasureTrajectory {
        Objects.requireNonNull(instrument, "instrument");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a trajectory needs a point");
        }
    }

    /** @return the first score */
    public MeasurePoint first() {
        return points.get(0);
    }

    /** @return the latest score */
    public MeasurePoint latest() {
        return points.get(points.size() - 1);
    }

    /** @return the reliable-change decision, when the instrument has criteria and two scores */
    public Optional<ReliableChange> change() {
        return Optional.ofNullable(reliableChange);
    }
}
