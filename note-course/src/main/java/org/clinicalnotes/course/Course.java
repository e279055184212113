package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link CourseAnalyzer} reads from a client's history.
 *
 * @param history the history it was read from; not null
 * @param themes the recurring themes, most prominent first; not null
 * @param measures one trajectory per instrument scored; not null
 * @param risk risk over time; not null
 * @param homework the homework set, in order; not null
 * @param themeMethod how the themes were found ({@code lexical/1} or {@code embedding/<model>}); not null
 * @since 0.3.0
 */
public record Course(ClientHistory history, List<Theme> themes, List<MeasureTrajectory> measures, RiskCourse risk,
                     List<Homework> homework, String themeMethod) {

    /** Validates and copies. */
    public Course {
        Objects.requireNonNull(history, "history");
        themes = List.copyOf(themes);
        measures = List.copyOf(measures);
        Objects.requireNonNull(risk, "risk");
        homework = List.copyOf(homework);
        Objects.requireNonNull(themeMethod, "themeMethod");
    }
}
