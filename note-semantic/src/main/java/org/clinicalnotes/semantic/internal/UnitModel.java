package org.clinicalnotes.semantic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.DialogueUnit;
import org.clinicalnotes.risk.RiskModel.Verdict;

/**
 * The learned risk model's arithmetic, shared by the runtime ({@link LearnedRiskModel}) and the trainer in
 * {@code note-eval}: per kind two logistic readings of a unit ({@code present}: the kind is endorsed now;
 * {@code denied}: it was asked about and denied), over the unit's sentence embedding followed by its rule
 * features; a conversation's reading of a kind is its best unit's (max pooling, multiple-instance learning);
 * three thresholds turn readings into verdicts. Public only for the trainer; not API.
 */
public final class UnitModel {

    /** Readings per kind: present, denied. */
    public static final int HEADS = 2;
    /** Index of the present reading. */
    public static final int PRESENT = 0;
    /** Index of the denied reading. */
    public static final int DENIED = 1;
    /** The embedding is scaled by this so that its weights and the 0/1 rule features' share one L2 penalty. */
    public static final float EMBEDDING_SCALE = 4f;
    /** Version of the file format. */
    static final int FORMAT = 3;
    /** C-SSRS levels the level head reads (CssrsLevel names). */
    public static final List<String> LEVELS = java.util.Arrays.stream(RiskFlag.CssrsLevel.values()).map(Enum::name).toList();
    /** Perpetrators the perpetrator head reads (Perpetrator names). */
    public static final List<String> PERPETRATORS = java.util.Arrays.stream(RiskFlag.Perpetrator.values()).map(Enum::name).toList();

    /** Hidden layer: {@code [hidden][dimension]} and its bias; output layer: {@code [kind * HEADS + head][hidden]}. */
    private final float[][] w1;
    private final float[] b1;
    private final float[][] w2;
    private final float[] b2;
    private final Thresholds thresholds;
    private final Softmax level;
    private final Softmax perpetrator;

    /**
     * The decision thresholds per kind (in {@link RiskFlag.Kind} order), on probabilities.
     *
     * @param add a kind the rules did not read PRESENT becomes PRESENT at or above this present reading
     * @param veto a rule's PRESENT becomes UNCLEAR below this present reading
     * @param deny a kind the rules left unread or UNCLEAR becomes DENIED at or above this denied reading
     *     (when its present reading is below {@code add})
     */
    public record Thresholds(double[] add, double[] veto, double[] deny) {

        /** @return the same three thresholds for every kind */
        public static Thresholds uniform(double add, double veto, double deny) {
            int n = RiskFlag.Kind.values().length;
            double[] a = new double[n];
            double[] v = new double[n];
            double[] d = new double[n];
            java.util.Arrays.fill(a, add);
            java.util.Arrays.fill(v, veto);
            java.util.Arrays.fill(d, deny);
            return new Thresholds(a, v, d);
        }

        /** @return add / veto / deny of one kind, for reports */
        public String of(RiskFlag.Kind k) {
            int i = k.ordinal();
            return String.format(Locale.ROOT, "%.3f / %.2f / %.2f", add[i], veto[i], deny[i]);
        }
    }

    /**
     * @param w1 hidden-layer weights, {@code [hidden][dimension()]} (rectified linear units)
     * @param b1 hidden-layer bias
     * @param w2 output weights, {@code [kinds * HEADS][hidden]}, output {@code kind * HEADS + head}
     * @param b2 output bias
     * @param thresholds the decision thresholds (null while training)
     */
    public UnitModel(float[][] w1, float[] b1, float[][] w2, float[] b2, Thresholds thresholds) {
        this(w1, b1, w2, b2, thresholds, null, null);
    }

    /**
     * @param w1 hidden-layer weights
     * @param b1 hidden-layer bias
     * @param w2 output weights
     * @param b2 output bias
     * @param thresholds the decision thresholds (null while training)
     * @param level the C-SSRS level head, or null
     * @param perpetrator the perpetrator head, or null
     */
    public UnitModel(float[][] w1, float[] b1, float[][] w2, float[] b2, Thresholds thresholds, Softmax level,
                     Softmax perpetrator) {
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.thresholds = thresholds;
        this.level = level;
        this.perpetrator = perpetrator;
    }

    /** @return the same weights with other thresholds */
    public UnitModel with(Thresholds t) {
        return new UnitModel(w1, b1, w2, b2, t, level, perpetrator);
    }

    /** @return the same weights with these level and perpetrator heads */
    public UnitModel with(Softmax levelHead, Softmax perpetratorHead) {
        return new UnitModel(w1, b1, w2, b2, thresholds, levelHead, perpetratorHead);
    }

    /**
     * A PRESENT verdict with the heads' C-SSRS level (suicidal ideation) or perpetrator (abuse kinds) read on its
     * deciding unit; any other verdict as it is.
     *
     * @param v the verdict, or null
     * @param xs the unit inputs the verdict indexes
     * @return the verdict with its attributes
     */
    public Verdict withAttributes(Verdict v, List<float[]> xs) {
        if (v == null || v.status() != RiskFlag.Status.PRESENT || v.unit() < 0 || v.unit() >= xs.size()) {
            return v;
        }
        float[] x = xs.get(v.unit());
        RiskFlag.CssrsLevel l = v.kind() == RiskFlag.Kind.SUICIDAL_IDEATION && level != null
                ? RiskFlag.CssrsLevel.valueOf(level.predict(x)) : null;
        RiskFlag.Perpetrator p = isAbuse(v.kind()) && perpetrator != null ? RiskFlag.Perpetrator.valueOf(perpetrator.predict(x)) : null;
        return new Verdict(v.kind(), v.status(), v.score(), v.unit(), l, p);
    }

    /** @return whether the kind is one whose flag names a perpetrator */
    public static boolean isAbuse(RiskFlag.Kind k) {
        return k == RiskFlag.Kind.CHILD_ABUSE || k == RiskFlag.Kind.ELDER_ABUSE || k == RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE;
    }

    /** @return the level head, or null */
    public Softmax levelHead() {
        return level;
    }

    /** @return the perpetrator head, or null */
    public Softmax perpetratorHead() {
        return perpetrator;
    }

    /** @return the number of outputs: kinds times heads */
    public static int outputs() {
        return RiskFlag.Kind.values().length * HEADS;
    }

    /** @return the length of a unit's input: embedding then rule features */
    public static int dimension() {
        return SentenceEncoder.DIMENSION + DialogueUnit.FEATURES.size();
    }

    /** @return the thresholds */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * @param embedding the unit's embedding
     * @param features the unit's rule features
     * @return the input vector
     */
    public static float[] input(float[] embedding, float[] features) {
        float[] x = new float[embedding.length + features.length];
        for (int i = 0; i < embedding.length; i++) {
            x[i] = embedding[i] * EMBEDDING_SCALE;
        }
        System.arraycopy(features, 0, x, embedding.length, features.length);
        return x;
    }

    /** @return the hidden layer of one unit */
    public double[] hidden(float[] x) {
        double[] h = new double[w1.length];
        for (int j = 0; j < h.length; j++) {
            float[] w = w1[j];
            double z = b1[j];
            for (int i = 0; i < w.length; i++) {
                z += w[i] * x[i];
            }
            h[j] = Math.max(0, z);
        }
        return h;
    }

    /** @return the logits of every output on one unit */
    public double[] logits(float[] x) {
        double[] h = hidden(x);
        double[] o = new double[w2.length];
        for (int j = 0; j < o.length; j++) {
            double z = b2[j];
            for (int i = 0; i < h.length; i++) {
                z += w2[j][i] * h[i];
            }
            o[j] = z;
        }
        return o;
    }

    /**
     * @param xs a conversation's unit inputs
     * @return per kind and head, {best probability, index of the best unit}; probability 0 and index -1 when empty
     */
    public double[][][] read(List<float[]> xs) {
        int kinds = RiskFlag.Kind.values().length;
        double[][] o = new double[xs.size()][];
        for (int u = 0; u < o.length; u++) {
            o[u] = logits(xs.get(u));
        }
        double[][][] out = new double[kinds][HEADS][];
        for (int k = 0; k < kinds; k++) {
            for (int h = 0; h < HEADS; h++) {
                double best = Double.NEGATIVE_INFINITY;
                int at = -1;
                for (int u = 0; u < o.length; u++) {
                    if (o[u][k * HEADS + h] > best) {
                        best = o[u][k * HEADS + h];
                        at = u;
                    }
                }
                out[k][h] = new double[] {at < 0 ? 0 : sigmoid(best), at};
            }
        }
        return out;
    }

    /**
     * The verdict for one kind, given the rules' status and the readings.
     *
     * @param kind the kind
     * @param rule the rules' status, or null when the rules did not raise it
     * @param present {probability, unit} of the present head
     * @param denied {probability, unit} of the denied head
     * @param t the thresholds
     * @return the verdict, or null to leave the rules' reading
     */
    public static Verdict decide(RiskFlag.Kind kind, RiskFlag.Status rule, double[] present, double[] denied, Thresholds t) {
        return decide(kind, rule, present, denied, t, ADD_OVER_UNCLEAR);
    }

    /**
     * Whether a present reading may turn the rules' UNCLEAR (a hypothetical, an unclear answer) into PRESENT. The
     * context rules' reading of a hypothetical stands: the model adds only where the rules read nothing, a denial or
     * a history.
     */
    /**
     * The least denied reading for which the model writes a denial, whatever the chosen threshold: a denial goes
     * into the record only when the model reads it as more likely than not (round 4: the leave-one-source-out
     * choice fell to 0.10 for some kinds, where the kind-named guard alone filtered the denials).
     */
    public static final double MIN_DENY = 0.5;

    public static final boolean ADD_OVER_UNCLEAR = Boolean.parseBoolean(System.getProperty("risk.addOverUnclear", "false"));

    /**
     * Whether a present reading may turn the rules' UNCLEAR into PRESENT where the deciding unit's answer has no
     * frame that makes the risk not the patient's current one: no hypothetical ("if", "what if"), no other person
     * as experiencer and no media (the context rules' answer shapes among the unit's features). An UNCLEAR that
     * comes from a hedged or scaled answer ("is it bad if I say yeah?", "maybe a four out of ten") can then be
     * read as the disclosure it is; a hypothetical stands. Property {@code risk.addOverUnframed}, default true.
     */
    public static final boolean ADD_OVER_UNFRAMED = Boolean.parseBoolean(System.getProperty("risk.addOverUnframed", "true"));

    private static final int[] FRAMES = {DialogueUnit.FEATURES.indexOf("other-person"),
        DialogueUnit.FEATURES.indexOf("hypothetical"), DialogueUnit.FEATURES.indexOf("media")};

    /**
     * @param x a unit's model input ({@link #input}: embedding then the rule features)
     * @return whether the unit's answer holds a hypothetical, another person or media
     */
    public static boolean framed(float[] x) {
        int off = x.length - DialogueUnit.FEATURES.size();
        for (int i : FRAMES) {
            if (i >= 0 && x[off + i] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param present the kind's present reading (probability, deciding unit)
     * @param xs the units' inputs
     * @return whether the present reading may turn the rules' UNCLEAR into PRESENT ({@link #ADD_OVER_UNCLEAR}, or
     *     {@link #ADD_OVER_UNFRAMED} and the deciding unit not {@link #framed})
     */
    public static boolean mayAddOverUnclear(double[] present, List<float[]> xs) {
        if (ADD_OVER_UNCLEAR) {
            return true;
        }
        int u = (int) present[1];
        return ADD_OVER_UNFRAMED && u >= 0 && u < xs.size() && !framed(xs.get(u));
    }

    /** As {@link #decide(RiskFlag.Kind, RiskFlag.Status, double[], double[], Thresholds)}, saying whether UNCLEAR may become PRESENT. */
    public static Verdict decide(RiskFlag.Kind kind, RiskFlag.Status rule, double[] present, double[] denied, Thresholds t,
                                 boolean addOverUnclear) {
        if (present[1] < 0) {
            return null;
        }
        int i = kind.ordinal();
        if (rule == RiskFlag.Status.PRESENT) {
            return present[0] < t.veto()[i] ? new Verdict(kind, RiskFlag.Status.UNCLEAR, present[0], (int) present[1]) : null;
        }
        if (present[0] >= t.add()[i] && (addOverUnclear || rule != RiskFlag.Status.UNCLEAR)) {
            return new Verdict(kind, RiskFlag.Status.PRESENT, present[0], (int) present[1]);
        }
        if ((rule == null || rule == RiskFlag.Status.UNCLEAR) && denied[0] >= Math.max(t.deny()[i], MIN_DENY)) {
            return new Verdict(kind, RiskFlag.Status.DENIED, present[0], (int) denied[1]);
        }
        return null;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Writes the model as TSV: weights and thresholds only, no training text.
     *
     * @param out where to
     * @param header comment lines (provenance, figures), without the leading {@code #}
     * @throws IOException when writing fails
     */
    public void write(Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write("format\t" + FORMAT + "\n");
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            int i = k.ordinal();
            out.write(String.format(Locale.ROOT, "thresholds\t%s\t%.4f\t%.4f\t%.4f%n", k.name(), thresholds.add()[i],
                    thresholds.veto()[i], thresholds.deny()[i]));
        }
        out.write("features\t" + String.join(",", DialogueUnit.FEATURES) + "\n");
        out.write("shape\t" + w1.length + "\t" + dimension() + "\t" + outputs() + "\n");
        for (int j = 0; j < w1.length; j++) {
            row(out, "hidden", String.valueOf(j), b1[j], w1[j]);
        }
        for (int j = 0; j < w2.length; j++) {
            RiskFlag.Kind k = RiskFlag.Kind.values()[j / HEADS];
            row(out, "output", k.name() + "/" + (j % HEADS == PRESENT ? "present" : "denied"), b2[j], w2[j]);
        }
        level.write(out);
        perpetrator.write(out);
    }

    private static void row(Writer out, String type, String name, float bias, float[] w) throws IOException {
        StringBuilder sb = new StringBuilder(type).append('\t').append(name).append('\t')
                .append(String.format(Locale.ROOT, "%.5g", bias));
        for (float x : w) {
            sb.append('\t').append(String.format(Locale.ROOT, "%.4g", x));
        }
        out.write(sb.append('\n').toString());
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @param in the TSV
     * @param name its name, for messages
     * @return the model
     * @throws ConfigurationException CN-3501 when the file is malformed or its features differ from this screen's
     */
    public static UnitModel read(InputStream in, String name) {
        return UnitModelFile.read(in, name);
    }
}
