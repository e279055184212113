package org.clinicalnotes.model.offline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The segmenter's boundary weights ({@code p}, {@code n}, {@code pn}, {@code nn}, {@code pp}) by word number
 * instead of by word: each word of a sentence is looked up once ({@link #id}), and the pair weights are read from
 * a table keyed by the two numbers, with no string hashed or compared again. A word or pair the model does not
 * know weighs 0, as in the feature trees. Immutable and thread-safe once built.
 */
final class BoundaryWeights {

    /** Every word of the five trees, at either level, numbered from 0. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final double[] p;
    private final double[] n;
    private final PairTable pn;
    private final PairTable nn;
    private final PairTable pp;

    BoundaryWeights(Map<String, Object> bp, Map<String, Object> bn, Map<String, Object> bpn,
            Map<String, Object> bnn, Map<String, Object> bpp) {
        for (Map<String, Object> m : List.of(bp, bn, bpn, bnn, bpp)) {
            for (Map.Entry<String, Object> e : m.entrySet()) {
                number(e.getKey());
                if (e.getValue() instanceof Map<?, ?> sub) {
                    for (Object k : sub.keySet()) {
                        number((String) k);
                    }
                }
            }
        }
        p = singles(bp);
        n = singles(bn);
        pn = pairs(bpn);
        nn = pairs(bnn);
        pp = pairs(bpp);
    }

    private void number(String w) {
        ids.putIfAbsent(w, ids.size());
    }

    private double[] singles(Map<String, Object> m) {
        double[] out = new double[ids.size()];
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() instanceof Double d) {
                out[ids.get(e.getKey())] = d;
            }
        }
        return out;
    }

    private PairTable pairs(Map<String, Object> m) {
        PairTable t = new PairTable(m.size() * 4);
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> sub) {
                int a = ids.get(e.getKey());
                for (Map.Entry<?, ?> s : sub.entrySet()) {
                    if (s.getValue() instanceof Double d) {
                        t.put(a, ids.get((String) s.getKey()), d);
                    }
                }
            }
        }
        return t;
    }

    /** @return the word's number, or -1 when the model does not know it */
    int id(String word) {
        Integer i = ids.get(word);
        return i == null ? -1 : i;
    }

    double p(int w) {
        return w < 0 ? 0.0 : p[w];
    }

    double n(int w) {
        return w < 0 ? 0.0 : n[w];
    }

    double pn(int a, int b) {
        return pn.get(a, b);
    }

    double nn(int a, int b) {
        return nn.get(a, b);
    }

    double pp(int a, int b) {
        return pp.get(a, b);
    }

    /** Weights by a pair of word numbers: open addressing over {@code long} keys, linear probing. */
    private static final class PairTable {
        private long[] keys;
        private double[] values;
        private int size;

        PairTable(int capacity) {
            int c = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
            keys = new long[c];
            values = new double[c];
            Arrays.fill(keys, -1L);
        }

        private static long key(int a, int b) {
            return (long) a << 32 | b;
        }

        private static int slot(long k, int mask) {
            long h = k * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 29) & mask;
        }

        void put(int a, int b, double v) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            long k = key(a, b);
            int mask = keys.length - 1;
            int i = slot(k, mask);
            while (keys[i] != -1L && keys[i] != k) {
                i = i + 1 & mask;
            }
            if (keys[i] == -1L) {
                size++;
            }
            keys[i] = k;
            values[i] = v;
        }

        double get(int a, int b) {
            if (a < 0 || b < 0) {
                return 0.0;
            }
            long k = key(a, b);
            int mask = keys.length - 1;
            int i = slot(k, mask);
            long x;
            while ((x = keys[i]) != -1L) {
                if (x == k) {
                    return values[i];
                }
                i = i + 1 & mask;
            }
            return 0.0;
        }

        private void grow() {
            long[] oldKeys = keys;
            double[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new double[oldKeys.length * 2];
            Arrays.fill(keys, -1L);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1L) {
                    put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
