package org.clinicalnotes.eval.annomi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.clinicalnotes.analysis.internal.MiFeatures;

/**
 * Trains the clinician-behaviour and client-talk-type classifier shipped in note-core: multinomial logistic
 * regression (AdaGrad, L2, class weights) over {@link MiFeatures}. Hyper-parameters are chosen by 4-fold
 * cross-validation inside the training split (folds: transcript id mod 5 = 1, 2, 3, 4); the shipped model is then
 * trained on every transcript with id mod 5 != 0. The test split (id mod 5 = 0) is never read here.
 *
 * <p>Run: {@code java -cp … org.clinicalnotes.eval.annomi.MiTrainer [AnnoMI-simple.csv] [out mi-model.tsv]}.
 */
public final class MiTrainer {

    static final List<String> BEHAVIOURS = List.of("REFLECTION", "QUESTION", "INPUT", "OTHER");
    static final List<String> TALK = List.of("CHANGE", "SUSTAIN", "NEUTRAL");
    private static final int MIN_COUNT = 2;

    record Example(List<String> features, int label, int session) {
    }

    record Params(double l2, double classWeightPower, int epochs) {
    }

    /** A trained model: feature → weights per class. */
    record Model(List<String> classes, Map<String, double[]> weights) {
        int predict(List<String> features) {
            double[] s = new double[classes.size()];
            for (String f : features) {
                double[] w = weights.get(f);
                if (w != null) {
                    for (int k = 0; k < s.length; k++) {
                        s[k] += w[k];
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < s.length; k++) {
                if (s[k] > s[best]) {
                    best = k;
                }
            }
            return best;
        }
    }

    private MiTrainer() {
    }

    /**
     * Trains and writes the model.
     *
     * @param args optional: the AnnoMI csv, the output file
     */
    public static void main(String[] args) {
        Path csv = args.length > 0 ? Path.of(args[0]) : AnnomiData.defaultCsv();
        Path out = args.length > 1 ? Path.of(args[1])
                : Path.of("note-analysis/src/main/resources/org/clinicalnotes/analysis/mi-model.tsv");
        List<AnnomiData.Session> sessions = new ArrayList<>();
        for (AnnomiData.Session s : AnnomiData.read(csv)) {
            if (!s.test()) {
                sessions.add(s);
            }
        }
        StringBuilder file = new StringBuilder();
        file.append("# Clinician behaviour and client talk type: multinomial logistic regression weights.\n")
                .append("# Trained by note-eval MiTrainer on AnnoMI transcripts with transcript_id mod 5 != 0 only\n")
                .append("# (AnnoMI: Wu et al., ICASSP 2022, doi 10.1109/ICASSP43922.2022.9746035; Future Internet\n")
                .append("# 15(3):110, 2023, doi 10.3390/fi15030110; declared public domain by its authors).\n")
                .append("# Features: see org.clinicalnotes.analysis.internal.MiFeatures. No AnnoMI text is included.\n")
                .append("# task\tfeature\tweights (one per class, in the order of the @classes row)\n");
        for (String task : List.of("behaviour", "talk")) {
            List<String> classes = task.equals("behaviour") ? BEHAVIOURS : TALK;
            List<Example> all = examples(sessions, task.equals("behaviour"), classes);
            int[] checkpoints = {2, 4, 8, 12};
            Params best = null;
            double bestF1 = -1;
            for (double l2 : new double[] {1e-5, 1e-4, 1e-3}) {
                for (double cw : new double[] {0.5, 1.0}) {
                    double[] sum = new double[checkpoints.length];
                    for (int fold = 1; fold <= 4; fold++) {
                        List<Example> fit = new ArrayList<>();
                        List<Example> dev = new ArrayList<>();
                        for (Example e : all) {
                            (e.session() % 5 == fold ? dev : fit).add(e);
                        }
                        double[] f1s = new double[checkpoints.length];
                        train(fit, classes, new Params(l2, cw, checkpoints[checkpoints.length - 1]), (epoch, m) -> {
                            for (int c = 0; c < checkpoints.length; c++) {
                                if (checkpoints[c] == epoch) {
                                    f1s[c] = macroF1(m, dev, classes.size());
                                }
                            }
                        });
                        for (int c = 0; c < checkpoints.length; c++) {
                            sum[c] += f1s[c] / 4;
                        }
                    }
                    for (int c = 0; c < checkpoints.length; c++) {
                        System.out.printf(Locale.ROOT, "%s cv l2=%g cw=%.1f epochs=%d macroF1=%.3f%n", task, l2, cw,
                                checkpoints[c], sum[c]);
                        if (sum[c] > bestF1) {
                            bestF1 = sum[c];
                            best = new Params(l2, cw, checkpoints[c]);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s best %s 4-fold cv macroF1=%.3f (%d examples)%n", task, best, bestF1,
                    all.size());
            Model model = train(all, classes, best);
            file.append(String.format(Locale.ROOT, "# %s: %s, 4-fold cross-validated macro-F1 within the training split %.3f, trained on %d utterances%n", task,
                    best, bestF1, all.size()));
            file.append(task).append("\t@classes\t").append(String.join(" ", classes)).append('\n');
            for (Map.Entry<String, double[]> e : new TreeMap<>(model.weights()).entrySet()) {
                double max = 0;
                for (double w : e.getValue()) {
                    max = Math.max(max, Math.abs(w));
                }
                if (max < 0.01) {
                    continue;
                }
                file.append(task).append('\t').append(e.getKey()).append('\t');
                for (int k = 0; k < e.getValue().length; k++) {
                    file.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", e.getValue()[k]));
                }
                file.append('\n');
            }
        }
        try {
            Files.writeString(out, file.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("wrote " + out);
    }

    static List<Example> examples(List<AnnomiData.Session> sessions, boolean therapist, List<String> classes) {
        List<Example> out = new ArrayList<>();
        for (AnnomiData.Session s : sessions) {
            List<AnnomiData.Row> rows = s.rows();
            for (int i = 0; i < rows.size(); i++) {
                AnnomiData.Row r = rows.get(i);
                String label = therapist ? r.behaviour() : r.talk();
                if (r.therapist() != therapist || label == null) {
                    continue;
                }
                AnnomiData.Row prev = i > 0 ? rows.get(i - 1) : null;
                AnnomiData.Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
                out.add(new Example(MiFeatures.of(r.text(), prev == null ? null : prev.text(),
                        prev != null && prev.therapist() == r.therapist(), next == null ? null : next.text(),
                        next != null && next.therapist() == r.therapist()), classes.indexOf(label), s.id()));
            }
        }
        return out;
    }

    static Model train(List<Example> data, List<String> classes, Params p) {
        return train(data, classes, p, (epoch, m) -> { });
    }

    interface EpochListener {
        void after(int epoch, Model model);
    }

    static final int SEEDS = 5;

    /**
     * Trains {@value #SEEDS} models on different example orders and averages their weights (less variance than
     * one order); the listener sees the average after each epoch.
     */
    static Model train(List<Example> data, List<String> classes, Params p, EpochListener listener) {
        List<Map<Integer, Model>> perSeed = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            Map<Integer, Model> byEpoch = new HashMap<>();
            trainOne(data, classes, p, 42 + seed, byEpoch::put);
            perSeed.add(byEpoch);
        }
        for (int epoch = 1; epoch <= p.epochs(); epoch++) {
            final int e = epoch;
            listener.after(epoch, mean(classes, perSeed.stream().map(m -> m.get(e)).toList()));
        }
        return mean(classes, perSeed.stream().map(m -> m.get(p.epochs())).toList());
    }

    private static Model mean(List<String> classes, List<Model> models) {
        Map<String, double[]> sum = new HashMap<>();
        for (Model m : models) {
            for (Map.Entry<String, double[]> e : m.weights().entrySet()) {
                double[] acc = sum.computeIfAbsent(e.getKey(), k -> new double[classes.size()]);
                for (int c = 0; c < acc.length; c++) {
                    acc[c] += e.getValue()[c] / models.size();
                }
            }
        }
        return new Model(classes, sum);
    }

    static Model trainOne(List<Example> data, List<String> classes, Params p, long seed, EpochListener listener) {
        int k = classes.size();
        Map<String, Integer> counts = new HashMap<>();
        int[] perClass = new int[k];
        for (Example e : data) {
            perClass[e.label()]++;
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        double[] cw = new double[k];
        for (int c = 0; c < k; c++) {
            cw[c] = Math.pow((double) data.size() / (k * Math.max(1, perClass[c])), p.classWeightPower());
        }
        Map<String, double[]> w = new HashMap<>();
        Map<String, double[]> g = new HashMap<>();
        Map<String, double[]> u = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_COUNT) {
                w.put(e.getKey(), new double[k]);
                g.put(e.getKey(), new double[k]);
                u.put(e.getKey(), new double[k]);
            }
        }
        long t = 1;
        Random rnd = new Random(seed);
        List<Example> order = new ArrayList<>(data);
        double lr = 0.1;
        double[] s = new double[k];
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            java.util.Collections.shuffle(order, rnd);
            for (Example e : order) {
                java.util.Arrays.fill(s, 0);
                List<double[]> active = new ArrayList<>();
                List<double[]> activeG = new ArrayList<>();
                List<double[]> activeU = new ArrayList<>();
                for (String f : e.features()) {
                    double[] wf = w.get(f);
                    if (wf != null) {
                        active.add(wf);
                        activeG.add(g.get(f));
                        activeU.add(u.get(f));
                        for (int c = 0; c < k; c++) {
                            s[c] += wf[c];
                        }
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double x : s) {
                    max = Math.max(max, x);
                }
                double z = 0;
                for (int c = 0; c < k; c++) {
                    s[c] = Math.exp(s[c] - max);
                    z += s[c];
                }
                double weight = cw[e.label()];
                for (int c = 0; c < k; c++) {
                    double grad = (s[c] / z - (c == e.label() ? 1 : 0)) * weight;
                    for (int a = 0; a < active.size(); a++) {
                        double[] wf = active.get(a);
                        double[] gf = activeG.get(a);
                        double gr = grad + p.l2() * wf[c];
                        gf[c] += gr * gr;
                        double delta = lr * gr / Math.sqrt(gf[c] + 1e-8);
                        wf[c] -= delta;
                        activeU.get(a)[c] -= t * delta;
                    }
                }
                t++;
            }
            listener.after(epoch + 1, averaged(classes, w, u, t));
        }
        return averaged(classes, w, u, t);
    }

    /** Averaged weights (Polyak averaging over all updates): less variance than the last iterate. */
    private static Model averaged(List<String> classes, Map<String, double[]> w, Map<String, double[]> u, long t) {
        Map<String, double[]> avg = new HashMap<>();
        for (Map.Entry<String, double[]> e : w.entrySet()) {
            double[] wf = e.getValue();
            double[] uf = u.get(e.getKey());
            double[] a = new double[wf.length];
            for (int c = 0; c < wf.length; c++) {
                a[c] = wf[c] - uf[c] / t;
            }
            avg.put(e.getKey(), a);
        }
        return new Model(classes, avg);
    }

    static double macroF1(Model m, List<Example> data, int k) {
        int[][] confusion = new int[k][k];
        for (Example e : data) {
            confusion[e.label()][m.predict(e.features())]++;
        }
        return macroF1(confusion);
    }

    static double macroF1(int[][] confusion) {
        int k = confusion.length;
        double sum = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int fp = 0;
            int fn = 0;
            for (int o = 0; o < k; o++) {
                if (o != c) {
                    fp += confusion[o][c];
                    fn += confusion[c][o];
                }
            }
            double prec = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        }
        return sum / k;
    }
}
