package org.clinicalnotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "blood pressure one twenty-six over seventy-eight|blood pressure 126 over 78",
        "increased to three hundred milligrams daily|increased to 300 milligrams daily",
        "bupropion xl one fifty milligrams in july|bupropion xl 150 milligrams in july",
        "temperature ninety-eight point four|temperature 98.4",
        "lithium level was zero point seven|lithium level was 0.7",
        "born in nineteen sixty-one|born in 1961",
        "levothyroxine one hundred micrograms|levothyroxine 100 micrograms",
        "one hundred and twenty pounds|120 pounds",
        "two thousand three|2003",
        "omeprazole twenty milligrams daily|omeprazole 20 milligrams daily",
        "a thirty-day supply|a 30-day supply",
        "around one twenty-eight over eighty|around 128 over 80",
        "heart rate one oh five|heart rate 105",
    })
    void writes_runs_of_number_words_as_digits(String spoken, String written) {
        assertThat(SpokenNumbers.digits(spoken)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "five nights a week",
        "one two three",
        "twenty four seven",
        "at seven thirty in the morning",
        "march fourth",
        "one or two times",
        "no numbers here",
    })
    void leaves_single_small_words_lists_times_and_ordinals_alone(String text) {
        assertThat(SpokenNumbers.digits(text)).isEqualTo(text);
    }

    @Test
    void keeps_the_text_around_a_number_and_its_case() {
        assertThat(SpokenNumbers.digits("Weight One Eighty-One, down 2 pounds."))
                .isEqualTo("Weight 181, down 2 pounds.");
    }
}
