package org.clinicalnotes.between;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One signal's recent values for one client: a small time-ordered buffer (at most {@link #CAPACITY} points,
 * none older than {@link #KEEP_SECONDS} before the newest), with the robust statistics the detector needs.
 * Not thread-safe: the monitor guards it with the client's lock.
 */
final class Series implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CAPACITY = 96;
    static final long DAY = 86_400L;
    static final long KEEP_SECONDS = 49 * DAY;

    long[] times = new long[16];
    float[] values = new float[16];
    int size;

    /** Adds a point, keeping time order (a late entry is inserted in place), and drops what is too old. */
    void add(long epochSecond, double value) {
        if (size == times.length) {
            int cap = Math.min(CAPACITY, times.length * 2);
            if (cap == size) {
                drop(1);
            } else {
                times = Arrays.copyOf(times, cap);
                values = Arrays.copyOf(values, cap);
            }
        }
        int at = size;
        while (at > 0 && times[at - 1] > epochSecond) {
            at--;
        }
        System.arraycopy(times, at, times, at + 1, size - at);
        System.arraycopy(values, at, values, at + 1, size - at);
        times[at] = epochSecond;
        values[at] = (float) value;
        size++;
        long newest = times[size - 1];
        int old = 0;
        while (old < size && times[old] < newest - KEEP_SECONDS) {
            old++;
        }
        if (old > 0) {
            drop(old);
        }
    }

    private void drop(int n) {
        System.arraycopy(times, n, times, 0, size - n);
        System.arraycopy(values, n, values, 0, size - n);
        size -= n;
    }

    /**
     * Copies the values with times in [from, to) into a scratch array.
     *
     * @return how many were copied
     */
    int window(long from, long to, float[] out) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (times[i] >= from && times[i] < to) {
                out[n++] = values[i];
            }
        }
        return n;
    }

    /** @return the earliest time in [from, to), or Long.MAX_VALUE when none */
    long first(long from, long to) {
        for (int i = 0; i < size; i++) {
            if (times[i] >= from && times[i] < to) {
                return times[i];
            }
        }
        return Long.MAX_VALUE;
    }

    /** Median of the first n values of a (reorders them). */
    static double median(float[] a, int n) {
        Arrays.sort(a, 0, n);
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2.0;
    }

    /** Median absolute deviation of the first n values around m (overwrites them). */
    static double mad(float[] a, int n, double m) {
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.abs(a[i] - m);
        }
        return median(a, n);
    }

    /** Theil-Sen slope per day of the points with times in [from, to). */
    double theilSen(long from, long to) {
        int lo = -1;
        int hi = -1;
        for (int i = 0; i < size; i++) {
            if (times[i] >= from && times[i] < to) {
                if (lo < 0) {
                    lo = i;
                }
                hi = i;
            }
        }
        if (lo < 0 || hi - lo < 2) {
            return 0;
        }
        int m = hi - lo + 1;
        float[] slopes = new float[m * (m - 1) / 2];
        int k = 0;
        for (int i = lo; i <= hi; i++) {
            for (int j = i + 1; j <= hi; j++) {
                long dt = times[j] - times[i];
                if (dt > 3600) {
                    slopes[k++] = (float) ((values[j] - values[i]) / (dt / (double) DAY));
                }
            }
        }
        return k == 0 ? 0 : median(slopes, k);
    }

    Series copy() {
        Series s = new Series();
        s.times = Arrays.copyOf(times, times.length);
        s.values = Arrays.copyOf(values, values.length);
        s.size = size;
        return s;
    }
}
