package org.clinicalnotes.between;

/**
 * A client's baseline for one signal just before an entry: the median of the earlier values in the
 * baseline window, their robust spread, and the value a spike must reach.
 *
 * @param signal the component: {@code anxiety rating}, {@code anxiety in words}, {@code distress rating} or
 *     {@code distress in words}
 * @param median the median of the earlier values
 * @param spread 1.4826 × their median absolute deviation, at least the configured floor
 * @param threshold the spike threshold: the largest of median + z × spread, median + the minimum rise, and
 *     the absolute floor
 * @param points how many earlier values it rests on
 * @since 0.2.0
 */
public record Baseline(String signal, double median, double spread, double threshold, int points) {
}
