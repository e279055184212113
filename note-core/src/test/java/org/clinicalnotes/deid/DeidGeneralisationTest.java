package org.clinicalnotes.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

/** The rules that generalise: document memory, allow-list names, typed answers, spoken codes, ages, dates. */
class DeidGeneralisationTest {

    static final SafeHarborDeidentifier DEID = SafeHarborDeidentifier.builder().seed(99).build();

    static String out(String transcript) {
        return render(DEID, transcript);
    }

    /** The de-identified transcript as {@code Speaker: text} lines. */
    static String render(SafeHarborDeidentifier deid, String transcript) {
        Transcript t = TranscriptReader.defaults().read(transcript, "t");
        StringBuilder sb = new StringBuilder();
        for (Utterance u : deid.deidentify(t).redaction().transcript().utterances()) {
            sb.append(u.speaker().label()).append(": ").append(u.text()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void a_name_caught_once_is_caught_in_every_turn_and_case() {
        String o = out("""
                Therapist: How is your brother Tobenna doing?
                Client: Better. Tobenna started a new job.
                Therapist: Does TOBENNA still call every night?
                """);
        assertThat(o).doesNotContainIgnoringCase("tobenna");
    }

    @Test
    void speaker_label_names_are_known_names_in_the_text() {
        String o = out("""
                Nkechi Balogun: I told Balogun family I was coming.
                Therapist: Thank you, Nkechi.
                """);
        assertThat(o).doesNotContain("Nkechi", "Balogun");
    }

    @Test
    void unknown_capitalised_words_mid_sentence_are_names_but_vocabulary_stays() {
        String o = out("""
                Doctor: I spoke with Wojciechowski about the Lexapro and your Hashimoto's.
                Patient: On Tuesday my Aetna card came, and my Honda is fixed.
                """);
        assertThat(o).doesNotContain("Wojciechowski")
                .contains("Lexapro", "Hashimoto's", "Tuesday", "Aetna", "Honda", "Doctor:", "Patient:");
    }

    @Test
    void lower_case_speech_uses_the_name_lists() {
        assertThat(out("[doctor] and who drove you today\n[patient] my neighbor oluwaseun drove me\n"))
                .doesNotContain("oluwaseun");
    }

    @Test
    void an_age_over_89_answering_how_old_and_a_caller_answering_who_is_speaking_are_phi() {
        String o = out("""
                [doctor] thanks for calling who am i speaking with
                [patient] it's wendeline her daughter
                [doctor] and how old is your mother now
                [patient] ninety-three and sharp as a tack
                [doctor] and how old are you
                [patient] fifty one
                """);
        assertThat(o).doesNotContain("wendeline", "ninety-three").contains("fifty one");
    }

    @Test
    void the_possessor_of_a_kin_word_is_a_person() {
        assertThat(out("Client: Okay. Ifeoluwa's husband drove me in today.\n")).doesNotContain("Ifeoluwa")
                .contains("husband");
    }

    @Test
    void an_unknown_capitalised_word_where_a_medicine_stands_is_a_drug_not_a_person() {
        String o = out("""
                Doctor: You'll get Zofran for nausea and a Neulasta injector, and I prescribed Brixadi.
                Patient: I was treated with Epclusa, and Dr. Oyelaran saw me on Sunday.
                """);
        assertThat(o).contains("Zofran", "Neulasta", "Brixadi", "Epclusa", "Sunday").doesNotContain("Oyelaran");
    }

    @Test
    void an_ordinary_word_after_went_to_is_no_place_unless_a_listed_one() {
        assertThat(out("[patient] we went to church and then we drove to milwaukee\n")).contains("church")
                .doesNotContain("milwaukee");
    }

    @Test
    void a_bare_answer_is_typed_by_the_question() {
        String o = out("""
                [doctor] and what's the zip code there
                [patient] um four eight two zero one
                [doctor] and which pharmacy do you use
                [patient] the one at brightwater plaza
                """);
        assertThat(o).doesNotContain("four eight two zero one", "brightwater");
    }

    @Test
    void ages_over_89_in_many_phrasings_but_not_vital_signs() {
        String o = out("""
                Patient: My grandmother is ninety-three and my uncle turned 96 in the spring.
                Patient: She'll be ninety-one next week.
                Doctor: Your heart rate was 92 and oxygen 95 percent.
                """);
        assertThat(o).doesNotContain("ninety-three", " 96 ", "ninety-one").contains("rate was 92", "95 percent");
    }

    @Test
    void bare_days_spelled_dates_and_holidays_that_date_an_event() {
        String o = out("""
                [patient] i fell on the uh twenty third and i've been dizzy since thanksgiving
                [doctor] and your birthday
                [patient] march the fourth nineteen fifty
                [doctor] that was the third time this month
                """);
        assertThat(o).doesNotContain("twenty third", "thanksgiving", "march the fourth")
                .contains("third time this month");
    }

    @Test
    void codes_said_aloud_handles_files_and_links() {
        String o = out("""
                [patient] the plate is seven x ray bravo two two one
                [patient] my email is t dot ferreira at gmail dot com and my instagram is river underscore wolf eleven
                [patient] i sent the picture img underscore four four one nine dot jpg
                [patient] the portal link is health hub dot org slash k m nine
                [patient] the router said sixty four dot two one dot nine dot one one eight
                Patient: Find me as @marta.k_77 or at bit.ly/mk-plan, photo IMG_5521.HEIC, user riverwolf_11.
                """);
        assertThat(o).doesNotContain("x ray bravo", "ferreira", "river underscore wolf", "four four one nine",
                "health hub", "sixty four dot two one", "@marta.k_77", "bit.ly/mk-plan", "IMG_5521", "riverwolf_11");
    }

    @Test
    void the_same_seed_gives_the_same_output_across_runs_and_threads() throws Exception {
        String text = """
                Dr. Ilse Brandvold: Good morning, Ms. Achterberg. Your MRN is 4471-2290.
                Greta Achterberg: Morning. My son Pieter lives in Fenwick Heights, zip 60631.
                Dr. Ilse Brandvold: Call 312-555-0172 if anything changes before the 14th.
                """;
        String first = out(text);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> out(text)));
            }
            for (Future<String> f : runs) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(first).doesNotContain("Brandvold", "Achterberg", "Pieter", "Fenwick", "60631", "4471-2290",
                "555-0172", "14th");
    }
}
