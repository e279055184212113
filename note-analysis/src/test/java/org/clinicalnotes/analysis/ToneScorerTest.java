package org.clinicalnotes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToneScorerTest {

    private final ToneScorer scorer = ToneScorer.shared();

    @Test
    void matches_vader_reference_compound_scores() {
        // reference values printed by vaderSentiment.py for the same sentences (its README examples)
        assertThat(scorer.score("VADER is smart, handsome, and funny.").valence()).isCloseTo(0.8316, within(0.001));
        assertThat(scorer.score("VADER is not smart, handsome, nor funny.").valence()).isCloseTo(-0.7424, within(0.001));
        assertThat(scorer.score("The book was good.").valence()).isCloseTo(0.4404, within(0.001));
        assertThat(scorer.score("The book was only kind of good.").valence()).isCloseTo(0.3832, within(0.001));
        assertThat(scorer.score("VADER is VERY SMART, handsome, and FUNNY!!!").valence()).isCloseTo(0.9342, within(0.001));
    }

    @Test
    void negation_flips_valence() {
        assertThat(scorer.score("I am happy").valence()).isPositive();
        assertThat(scorer.score("I am not happy").valence()).isNegative();
    }

    @Test
    void intensifiers_raise_intensity() {
        assertThat(scorer.score("I am extremely angry!!").intensity())
                .isGreaterThan(scorer.score("I am angry").intensity());
    }

    @Test
    void anger_is_more_aroused_than_numbness() {
        Tone anger = scorer.score("I'm so furious I could scream at him!");
        Tone numb = scorer.score("I just feel numb and tired all the time.");
        assertThat(anger.arousal()).isGreaterThan(numb.arousal());
        assertThat(anger.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(numb.emotion()).isEqualTo(Emotion.DISTRESS);
    }

    @Test
    void negated_activation_word_counts_little() {
        assertThat(scorer.score("I'm not angry about it").arousal())
                .isLessThan(scorer.score("I'm angry about it").arousal());
    }

    @Test
    void plain_logistics_are_calm() {
        Tone t = scorer.score("We can meet on Tuesday at three.");
        assertThat(t.intensity()).isLessThan(0.1);
        assertThat(t.emotion()).isEqualTo(Emotion.NONE);
        assertThat(scorer.score("   ")).isEqualTo(Tone.NEUTRAL);
    }
}
