package org.clinicalnotes.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One score in a trajectory.
 *
 * @param session the session id; not null
 * @param date the session day; null when unknown
 * @param value the score
 * @param utteranceIds where it was said (empty when it was recorded, not said); not null
 * @since 0.3.0
 */
public record MeasurePoint(String session, LocalDate date, double value, List<String> utteranceIds) {
    /** Validates and copies. */
    public MeasurePoint {
        Objects.requireNonNull(session, "session");
        utteranceIds = List.copyOf(utteranceIds);
    }
}
