package org.clinicalnotes.model.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits unpunctuated speech ("okay and how long have you had this pain i've been taking tylenol") into
 * sentences and marks questions, with two logistic regressions learnt from the punctuated dialogues of
 * ACI-Bench TRAIN (see {@code segmenter.tsv} and its README): one scores the gap after each word from the
 * words around it, the other scores a sentence's first and last words. Weights are loaded once; the class is
 * stateless and thread-safe. Work is a few hash look-ups per word, no regular expressions.
 */
final class Segmenter {

    /** In unpunctuated speech, sentences with at least this many words are re-segmented. */
    static final int MIN_WORDS = Integer.getInteger("clinicalnotes.offline.segmentMinWords", 8);

    /** In punctuated speech, only run-on sentences with at least this many words are re-segmented. */
    static final int MIN_WORDS_PUNCTUATED = Integer.getInteger("clinicalnotes.offline.segmentMinWordsPunct", 40);

    /** Boundary probability above which a sentence ends (as log-odds). */
    static final double BOUNDARY_LOGIT = logit(Double.parseDouble(
            System.getProperty("clinicalnotes.offline.boundaryP", "0.2")));

    /** Fewest words in a sentence the segmenter cuts off. */
    static final int MIN_SEGMENT = Integer.getInteger("clinicalnotes.offline.minSegment", 4);

    /** Feature weights by template ("p", "pn", "fff", ...): a tree keyed by the feature's words in order. */
    private static final Map<String, Map<String, Object>> BOUNDARY = new HashMap<>();
    private static final Map<String, Map<String, Object>> QUESTION = new HashMap<>();
    private static double boundaryBias;
    private static double questionBias;
    private static final Map<String, Object> BP;
    private static final Map<String, Object> BN;
    private static final Map<String, Object> BPN;
    private static final Map<String, Object> BNN;
    private static final Map<String, Object> BPP;
    private static final Map<String, Object> QF;
    private static final Map<String, Object> QL;
    private static final Map<String, Object> QFF;
    private static final Map<String, Object> QFFF;

    static {
        load();
        BP = tree(BOUNDARY, "p");
        BN = tree(BOUNDARY, "n");
        BPN = tree(BOUNDARY, "pn");
        BNN = tree(BOUNDARY, "nn");
        BPP = tree(BOUNDARY, "pp");
        QF = tree(QUESTION, "f");
        QL = tree(QUESTION, "l");
        QFF = tree(QUESTION, "ff");
        QFFF = tree(QUESTION, "fff");
    }

    private static Map<String, Object> tree(Map<String, Map<String, Object>> m, String template) {
        return m.getOrDefault(template, Map.of());
    }

    private Segmenter() {
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static void load() {
        try (InputStream in = Segmenter.class.getResourceAsStream("segmenter.tsv")) {
            if (in == null) {
                throw new IllegalStateException("offline model resource segmenter.tsv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int t1 = line.indexOf('\t');
                int t2 = line.indexOf('\t', t1 + 1);
                boolean boundary = line.charAt(0) == 'B';
                String feature = line.substring(t1 + 1, t2);
                double weight = Double.parseDouble(line.substring(t2 + 1));
                if (feature.equals("BIAS")) {
                    if (boundary) {
                        boundaryBias = weight;
                    } else {
                        questionBias = weight;
                    }
                    continue;
                }
                int eq = feature.indexOf('=');
                Map<String, Object> node = (boundary ? BOUNDARY : QUESTION)
                        .computeIfAbsent(feature.substring(0, eq), k -> new HashMap<>());
                String[] keys = feature.substring(eq + 1).split("\\|", -1);
                for (int k = 0; k < keys.length - 1; k++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(keys[k],
                            x -> new HashMap<String, Object>());
                    node = child;
                }
                node.put(keys[keys.length - 1], weight);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offline model segmenter", e);
        }
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '$' || c == '%' || c == '/'
                || c == '-';
    }

    /**
     * Splits one normalised sentence when it is long (a run-on in punctuated speech, or one turn of unpunctuated
     * speech); adds a terminal mark to each piece
     * ("?" for questions, "." otherwise) unless it already has one.
     */
    static List<String> split(String sentence, boolean punctuated) {
        int minWords = punctuated ? MIN_WORDS_PUNCTUATED : MIN_WORDS;
        int n = sentence.length();
        char lastChar = n == 0 ? ' ' : sentence.charAt(n - 1);
        if ((lastChar == '.' || lastChar == '?' || lastChar == '!') && countWords(sentence, minWords) < minWords) {
            // a short sentence that has its mark stays as it is
            return List.of(sentence);
        }
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
                words.add(sentence.substring(start, i));
            }
        }
        char last = n == 0 ? ' ' : sentence.charAt(n - 1);
        boolean terminated = last == '.' || last == '?' || last == '!';
        if (words.isEmpty()) {
            return List.of(sentence);
        }
        if (words.size() < minWords) {
            return List.of(terminated ? sentence : mark(sentence, words, 0, words.size()));
        }
        List<String> out = new ArrayList<>();
        int segStart = 0;
        // each word's number in the boundary model, looked up once per word
        int[] ids = ids(words);
        for (int k = 0; k < words.size() - 1; k++) {
            if (k + 1 - segStart < MIN_SEGMENT || words.size() - (k + 1) < MIN_SEGMENT) {
                continue;
            }
            if (boundaryScore(ids, k) > BOUNDARY_LOGIT) {
                String piece = sentence.substring(spans.get(segStart)[0], spans.get(k)[1]);
                out.add(mark(piece, words, segStart, k + 1));
                segStart = k + 1;
            }
        }
        String tail = sentence.substring(spans.get(segStart)[0]).strip();
        out.add(terminated ? tail : mark(tail, words, segStart, words.size()));
        return out;
    }

    /** The number of words in {@code s}, counting no further than {@code limit}. */
    private static int countWords(String s, int limit) {
        int n = s.length();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < n && count < limit; i++) {
            boolean w = wordChar(s.charAt(i));
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        return count;
    }

    /** Whether normalised text looks punctuated: at least one terminal mark per 40 words. */
    static boolean isPunctuated(String text) {
        int marks = 0;
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!') {
                marks++;
            } else if (c == ' ') {
                spaces++;
            }
        }
        return marks * 40 >= spaces;
    }

    private static String mark(String piece, List<String> words, int from, int to) {
        String p = piece.strip();
        while (!p.isEmpty() && ",;:".indexOf(p.charAt(p.length() - 1)) >= 0) {
            p = p.substring(0, p.length() - 1).strip();
        }
        char c = p.isEmpty() ? ' ' : p.charAt(p.length() - 1);
        if (c == '.' || c == '?' || c == '!') {
            return p;
        }
        return p + (questionScore(words, from, to) > 0 ? "?" : ".");
    }

    /** The weight at the path {@code keys} of a feature tree; 0 when absent. */
    private static double w(Map<String, Object> m, String a) {
        Object v = m.get(a);
        return v instanceof Double d ? d : 0;
    }

    @SuppressWarnings("unchecked")
    private static double w(Map<String, Object> m, String a, String b) {
        Object v = m.get(a);
        return v == null ? 0 : w((Map<String, Object>) v, b);
    }

    @SuppressWarnings("unchecked")
    private static double w(Map<String, Object> m, String a, String b, String c) {
        Object v = m.get(a);
        return v == null ? 0 : w((Map<String, Object>) v, b, c);
    }

    /** The boundary weights by word number. */
    private static final BoundaryWeights WEIGHTS = new BoundaryWeights(BP, BN, BPN, BNN, BPP);
    private static final int START = WEIGHTS.id("<s>");
    private static final int END = WEIGHTS.id("</s>");

    /** @return the words' numbers in the boundary model, between {@code <s>} and {@code </s>} */
    static int[] ids(List<String> words) {
        int[] ids = new int[words.size() + 2];
        for (int k = 0; k < words.size(); k++) {
            ids[k + 1] = WEIGHTS.id(words.get(k));
        }
        ids[0] = START;
        ids[words.size() + 1] = END;
        return ids;
    }

    /**
     * {@link #boundaryScore(List, int)} from word numbers: {@code ids[0]} is {@code <s>}, {@code ids[k + 1]} the
     * number of word {@code k}, the last {@code </s>}; the same terms added in the same order.
     */
    static double boundaryScore(int[] ids, int k) {
        int p = ids[k + 1];
        int nx = ids[k + 2];
        int nx2 = k + 3 < ids.length ? ids[k + 3] : END;
        int pv = ids[k];
        return boundaryBias + WEIGHTS.p(p) + WEIGHTS.n(nx) + WEIGHTS.pn(p, nx) + WEIGHTS.nn(nx, nx2)
                + WEIGHTS.pp(pv, p);
    }

    static double boundaryScore(List<String> words, int k) {
        String p = words.get(k);
        String nx = k + 1 < words.size() ? words.get(k + 1) : "</s>";
        String nx2 = k + 2 < words.size() ? words.get(k + 2) : "</s>";
        String pv = k > 0 ? words.get(k - 1) : "<s>";
        return boundaryBias + w(BP, p) + w(BN, nx) + w(BPN, p, nx) + w(BNN, nx, nx2) + w(BPP, pv, p);
    }

    static double questionScore(List<String> words, int from, int to) {
        double s = questionBias + w(QF, words.get(from)) + w(QL, words.get(to - 1));
        if (to - from > 1) {
            s += w(QFF, words.get(from), words.get(from + 1));
        }
        if (to - from > 2) {
            s += w(QFFF, words.get(from), words.get(from + 1), words.get(from + 2));
        }
        return s;
    }
}
