package org.clinicalnotes.eval.report;

import java.util.List;
import java.util.Objects;

/**
 * A grouped horizontal bar chart: for every category (for example a ROUGE division) one bar per series
 * (for example a system). Values are in {@code unit}; {@link Double#NaN} marks a value not measured and is
 * drawn as a gap. Immutable.
 *
 * @param title the chart title; not null
 * @param unit the value unit shown on the axis, for example {@code ROUGE-1} or {@code transcripts/s}; not null
 * @param categories the groups, top to bottom; not empty
 * @param series the bar names, one colour each; not empty
 * @param values {@code values.get(series).get(category)}; not null
 * @since 0.1.0
 */
public record BarChart(String title, String unit, List<String> categories, List<String> series,
                       List<List<Double>> values) {

    /** Validates and copies. */
    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one category and one series");
        }
        values = values.stream().map(List::copyOf).toList();
        if (values.size() != series.size()) {
            throw new IllegalArgumentException("expected " + series.size() + " value rows, got " + values.size());
        }
        for (List<Double> v : values) {
            if (v.size() != categories.size()) {
                throw new IllegalArgumentException("expected " + categories.size() + " values, got " + v.size());
            }
        }
    }
}
