package org.clinicalnotes.between;

/**
 * The numbers behind a spike or trend alert, on the signal's 0-10 scale (higher is worse).
 *
 * @param signal which component: {@code anxiety rating}, {@code anxiety in words}, {@code distress rating} or
 *     {@code distress in words}
 * @param value the value that raised the alert (for a trend, the median of the last 7 days)
 * @param baseline the client's baseline: the median of the earlier window
 * @param spread the baseline's robust spread (1.4826 × median absolute deviation, with a floor)
 * @param threshold the value the signal had to reach
 * @param points how many earlier values the baseline rests on
 * @param slopePerWeek for a trend, the Theil-Sen slope in points per week; 0 otherwise
 * @since 0.2.0
 */
public record SignalNumbers(String signal, double value, double baseline, double spread, double threshold,
                            int points, double slopePerWeek) {

    /** @return one line that explains the numbers */
    public String describe() {
        if (slopePerWeek != 0) {
            return String.format(java.util.Locale.ROOT,
                    "%s rising %.1f points a week; last 7 days' median %.1f against an earlier baseline %.1f "
                            + "(spread %.1f, threshold %.1f, %d earlier values)",
                    signal, slopePerWeek, value, baseline, spread, threshold, points);
        }
        return String.format(java.util.Locale.ROOT,
                "%s %.1f against the client's baseline %.1f (spread %.1f, threshold %.1f, %d earlier values)",
                signal, value, baseline, spread, threshold, points);
    }
}
