package org.clinicalnotes.between;

/**
 * The per-signal statistics: a robust rolling baseline (median and MAD of the earlier values in a window,
 * with a warm-up), a spike test against it, and a sustained-trend test (Theil-Sen slope over the trend
 * window and the recent median against an earlier reference window). Stateless; the series is the
 * client's.
 */
final class Detector {

    private Detector() {
    }

    /** The tunables, with the defaults the README documents. */
    record Settings(int baselineDays, int warmupPoints, int warmupDays, double spikeZ, double minimumRise,
                    double floor, double minimumSpread, int trendDays, double trendSlopePerWeek, double trendRise,
                    long episodeGapHours) {
        static final Settings DEFAULT = new Settings(28, 5, 7, 3.0, 2.0, 4.5, 0.75, 21, 0.7, 1.5, 72);
    }

    /** A spike check of one value against the series before it. */
    record Check(Baseline baseline, boolean spike, boolean elevated) {
    }

    /**
     * @return the check, or null during warm-up
     */
    static Check check(String signal, Series s, long t, double value, Settings st) {
        long from = t - st.baselineDays() * Series.DAY;
        float[] buf = new float[Series.CAPACITY];
        int n = s.window(from, t, buf);
        if (n < st.warmupPoints() || t - s.first(from, t) < st.warmupDays() * Series.DAY) {
            return null;
        }
        double median = Series.median(buf, n);
        double spread = Math.max(1.4826 * Series.mad(buf, n, median), st.minimumSpread());
        double threshold = Math.max(Math.max(median + st.spikeZ() * spread, median + st.minimumRise()), st.floor());
        boolean spike = value >= threshold;
        boolean elevated = value >= median + Math.max(1.5 * spread, st.minimumRise() / 2);
        return new Check(new Baseline(signal, median, spread, threshold, n), spike, elevated);
    }

    /**
     * Tests for sustained worsening up to time t (the series already holds the value at t).
     *
     * @return the numbers when the signal is worsening, else null
     */
    static SignalNumbers trend(String signal, Series s, long t, Settings st) {
        long day = Series.DAY;
        float[] buf = new float[Series.CAPACITY];
        int recent = s.window(t - 7 * day, t + 1, buf);
        if (recent < 3) {
            return null;
        }
        double recentMedian = Series.median(buf, recent);
        long trendFrom = t - st.trendDays() * day;
        long refFrom = trendFrom - st.trendDays() * day;
        int ref = s.window(refFrom, trendFrom, buf);
        if (ref < 4) {
            return null;
        }
        double refMedian = Series.median(buf, ref);
        double refSpread = Math.max(1.4826 * Series.mad(buf, ref, refMedian), st.minimumSpread());
        double threshold = refMedian + Math.max(2 * refSpread, st.trendRise());
        if (recentMedian < threshold) {
            return null;
        }
        int inTrend = s.window(trendFrom, t + 1, buf);
        if (inTrend < 6 || t - s.first(trendFrom, t + 1) < 10 * day) {
            return null;
        }
        double slopeWeek = s.theilSen(trendFrom, t + 1) * 7;
        if (slopeWeek < st.trendSlopePerWeek()) {
            return null;
        }
        return new SignalNumbers(signal, recentMedian, refMedian, refSpread, threshold, ref, slopeWeek);
    }
}
