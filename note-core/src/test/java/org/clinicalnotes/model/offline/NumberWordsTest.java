package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void writes_a_tens_and_unit_number_as_digits() {
        assertThat(NumberWords.digits("the patient is thirty four years old")).isEqualTo("the patient is 34 years old");
        assertThat(NumberWords.digits("twenty-five mg")).isEqualTo("25 mg");
    }

    @Test
    void keeps_longer_runs_and_single_words_that_the_grounding_check_would_not_trace() {
        assertThat(NumberWords.digits("one hundred thirty six")).isEqualTo("one hundred thirty six");
        assertThat(NumberWords.digits("august twenty seventh two thousand three"))
                .isEqualTo("august twenty seventh two thousand three");
        assertThat(NumberWords.digits("five nights")).isEqualTo("five nights");
    }
}
