package org.clinicalnotes.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.internal.Tsv;

/**
 * The shipped multinomial logistic regression for clinician behaviour and client talk type (weights in
 * {@code mi-model.tsv}, learned by note-eval's MiTrainer from AnnoMI's training split). Immutable, thread-safe.
 */
final class MiClassifier {

    /** A prediction: the class index and its probability. */
    record Prediction(int label, double probability) {
    }

    private final Map<String, List<String>> classes;
    private final Map<String, Map<String, float[]>> weights;

    private MiClassifier(Map<String, List<String>> classes, Map<String, Map<String, float[]>> weights) {
        this.classes = classes;
        this.weights = weights;
    }

    static MiClassifier load() {
        Map<String, List<String>> classes = new HashMap<>();
        Map<String, Map<String, float[]>> weights = new HashMap<>();
        for (String[] row : Tsv.rows(MiClassifier.class, "mi-model.tsv", 3)) {
            String[] parts = row[2].split(" ");
            if (row[1].equals("@classes")) {
                classes.put(row[0], List.of(parts));
                continue;
            }
            float[] w = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                w[i] = Float.parseFloat(parts[i]);
            }
            weights.computeIfAbsent(row[0], k -> new HashMap<>(20_000)).put(row[1], w);
        }
        for (String task : List.of("behaviour", "talk")) {
            if (!classes.containsKey(task) || !weights.containsKey(task)) {
                throw new IllegalStateException("mi-model.tsv lacks the " + task + " model");
            }
        }
        Map<String, Map<String, float[]>> frozen = new HashMap<>();
        weights.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new MiClassifier(Map.copyOf(classes), Map.copyOf(frozen));
    }

    List<String> classes(String task) {
        return classes.get(task);
    }

    Prediction predict(String task, List<String> features) {
        int k = classes.get(task).size();
        Map<String, float[]> w = weights.get(task);
        double[] s = new double[k];
        for (String f : features) {
            float[] wf = w.get(f);
            if (wf != null) {
                for (int c = 0; c < k; c++) {
                    s[c] += wf[c];
                }
            }
        }
        int best = 0;
        double max = s[0];
        for (int c = 1; c < k; c++) {
            if (s[c] > max) {
                max = s[c];
                best = c;
            }
        }
        double z = 0;
        for (int c = 0; c < k; c++) {
            z += Math.exp(s[c] - max);
        }
        return new Prediction(best, 1.0 / z);
    }

}
