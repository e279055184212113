package org.clinicalnotes.between;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;

/** The calm-text pre-filter: a calm text read again skips the screen; a risk text is always screened. */
class CalmTextsTest {

    private static final String CALM = "Quiet day. Cooked dinner and watched a film.";
    private static final String RISK = "I keep thinking everyone would be better off without me. I want to die.";

    @Test
    void a_repeated_calm_text_skips_the_screen_and_reads_the_same() {
        MonologueRisk on = new MonologueRisk(RiskScreen.lexical(), true, true);
        MonologueRisk off = new MonologueRisk(RiskScreen.lexical(), true, false);

        assertThat(on.read(CALM)).isEmpty();
        assertThat(on.skipped()).isZero();
        assertThat(on.read(CALM)).isEqualTo(off.read(CALM)).isEmpty();
        assertThat(on.skipped()).isEqualTo(1);
        assertThat(on.read(CALM + " ")).isEmpty();
        assertThat(on.skipped()).as("another text, even by one space, is screened").isEqualTo(1);
    }

    @Test
    void a_risk_text_is_screened_every_time_and_never_remembered() {
        MonologueRisk on = new MonologueRisk(RiskScreen.lexical(), true, true);
        MonologueRisk off = new MonologueRisk(RiskScreen.lexical(), true, false);

        for (int i = 0; i < 3; i++) {
            assertThat(on.read(RISK)).isNotEmpty().isEqualTo(off.read(RISK));
        }
        assertThat(on.skipped()).isZero();
    }

    @Test
    void the_memory_is_bounded() {
        CalmTexts c = new CalmTexts();
        for (int i = 0; i <= CalmTexts.MAX; i++) {
            c.remember("entry " + i);
        }
        assertThat(c.known("entry " + CalmTexts.MAX)).isTrue();
        assertThat(c.known("entry 0")).as("cleared when full").isFalse();
    }
}
