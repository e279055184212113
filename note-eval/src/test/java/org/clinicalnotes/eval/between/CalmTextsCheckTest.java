package org.clinicalnotes.eval.between;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;

/** The calm-text pre-filter changes no alert on a series drawn from the journal development texts. */
class CalmTextsCheckTest {

    @Test
    void the_pre_filter_raises_exactly_the_alerts_of_the_full_reading_on_the_dev_series() {
        SyntheticJournals.Series s = SyntheticJournals.generate(BlindJournalText.load(BlindJournalText.DEV), 60, 90, 15);

        CalmTextsCheck.Result r = CalmTextsCheck.compare(s, RiskScreen.lexical(), 15);

        assertThat(r.alerts()).isGreaterThan(50);
        assertThat(r.textEntries()).isGreaterThan(1000);
        assertThat(r.identical()).isTrue();
    }
}
