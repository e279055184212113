package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClinicalVoiceTest {

    @Test
    void clinicians_plan_loses_its_first_person_subject() {
        assertThat(ClinicalVoice.apply("I will send the referral today. We will meet again next week.", true))
                .isEqualTo("Will send the referral today. Will meet again next week.");
        assertThat(ClinicalVoice.apply("I want to go ahead and increase his lasix to 80 mg.", true))
                .isEqualTo("Will increase his lasix to 80 mg.");
    }

    @Test
    void examiners_first_person_findings_become_impersonal() {
        assertThat(ClinicalVoice.apply("On his heart exam, I do hear a 2 out of 6 systolic murmur.", true))
                .isEqualTo("On his heart exam, there is a 2/6 systolic murmur.");
        assertThat(ClinicalVoice.apply("I see that he is on norvasc.", true)).doesNotStartWith("There is");
    }

    @Test
    void impression_keeps_its_hedge_before_the_verb_found_by_the_tagger() {
        assertThat(ClinicalVoice.apply("I think he has a lumbar strain from the lifting.", true))
                .isEqualTo("He likely has a lumbar strain from the lifting.");
        assertThat(ClinicalVoice.apply("I think he is retaining fluid.", true))
                .isEqualTo("He is likely retaining fluid.");
    }

    @Test
    void patients_we_is_the_household_not_the_clinician() {
        assertThat(ClinicalVoice.apply("He reports we began construction on our kitchen.", false))
                .isEqualTo("He reports the family began construction on the family's kitchen.");
    }

    @Test
    void verb_agrees_with_a_third_person_subject_by_part_of_speech() {
        assertThat(ClinicalVoice.apply("The patient keep waking up at night.", false))
                .isEqualTo("The patient keeps waking up at night.");
        assertThat(ClinicalVoice.apply("The patient went to bed late.", false))
                .isEqualTo("The patient went to bed late.");
        assertThat(ClinicalVoice.apply("He can walk 2 blocks.", false)).isEqualTo("He can walk 2 blocks.");
    }

    @Test
    void quotations_and_quoted_compounds_keep_the_speakers_words() {
        assertThat(ClinicalVoice.apply("He said \"I am done\" and left.", false)).contains("\"I am done\"");
        assertThat(ClinicalVoice.apply("When the I'm-going-to-be-fired thought shows up, write it down.", true))
                .contains("\u201cI'm-going-to-be-fired\u201d");
        assertThat(ClinicalVoice.apply("A 58-year-old man.", true)).isEqualTo("A 58-year-old man.");
    }

    @Test
    void joins_two_clauses_with_a_comma_and_drops_forms_of_address() {
        assertThat(ClinicalVoice.apply("She is exhausted all day and she drinks 4 cups of coffee.", false))
                .isEqualTo("She is exhausted all day, and she drinks 4 cups of coffee.");
        assertThat(ClinicalVoice.apply("He is still in pain, doctor.", false)).isEqualTo("He is still in pain.");
    }

    @Test
    void leaves_no_first_or_second_person_outside_quotations() {
        String[] clinician = {"Call me if you gain 3 pounds.", "Your lungs are clear.", "We did an x-ray.",
            "Let's meet next week.", "My plan is to order labs."};
        for (String s : clinician) {
            assertThat(ClinicalVoice.hasFirstOrSecondPerson(ClinicalVoice.apply(s, true))).as(s).isFalse();
        }
        assertThat(ClinicalVoice.hasFirstOrSecondPerson("He said \"I am fine\".")).isFalse();
        assertThat(ClinicalVoice.hasFirstOrSecondPerson("I am fine.")).isTrue();
    }
}
