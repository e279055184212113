package org.clinicalnotes.between;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTextScorerTest {

    private final TextScorer scorer = TextScorer.lexical();

    @Test
    void panic_words_read_as_anxiety_with_their_evidence() {
        TextScore s = scorer.score("Had a panic attack at work, my heart was racing and I couldn't breathe.");
        assertThat(s.anxiety()).isGreaterThan(0.8);
        assertThat(s.anxiety()).isGreaterThan(s.distress());
        assertThat(s.evidence()).contains("panic attack", "heart was racing", "couldn't breathe");
    }

    @Test
    void hopeless_words_read_as_distress() {
        TextScore s = scorer.score("i feel so hopeless and empty, whats the point");
        assertThat(s.distress()).isGreaterThan(0.8);
        assertThat(s.distress()).isGreaterThan(s.anxiety());
    }

    @Test
    void negation_cancels_a_negative_word_and_turns_a_positive_one() {
        assertThat(scorer.score("I'm not anxious about it at all").anxiety()).isZero();
        assertThat(scorer.score("honestly not okay today").distress()).isGreaterThan(0);
    }

    @Test
    void calm_text_scores_low() {
        TextScore s = scorer.score("Quiet evening, cooked dinner, feeling calm and grateful.");
        assertThat(s.overall()).isLessThan(0.1);
    }

    @Test
    void what_follows_but_weighs_more() {
        double before = scorer.score("I was anxious this morning").anxiety();
        double after = scorer.score("I was anxious this morning but the walk helped and I feel calm now").anxiety();
        assertThat(after).isLessThan(before);
    }

    @Test
    void to_string_leaves_out_the_words() {
        assertThat(scorer.score("I feel hopeless").toString()).doesNotContain("hopeless");
    }

    @Test
    void the_standard_scorer_reads_distress_the_word_list_misses_from_the_tone() {
        String text = "My sister lied about me to the whole family and nobody even asked my side.";
        assertThat(TextScorer.standard().score(text).distress())
                .isGreaterThan(TextScorer.lexical().score(text).distress());
        assertThat(TextScorer.standard().score("Lovely walk by the lake, felt grateful.").distress()).isLessThan(0.1);
    }
}
