package org.clinicalnotes.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, fourth round: identifiers found by their slot in speech (the employer after a verb of work, a person
 * addressed by name), capitalised place phrases after a preposition, place surrogates that keep no distinctive
 * suffix, and keep-list words that stay (car models, brand drugs, kin words of other languages). Phrasings are
 * written for these tests, unlike the development sets.
 */
class DeidFourthRoundTest {

    static String out(String transcript) {
        return DeidSecondRoundTest.out(transcript);
    }

    @Test
    void a_brand_after_a_verb_of_work_is_the_employer_but_stays_elsewhere() {
        String o = out("""
                Nurse: and what do you do these days
                Patient: i work nights at kroger stocking shelves and i pick up my pills at the walgreens
                """);
        assertThat(o).doesNotContain("kroger").contains("walgreens");
    }

    @Test
    void a_person_thanked_or_addressed_at_a_turn_edge_is_a_name() {
        String o = out("""
                Counselor: okay um tavita you did really well today
                Client: thank you so much marigold
                Counselor: thank you again
                """);
        assertThat(o).doesNotContain("tavita").doesNotContain("marigold").contains("thank you again");
    }

    @Test
    void capitalised_words_after_a_place_preposition_are_a_place_but_two_word_countries_stay() {
        String o = out("""
                Doctor: Where did you get the stitches?
                Patient: At Riverbend Urgent Care. My cousin flew in from the United States last week.
                """);
        assertThat(o).doesNotContain("Riverbend").contains("United States");
    }

    @Test
    void a_place_surrogate_replaces_a_distinctive_suffix_too() {
        String o = out("Patient: we live near brindlecot square now, by the old mill.\n");
        assertThat(o).doesNotContain("brindlecot").doesNotContain("square");
    }

    @Test
    void car_models_brand_drugs_and_kin_words_stay() {
        String o = out("""
                Doctor: How did you get here today?
                Patient: My son drove me in his Toyota Corolla. He reminded me to take the Eliquis and the Trulicity.
                Patient: My Oma says hi. Wallahi, I feel better.
                """);
        assertThat(o).contains("Toyota Corolla", "Eliquis", "Trulicity", "Oma", "Wallahi");
    }

    @Test
    void a_place_answer_keeps_the_opening_word_of_its_next_sentence() {
        String o = out("""
                Doctor: Where do you live?
                Patient: Ashgrove. Since the summer.
                """);
        assertThat(o).doesNotContain("Ashgrove").contains("Since the summer");
    }

    @Test
    void a_day_said_before_the_month_is_part_of_the_date() {
        String o = out("""
                Clerk: and your date of birth
                Caller: twelfth october nineteen eighty one
                Clerk: and his
                Caller: Seven June, nineteen fifty.
                """);
        assertThat(o).doesNotContain("twelfth").doesNotContain("Seven June");
    }

    @Test
    void a_plate_next_to_the_word_plate_is_a_vehicle_id_but_a_dinner_plate_is_not() {
        String o = out("Officer: He drives a blue Subaru Outback, plate QRT 5519. The dinner plate is on the table.\n")
                + out("Patient: I think it was 8MZK204, a California plate.\n");
        assertThat(o).doesNotContain("QRT").doesNotContain("5519").doesNotContain("8MZK204")
                .contains("Subaru Outback", "dinner plate");
    }

    @Test
    void a_self_introduction_gives_a_name_even_when_it_is_a_word() {
        String o = out("""
                Agent: thanks for calling the benefits line my name is harmony how can i help
                Caller: hi harmony i'm good how are you
                """);
        assertThat(o).doesNotContain("harmony").contains("i'm good how are you");
    }
}
