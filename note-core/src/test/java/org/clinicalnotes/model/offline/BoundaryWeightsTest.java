package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The segmenter's boundary score by word numbers is the score by the feature trees, to the last bit. */
class BoundaryWeightsTest {

    @Test
    void score_by_word_numbers_equals_the_score_by_feature_trees() throws Exception {
        Set<String> vocab = new LinkedHashSet<>();
        try (InputStream in = Segmenter.class.getResourceAsStream("segmenter.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.startsWith("B\t") && f[1].contains("=")) {
                    for (String w : f[1].substring(f[1].indexOf('=') + 1).split("\\|")) {
                        vocab.add(w);
                    }
                }
            }
        }
        List<String> words = new ArrayList<>(vocab);
        words.addAll(List.of("zzunknown", "qqq", "<s>", "</s>"));
        assertThat(vocab.size()).isGreaterThan(500);
        Random rnd = new Random(20);
        int nonZeroPairs = 0;
        for (int t = 0; t < 3000; t++) {
            List<String> sentence = new ArrayList<>();
            int n = 2 + rnd.nextInt(30);
            for (int i = 0; i < n; i++) {
                // a word and, often, a word the model saw after it, so that pair weights come into play
                sentence.add(words.get(rnd.nextInt(words.size())));
            }
            int[] ids = Segmenter.ids(sentence);
            for (int k = 0; k < n - 1; k++) {
                double byTree = Segmenter.boundaryScore(sentence, k);
                assertThat(Segmenter.boundaryScore(ids, k)).as(sentence + " @" + k).isEqualTo(byTree);
            }
        }
        // pairs the model knows, read from the file, score the same both ways too
        try (InputStream in = Segmenter.class.getResourceAsStream("segmenter.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.startsWith("B\t") && f[1].contains("|")) {
                    String[] pair = f[1].substring(f[1].indexOf('=') + 1).split("\\|");
                    for (List<String> s : List.of(List.of(pair[0], pair[1], "the"), List.of("the", pair[0], pair[1]),
                            List.of(pair[0], pair[1]))) {
                        int[] ids = Segmenter.ids(s);
                        for (int k = 0; k < s.size() - 1; k++) {
                            assertThat(Segmenter.boundaryScore(ids, k)).as(s + " @" + k)
                                    .isEqualTo(Segmenter.boundaryScore(s, k));
                        }
                    }
                    nonZeroPairs++;
                }
            }
        }
        assertThat(nonZeroPairs).isGreaterThan(100);
    }
}
