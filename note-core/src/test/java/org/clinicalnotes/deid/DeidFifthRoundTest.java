package org.clinicalnotes.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, fifth round: dates said aloud (a weekday with its day, compound ordinals without "the", a month
 * after a hesitation), numbers read across turns and typed by the question, capital letters before a code's
 * digits, ages over 89 after a known name, and what must stay (a year after a birth date, a weekday alone, "and
 * a half" after an age). Phrasings are written for these tests, unlike the development sets.
 */
class DeidFifthRoundTest {

    static String out(String transcript) {
        return DeidSecondRoundTest.out(transcript);
    }

    @Test
    void a_weekday_said_with_its_day_is_part_of_the_date_but_stays_alone() {
        String o = out("""
                Nurse: so we have you down for saturday the nineteenth at nine
                Patient: saturday works, i'm off on saturdays anyway
                """);
        assertThat(o).doesNotContain("saturday the nineteenth").doesNotContain("nineteenth")
                .contains("saturday works", "off on saturdays");
    }

    @Test
    void a_compound_ordinal_is_a_day_without_the_but_a_rank_stays() {
        String o = out("""
                Counselor: does the thirty first work for you
                Parent: thirty first is fine, she's in the twenty first percentile for height anyway
                """);
        assertThat(o).doesNotContain("thirty first").contains("twenty first percentile");
    }

    @Test
    void a_month_after_a_hesitation_is_a_date_and_march_as_a_verb_stays() {
        String o = out("Patient: she passed in like uh march and we had to march on without her\n");
        assertThat(o).doesNotContain("in like uh march").contains("march on");
    }

    @Test
    void a_number_read_across_turns_after_an_acknowledgement_is_one_number() {
        String o = out("""
                Intake: and i need the social for the form
                Client: okay its six one four
                Intake: uh huh
                Client: three three nine two seven one
                Intake: got it
                """);
        assertThat(o).doesNotContain("six one four").doesNotContain("three three nine two seven one")
                .contains("got it");
    }

    @Test
    void capital_letters_before_a_code_belong_to_it_but_a_cue_stays() {
        String o = out("Clerk: Your plan ID is KRW 5518 20934 and the MRN 66120873 is on the band.\n");
        assertThat(o).doesNotContain("KRW").doesNotContain("5518").doesNotContain("66120873").contains("MRN");
    }

    @Test
    void a_code_spelled_with_x_as_in_x_ray_is_caught_whole() {
        String o = out("""
                Rep: what's the member id on the card
                Caller: x as in x-ray r w four four one nine zero three
                """);
        assertThat(o).doesNotContain("x as in x-ray r w").doesNotContain("four four one nine zero three");
    }

    @Test
    void an_age_over_89_after_a_known_name_or_repeated_in_words_is_removed() {
        String o = out("""
                Doctor: Who came with you today, Mr. Oyelaran?
                Patient: My aunt Temperance Oyelaran. Temperance is ninety-three, still sharp.
                Doctor: Ninety-three and a half, she told me.
                """);
        assertThat(o).doesNotContain("ninety-three").doesNotContain("Ninety-three");
    }

    @Test
    void a_year_after_a_birth_date_stays_and_a_code_does_not_run_into_the_next_sentence() {
        String o = out("""
                Nurse: can you give me his date of birth
                Daughter: june ninth um nineteen thirty eight
                Nurse: He is 88. I will check.
                """);
        assertThat(o).contains("nineteen thirty eight").doesNotContain("june ninth").contains("I will check");
    }
}
