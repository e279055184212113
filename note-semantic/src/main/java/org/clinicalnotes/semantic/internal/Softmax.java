package org.clinicalnotes.semantic.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A multinomial logistic reading of a unit's input (the same input as {@link UnitModel}'s): the learned model's
 * C-SSRS level of a suicidal-ideation flag it adds, and the perpetrator of an abuse flag it adds, where the rules
 * name none. Public only for the trainer in {@code note-eval}; not API.
 *
 * @param type the line type in the model file ({@code level} or {@code perpetrator})
 * @param classes the class names (enum constants), in order
 * @param w weights, {@code [class][UnitModel.dimension()]}
 * @param b bias per class
 */
public record Softmax(String type, List<String> classes, float[][] w, float[] b) {

    /** Validates and copies the class list. */
    public Softmax {
        classes = List.copyOf(classes);
        if (w.length != classes.size() || b.length != classes.size()) {
            throw new IllegalArgumentException("one weight row and bias per class");
        }
    }

    /** @return the probability of each class for one input */
    public double[] probabilities(float[] x) {
        double[] z = new double[classes.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            double s = b[c];
            float[] wc = w[c];
            for (int i = 0; i < wc.length; i++) {
                s += wc[i] * x[i];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** @return the most probable class's name */
    public String predict(float[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return classes.get(best);
    }

    /** Writes one line per class: type, class, bias, weights. */
    void write(Writer out) throws IOException {
        for (int c = 0; c < classes.size(); c++) {
            StringBuilder sb = new StringBuilder(type).append('\t').append(classes.get(c)).append('\t')
                    .append(String.format(Locale.ROOT, "%.5g", b[c]));
            for (float x : w[c]) {
                sb.append('\t').append(String.format(Locale.ROOT, "%.4g", x));
            }
            out.write(sb.append('\n').toString());
        }
    }
}
