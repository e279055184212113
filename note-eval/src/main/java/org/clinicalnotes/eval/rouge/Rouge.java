package org.clinicalnotes.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum, computed exactly as Google's {@code rouge_score} package
 * (as wrapped by Hugging Face {@code evaluate}) with the defaults ACI-Bench uses: no stemmer, the text
 * lower-cased, every run of characters outside {@code [a-z0-9]} replaced by a space, tokens split on
 * whitespace. ROUGE-Lsum splits both texts into sentences on {@code '\n'}, drops empty lines and scores
 * the summary-level union LCS ({@code rouge_score}'s {@code _summary_level_lcs}).
 *
 * <p>ACI-Bench's published "ROUGE-L" column is ROUGE-Lsum ({@link Scores#rougeLsum()}).
 *
 * <p>The class is stateless and thread-safe. Scores are fractions in [0, 1]; {@link #corpus} averages
 * F1 over encounters (macro average) and multiplies by 100, as ACI-Bench's tables do.
 *
 * @since 0.1.0
 */
public final class Rouge {

    private Rouge() {
    }

    /**
     * Precision, recall and F1 of one ROUGE variant for one pair of texts.
     *
     * @param precision matched units over prediction units, in [0, 1]
     * @param recall    matched units over reference units, in [0, 1]
     * @param f1        harmonic mean of precision and recall; 0 when both are 0
     * @since 0.1.0
     */
    public record Score(double precision, double recall, double f1) {

        static final Score ZERO = new Score(0, 0, 0);

        static Score of(double precision, double recall) {
            double f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
            return new Score(precision, recall, f);
        }
    }

    /**
     * The four ROUGE variants for one reference/prediction pair.
     *
     * @param rouge1    unigram overlap
     * @param rouge2    bigram overlap
     * @param rougeL    longest common subsequence over the whole text
     * @param rougeLsum summary-level union LCS over newline-separated sentences
     * @since 0.1.0
     */
    public record Scores(Score rouge1, Score rouge2, Score rougeL, Score rougeLsum) {
    }

    /**
     * Macro-averaged F1 over a corpus, times 100 (the scale of ACI-Bench's tables).
     *
     * @param rouge1    mean ROUGE-1 F1 x 100
     * @param rouge2    mean ROUGE-2 F1 x 100
     * @param rougeL    mean ROUGE-L F1 x 100
     * @param rougeLsum mean ROUGE-Lsum F1 x 100 (ACI-Bench's "ROUGE-L")
     * @param count     number of scored pairs
     * @since 0.1.0
     */
    public record Summary(double rouge1, double rouge2, double rougeL, double rougeLsum, int count) {
    }

    /**
     * Tokenises a text the way {@code rouge_score}'s default tokenizer does without stemming.
     *
     * @param text the text, not null
     * @return the tokens, possibly empty
     * @since 0.1.0
     */
    public static List<String> tokenize(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * Scores one prediction against one reference.
     *
     * @param reference  the gold text, not null
     * @param prediction the system text, not null
     * @return the four variants
     * @since 0.1.0
     */
    public static Scores score(String reference, String prediction) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(prediction, "prediction");
        List<String> ref = tokenize(reference);
        List<String> pred = tokenize(prediction);
        return new Scores(ngram(ref, pred, 1), ngram(ref, pred, 2), lcs(ref, pred),
                lsum(sentences(reference), sentences(prediction)));
    }

    /**
     * Scores pairs and macro-averages F1 (times 100).
     *
     * @param references  gold texts, not null, same size as predictions
     * @param predictions system texts, not null
     * @return the averages; all zero for empty lists
     * @throws IllegalArgumentException when the lists differ in size
     * @since 0.1.0
     */
    public static Summary corpus(List<String> references, List<String> predictions) {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(predictions, "predictions");
        if (references.size() != predictions.size()) {
            throw new IllegalArgumentException("references and predictions differ in size: "
                    + references.size() + " vs " + predictions.size());
        }
        int n = references.size();
        if (n == 0) {
            return new Summary(0, 0, 0, 0, 0);
        }
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        double rls = 0;
        for (int i = 0; i < n; i++) {
            Scores s = score(references.get(i), predictions.get(i));
            r1 += s.rouge1().f1();
            r2 += s.rouge2().f1();
            rl += s.rougeL().f1();
            rls += s.rougeLsum().f1();
        }
        return new Summary(100 * r1 / n, 100 * r2 / n, 100 * rl / n, 100 * rls / n, n);
    }

    private static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.add(tokenize(line));
            }
        }
        return out;
    }

    private static Score ngram(List<String> ref, List<String> pred, int n) {
        Map<List<String>, Integer> r = ngrams(ref, n);
        Map<List<String>, Integer> p = ngrams(pred, n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : r.entrySet()) {
            overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        int refCount = Math.max(0, ref.size() - n + 1);
        int predCount = Math.max(0, pred.size() - n + 1);
        return Score.of((double) overlap / Math.max(predCount, 1), (double) overlap / Math.max(refCount, 1));
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            m.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return m;
    }

    private static Score lcs(List<String> ref, List<String> pred) {
        if (ref.isEmpty() || pred.isEmpty()) {
            return Score.ZERO;
        }
        int[][] t = table(ref, pred);
        int l = t[ref.size()][pred.size()];
        return Score.of((double) l / pred.size(), (double) l / ref.size());
    }

    private static int[][] table(List<String> ref, List<String> can) {
        int rows = ref.size();
        int cols = can.size();
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            String r = ref.get(i - 1);
            for (int j = 1; j <= cols; j++) {
                if (r.equals(can.get(j - 1))) {
                    t[i][j] = t[i - 1][j - 1] + 1;
                } else {
                    t[i][j] = Math.max(t[i - 1][j], t[i][j - 1]);
                }
            }
        }
        return t;
    }

    /** rouge_score's _backtrack_norec: indices into ref of one LCS. */
    private static List<Integer> lcsIndices(List<String> ref, List<String> can) {
        int[][] t = table(ref, can);
        int i = ref.size();
        int j = can.size();
        List<Integer> out = new ArrayList<>();
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                out.add(i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return out;
    }

    private static Score lsum(List<List<String>> refSents, List<List<String>> canSents) {
        if (refSents.isEmpty() || canSents.isEmpty()) {
            return Score.ZERO;
        }
        int m = 0;
        int n = 0;
        Map<String, Integer> cntR = new HashMap<>();
        Map<String, Integer> cntC = new HashMap<>();
        for (List<String> s : refSents) {
            m += s.size();
            s.forEach(t -> cntR.merge(t, 1, Integer::sum));
        }
        for (List<String> s : canSents) {
            n += s.size();
            s.forEach(t -> cntC.merge(t, 1, Integer::sum));
        }
        if (m == 0 || n == 0) {
            return Score.ZERO;
        }
        int hits = 0;
        for (List<String> r : refSents) {
            TreeSet<Integer> union = new TreeSet<>();
            for (List<String> c : canSents) {
                union.addAll(lcsIndices(r, c));
            }
            for (int idx : union) {
                String tok = r.get(idx);
                int c = cntC.getOrDefault(tok, 0);
                int rr = cntR.getOrDefault(tok, 0);
                if (c > 0 && rr > 0) {
                    hits++;
                    cntC.put(tok, c - 1);
                    cntR.put(tok, rr - 1);
                }
            }
        }
        return Score.of((double) hits / n, (double) hits / m);
    }
}
