package org.clinicalnotes.eval.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clinicalnotes.semantic.internal.UnitModel;

/**
 * Multiple-instance learning of the unit model: a conversation (bag) is labelled, its units are not; a bag's logit
 * for an output (a kind's present or denied reading) is its best unit's (max pooling). The unit model is a small
 * multi-layer perceptron (one hidden layer of rectified linear units shared by every kind, so that kinds with
 * few examples learn from the others' words; one logistic output per kind and reading), trained by Adam on
 * mini-batches of the class-weighted log loss with an L2 penalty. Seeded: the same data give the same weights.
 */
final class MilLogistic {

    /** Hyper-parameters (each can be set with a {@code risk.*} system property for experiments). */
    record Params(int hidden, int epochs, double rate, double l2, double balance, int batch) {
        static final Params DEFAULT = new Params(Integer.getInteger("risk.hidden", 48),
                Integer.getInteger("risk.epochs", 40),
                Double.parseDouble(System.getProperty("risk.rate", "0.003")),
                Double.parseDouble(System.getProperty("risk.l2", "1e-4")),
                Double.parseDouble(System.getProperty("risk.balance", "0.5")),
                Integer.getInteger("risk.batch", 32));
    }

    /**
     * A bag: its unit inputs and, per kind and head, its label (1, 0, or -1 to skip); {@code evidence}, when not
     * null, marks the units that hold the turns the writer named as the disclosure or denial: a positive label is
     * then learned on the best of those units (unit-level supervision) rather than on the best unit of the bag.
     */
    record Bag(List<float[]> xs, int[][] labels, boolean[] evidence) {
    }

    private MilLogistic() {
    }

    /** @return the model trained on the bags, with the given thresholds */
    static UnitModel train(List<Bag> all, Params p, UnitModel.Thresholds thresholds) {
        List<Bag> bags = new ArrayList<>(all.stream().filter(b -> !b.xs().isEmpty()).toList());
        int d = UnitModel.dimension();
        int hn = p.hidden();
        int outs = UnitModel.outputs();
        Random rnd = new Random(12);
        double[][] w1 = new double[hn][d];
        double[] b1 = new double[hn];
        double[][] w2 = new double[outs][hn];
        double[] b2 = new double[outs];
        double scale = Math.sqrt(2.0 / d);
        for (double[] r : w1) {
            for (int i = 0; i < d; i++) {
                r[i] = rnd.nextGaussian() * scale;
            }
        }
        for (double[] r : w2) {
            for (int i = 0; i < hn; i++) {
                r[i] = rnd.nextGaussian() * Math.sqrt(1.0 / hn);
            }
        }
        // class weights and prior per output
        double[] wPos = new double[outs];
        double[] wNeg = new double[outs];
        for (int j = 0; j < outs; j++) {
            int pos = 0;
            int neg = 0;
            for (Bag b : bags) {
                int y = b.labels()[j / UnitModel.HEADS][j % UnitModel.HEADS];
                pos += y == 1 ? 1 : 0;
                neg += y == 0 ? 1 : 0;
            }
            wPos[j] = pos == 0 ? 0 : Math.pow((pos + neg) / (2.0 * pos), p.balance());
            wNeg[j] = Math.pow((pos + neg) / (2.0 * Math.max(1, neg)), p.balance());
            b2[j] = pos == 0 ? -8 : Math.log((double) pos / Math.max(1, neg));
        }
        Adam a1 = new Adam(hn * d);
        Adam ab1 = new Adam(hn);
        Adam a2 = new Adam(outs * hn);
        Adam ab2 = new Adam(outs);
        double[][] g1 = new double[hn][d];
        double[] gb1 = new double[hn];
        double[][] g2 = new double[outs][hn];
        double[] gb2 = new double[outs];
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            Collections.shuffle(bags, rnd);
            for (int from = 0; from < bags.size(); from += p.batch()) {
                List<Bag> batch = bags.subList(from, Math.min(bags.size(), from + p.batch()));
                for (double[] r : g1) {
                    java.util.Arrays.fill(r, 0);
                }
                java.util.Arrays.fill(gb1, 0);
                for (double[] r : g2) {
                    java.util.Arrays.fill(r, 0);
                }
                java.util.Arrays.fill(gb2, 0);
                for (Bag bag : batch) {
                    step(bag, w1, b1, w2, b2, wPos, wNeg, g1, gb1, g2, gb2, batch.size());
                }
                a1.update(w1, g1, p.rate(), p.l2());
                ab1.update(b1, gb1, p.rate(), 0);
                a2.update(w2, g2, p.rate(), p.l2());
                ab2.update(b2, gb2, p.rate(), 0);
            }
        }
        return new UnitModel(floats(w1), floats(b1), floats(w2), floats(b2), thresholds);
    }

    private static void step(Bag bag, double[][] w1, double[] b1, double[][] w2, double[] b2, double[] wPos,
                             double[] wNeg, double[][] g1, double[] gb1, double[][] g2, double[] gb2, int n) {
        int units = bag.xs().size();
        int hn = b1.length;
        int outs = b2.length;
        double[][] h = new double[units][hn];
        double[][] o = new double[units][outs];
        for (int u = 0; u < units; u++) {
            float[] x = bag.xs().get(u);
            for (int j = 0; j < hn; j++) {
                double z = b1[j];
                double[] w = w1[j];
                for (int i = 0; i < x.length; i++) {
                    z += w[i] * x[i];
                }
                h[u][j] = Math.max(0, z);
            }
            for (int j = 0; j < outs; j++) {
                double z = b2[j];
                for (int i = 0; i < hn; i++) {
                    z += w2[j][i] * h[u][i];
                }
                o[u][j] = z;
            }
        }
        double[][] dh = new double[units][];
        for (int j = 0; j < outs; j++) {
            int y = bag.labels()[j / UnitModel.HEADS][j % UnitModel.HEADS];
            if (y < 0) {
                continue;
            }
            int best = -1;
            boolean[] ev = y == 1 ? bag.evidence() : null;
            for (int u = 0; u < units; u++) {
                if ((ev == null || ev[u]) && (best < 0 || o[u][j] > o[best][j])) {
                    best = u;
                }
            }
            double pr = 1 / (1 + Math.exp(-o[best][j]));
            double d = (pr - y) * (y == 1 ? wPos[j] : wNeg[j]) / n;
            for (int i = 0; i < hn; i++) {
                g2[j][i] += d * h[best][i];
            }
            gb2[j] += d;
            if (dh[best] == null) {
                dh[best] = new double[hn];
            }
            for (int i = 0; i < hn; i++) {
                dh[best][i] += d * w2[j][i];
            }
        }
        for (int u = 0; u < units; u++) {
            if (dh[u] == null) {
                continue;
            }
            float[] x = bag.xs().get(u);
            for (int j = 0; j < hn; j++) {
                if (h[u][j] <= 0 || dh[u][j] == 0) {
                    continue;
                }
                double dj = dh[u][j];
                double[] g = g1[j];
                for (int i = 0; i < x.length; i++) {
                    g[i] += dj * x[i];
                }
                gb1[j] += dj;
            }
        }
    }

    /** Adam state for one parameter array. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private int t;

        Adam(int size) {
            m = new double[size];
            v = new double[size];
        }

        void update(double[][] w, double[][] g, double rate, double l2) {
            t++;
            int k = 0;
            for (int r = 0; r < w.length; r++) {
                for (int i = 0; i < w[r].length; i++, k++) {
                    w[r][i] -= delta(k, g[r][i] + l2 * w[r][i], rate);
                }
            }
        }

        void update(double[] w, double[] g, double rate, double l2) {
            t++;
            for (int i = 0; i < w.length; i++) {
                w[i] -= delta(i, g[i] + l2 * w[i], rate);
            }
        }

        private double delta(int k, double g, double rate) {
            m[k] = 0.9 * m[k] + 0.1 * g;
            v[k] = 0.999 * v[k] + 0.001 * g * g;
            double mh = m[k] / (1 - Math.pow(0.9, t));
            double vh = v[k] / (1 - Math.pow(0.999, t));
            return rate * mh / (Math.sqrt(vh) + 1e-8);
        }
    }

    /**
     * Trains a multinomial logistic head (the C-SSRS level or the perpetrator of a flag) by Adam on the
     * class-balanced log loss with an L2 penalty. Seeded.
     *
     * @param type the line type of the head
     * @param classes class names
     * @param xs inputs
     * @param ys class index of each input
     * @return the head
     */
    static org.clinicalnotes.semantic.internal.Softmax trainSoftmax(String type, List<String> classes,
                                                                   List<float[]> xs, List<Integer> ys) {
        int c = classes.size();
        int d = UnitModel.dimension();
        double[][] w = new double[c][d];
        double[] b = new double[c];
        double[] weight = new double[c];
        for (int y : ys) {
            weight[y]++;
        }
        for (int k = 0; k < c; k++) {
            weight[k] = weight[k] == 0 ? 0 : Math.sqrt(ys.size() / (c * weight[k]));
        }
        Adam aw = new Adam(c * d);
        Adam ab = new Adam(c);
        double[][] gw = new double[c][d];
        double[] gb = new double[c];
        double l2 = Double.parseDouble(System.getProperty("risk.headL2", "1e-3"));
        int epochs = Integer.getInteger("risk.headEpochs", 150);
        for (int epoch = 0; epoch < epochs && !xs.isEmpty(); epoch++) {
            for (double[] r : gw) {
                java.util.Arrays.fill(r, 0);
            }
            java.util.Arrays.fill(gb, 0);
            for (int n = 0; n < xs.size(); n++) {
                float[] x = xs.get(n);
                double[] z = new double[c];
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < c; k++) {
                    double s = b[k];
                    for (int i = 0; i < d; i++) {
                        s += w[k][i] * x[i];
                    }
                    z[k] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int k = 0; k < c; k++) {
                    z[k] = Math.exp(z[k] - max);
                    sum += z[k];
                }
                int y = ys.get(n);
                for (int k = 0; k < c; k++) {
                    double g = (z[k] / sum - (k == y ? 1 : 0)) * weight[y] / xs.size();
                    gb[k] += g;
                    for (int i = 0; i < d; i++) {
                        gw[k][i] += g * x[i];
                    }
                }
            }
            aw.update(w, gw, 0.01, l2);
            ab.update(b, gb, 0.01, 0);
        }
        return new org.clinicalnotes.semantic.internal.Softmax(type, classes, floats(w), floats(b));
    }

    private static float[][] floats(double[][] a) {
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = floats(a[i]);
        }
        return out;
    }

    private static float[] floats(double[] a) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) a[i];
        }
        return out;
    }
}
