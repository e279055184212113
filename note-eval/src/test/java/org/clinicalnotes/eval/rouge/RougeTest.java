package org.clinicalnotes.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

    @Test
    void tokenises_like_rouge_score_without_stemming() {
        assertThat(Rouge.tokenize("Blood-Pressure: 120/80, patients' KNEES."))
                .containsExactly("blood", "pressure", "120", "80", "patients", "knees");
        assertThat(Rouge.tokenize(" ,. ")).isEmpty();
    }

    @Test
    void scores_unigrams_bigrams_and_lcs_by_hand() {
        Rouge.Scores s = Rouge.score("the cat sat on the mat", "the cat on the mat");

        assertThat(s.rouge1().precision()).isEqualTo(1.0);
        assertThat(s.rouge1().recall()).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(s.rouge1().f1()).isCloseTo(10 / 11.0, within(1e-12));
        assertThat(s.rouge2().f1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.rougeL().f1()).isCloseTo(10 / 11.0, within(1e-12));
    }

    @Test
    void rouge_lsum_unions_lcs_over_newline_sentences() {
        Rouge.Scores s = Rouge.score("a b\nc d", "c d a b");

        assertThat(s.rougeL().f1()).isCloseTo(0.5, within(1e-12));
        assertThat(s.rougeLsum().f1()).isCloseTo(1.0, within(1e-12));
        assertThat(Rouge.score("a b c\n\nd e", "a c\nd x e").rougeLsum().f1()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void empty_prediction_scores_zero() {
        Rouge.Scores s = Rouge.score("some reference", "");

        assertThat(s.rouge1().f1()).isZero();
        assertThat(s.rouge2().f1()).isZero();
        assertThat(s.rougeL().f1()).isZero();
        assertThat(s.rougeLsum().f1()).isZero();
    }

    @Test
    void corpus_macro_averages_f1_times_100() {
        Rouge.Summary s = Rouge.corpus(List.of("a b", "a b"), List.of("a b", "c d"));

        assertThat(s.rouge1()).isCloseTo(50.0, within(1e-9));
        assertThat(s.count()).isEqualTo(2);
        assertThatThrownBy(() -> Rouge.corpus(List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
