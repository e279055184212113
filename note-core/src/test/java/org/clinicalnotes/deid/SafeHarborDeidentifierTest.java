package org.clinicalnotes.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class SafeHarborDeidentifierTest {

    static final SafeHarborDeidentifier DEID = SafeHarborDeidentifier.builder().seed(42).dateShiftDays(45).build();

    static Transcript read(String text) {
        return TranscriptReader.defaults().read(text, "test");
    }

    static String redacted(Transcript t) {
        StringBuilder sb = new StringBuilder();
        for (Utterance u : DEID.redact(t).transcript().utterances()) {
            sb.append(u.speaker().label()).append(": ").append(u.text()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void replaces_names_places_and_dates_in_a_lower_case_transcript() {
        String out = redacted(read("""
                [doctor] good morning mister daniel ortiz , how are you ?
                [patient] my wife renata drove me . we drove in from kenosha this morning .
                [patient] my last visit was july twenty ninth two thousand eight .
                """));
        assertThat(out).doesNotContain("daniel", "ortiz", "renata", "kenosha", "july", "twenty ninth")
                .contains("good morning mister", "drove in from", "two thousand eight");
    }

    @Test
    void finds_every_kind_of_identifier_in_a_cased_transcript() {
        String text = """
                Doctor: Hello Ms. Ana Gutiérrez-Molina, your MRN is 4829-1735 and your phone (414) 555-0134.
                Patient: My email is ana.gm@gmail.com and the portal is https://mychart.example-health.org/x.
                Patient: I live at 1423 North Maple Street, Apt 4B, Springfield, IL 62704.
                Patient: I was born on June 2, 1978 and saw Dr. Brown on 11/3/2001.
                Patient: I work at Harbor Freight. My SSN is 123-45-6789. Member ID XJH482913.
                Doctor: Fax it to 414-555-0199. The login came from 192.168.14.7. Pacemaker serial PM4471920.
                Patient: My grandmother is 94 years old and lives in Racine.
                """;
        String out = redacted(read(text));
        assertThat(out).doesNotContain("Ana", "Gutiérrez", "Molina", "4829-1735", "555-0134", "ana.gm@gmail.com",
                "mychart", "1423", "Maple", "4B", "Springfield", "62704", "June 2", "Brown", "11/3/2001",
                "Harbor Freight", "123-45-6789", "XJH482913", "555-0199", "192.168.14.7", "PM4471920", " 94 ",
                "Racine");
        assertThat(out).contains("IL", "1978", "years old", "Street", "Apt");
    }

    @Test
    void categorises_identifiers() {
        Map<String, PhiCategory> expected = Map.of(
                "My SSN is 123-45-6789.", PhiCategory.SSN,
                "Call me at (414) 555-0134.", PhiCategory.PHONE,
                "Fax it to 414-555-0199 please.", PhiCategory.FAX,
                "My MRN is 48291735.", PhiCategory.MEDICAL_RECORD_NUMBER,
                "My member ID is XJ4829173.", PhiCategory.HEALTH_PLAN_NUMBER,
                "Write to ana@example.org today.", PhiCategory.EMAIL,
                "The login came from 10.1.2.3 today.", PhiCategory.IP_ADDRESS,
                "The license plate is ABK-4471.", PhiCategory.VEHICLE_ID,
                "The pacemaker serial number is PM4471920.", PhiCategory.DEVICE_ID,
                "My license number is RN482917.", PhiCategory.LICENSE_NUMBER);
        expected.forEach((text, cat) -> assertThat(DEID.detect(text)).as(text).extracting(PhiMatch::category)
                .containsExactly(cat));
    }

    @Test
    void keeps_clinical_content() {
        String text = """
                Doctor: She is a 45-year-old female on lisinopril 20 mg and metformin 500 milligrams twice a day.
                Patient: The pain is a 6 out of 10. My PHQ-9 was 14 and my A1c 7.2. I had surgery in 2019.
                Doctor: Blood pressure 138/84, heart rate 76. Follow up in 3 months. Take ibuprofen 400 mg.
                Patient: I'm 67 and my father was 85 when he had a stroke. I may have missed a dose in May.
                """;
        DeidentifiedTranscript d = DEID.deidentify(read(text));
        String out = d.redaction().transcript().utterances().stream().map(Utterance::text).reduce("", String::concat);
        assertThat(out).contains("45-year-old", "lisinopril 20 mg", "metformin 500 milligrams", "6 out of 10",
                "PHQ-9 was 14", "A1c 7.2", "in 2019", "138/84", "heart rate 76", "3 months", "ibuprofen 400 mg",
                "I'm 67", "85 when", "I may have");
        // only the month in "in May" is a date element
        assertThat(d.spanCount()).isEqualTo(1);
    }

    @Test
    void the_same_name_gets_the_same_surrogate_in_every_mention() {
        DeidentifiedTranscript d = DEID.deidentify(read("""
                [doctor] Hello Ana Gutiérrez-Molina, is Ana your preferred name?
                [patient] Yes, Ana is fine. Ms. Gutiérrez-Molina is my mother.
                """));
        List<Utterance> us = d.redaction().transcript().utterances();
        String first = us.get(0).text();
        String second = us.get(1).text();
        String anaSurrogate = first.substring(6, first.indexOf(' ', 6));
        assertThat(anaSurrogate).isNotEqualTo("Ana");
        assertThat(first).contains("is " + anaSurrogate + " your");
        assertThat(second).startsWith("Yes, " + anaSurrogate + " is fine.");
        String surname = first.substring(first.indexOf(anaSurrogate) + anaSurrogate.length() + 1, first.indexOf(','));
        assertThat(surname).contains("-");
        assertThat(second).contains("Ms. " + surname + " is my mother");
    }

    @Test
    void dates_move_by_one_offset_so_intervals_stay_right() {
        SafeHarborDeidentifier deid = SafeHarborDeidentifier.builder().seed(1).dateShiftDays(-100).build();
        DeidentifiedText d = deid.deidentify("Admitted on 3/1/2020 and discharged on March 11, 2020.");
        assertThat(d.text()).isEqualTo("Admitted on 11/22/2019 and discharged on December 2, 2019.");
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2019, 11, 22), LocalDate.of(2019, 12, 2)))
                .isEqualTo(10);
    }

    @Test
    void ages_over_89_are_replaced_and_younger_ages_kept() {
        DeidentifiedText d = DEID.deidentify("My mother is 94 years old and my father turned ninety two. I'm 67.");
        assertThat(d.spans()).extracting(PhiSpan::category).containsExactly(PhiCategory.DATE, PhiCategory.DATE);
        assertThat(d.text()).doesNotContain("94", "ninety two").contains("I'm 67");
        assertThat(d.text()).containsPattern("My mother is 9\\d years old");
    }

    @Test
    void numbers_keep_their_shape() {
        DeidentifiedText d = DEID.deidentify("Call (414) 555-0134 or 414.555.0199, SSN 123-45-6789.");
        assertThat(d.text()).matches("Call \\(\\d{3}\\) \\d{3}-\\d{4} or \\d{3}\\.\\d{3}\\.\\d{4}, SSN \\d{3}-\\d{2}-\\d{4}\\.");
    }

    @Test
    void spelled_out_numbers_are_found() {
        DeidentifiedText d = DEID.deidentify("you can call me at four one four , five five five , one two one two .");
        assertThat(d.spans()).extracting(PhiSpan::category).containsExactly(PhiCategory.PHONE);
    }

    @Test
    void allow_and_deny_lists_apply() {
        SafeHarborDeidentifier deid = SafeHarborDeidentifier.builder().seed(3)
                .allow("Kenosha").deny("Sunrise Wellness", PhiCategory.LOCATION).build();
        DeidentifiedText d = deid.deidentify("We drove in from Kenosha to see you at sunrise wellness today.");
        assertThat(d.text()).contains("Kenosha").doesNotContain("sunrise wellness");
    }

    @Test
    void user_detectors_add_matches() {
        PhiDetector codeWords = text -> {
            int at = text.indexOf("Bluebird");
            return at < 0 ? List.of() : List.of(PhiMatch.of(at, at + 8, PhiCategory.OTHER_ID));
        };
        SafeHarborDeidentifier deid = SafeHarborDeidentifier.builder().addDetector(codeWords).seed(1).build();
        assertThat(deid.deidentify("Her study code name is Bluebird.").text()).doesNotContain("Bluebird");
    }

    @Test
    void a_seed_makes_surrogates_reproducible() {
        Transcript t = read("[doctor] Hi Maria Lopez, born June 2, 1978, phone 414-555-0134.\n[patient] Hi.");
        SafeHarborDeidentifier a = SafeHarborDeidentifier.builder().seed(9).build();
        assertThat(a.redact(t).transcript()).isEqualTo(a.redact(t).transcript());
    }

    @Test
    void keeps_utterance_ids_roles_and_times_and_replaces_names_in_speaker_labels() {
        Transcript t = new Transcript(List.of(
                new Utterance("u1", Speaker.of(SpeakerRole.CLINICIAN, "Dr. Rivera"), "Hello Maria.",
                        Duration.ofSeconds(1), Duration.ofSeconds(2)),
                new Utterance("u2", Speaker.of(SpeakerRole.PATIENT, "patient"), "Hi doctor.", null, null)), "vtt");
        Transcript r = DEID.redact(t).transcript();
        assertThat(r.utterances()).extracting(Utterance::id).containsExactly("u1", "u2");
        assertThat(r.utterances().get(0).role()).isEqualTo(SpeakerRole.CLINICIAN);
        assertThat(r.utterances().get(0).start()).isEqualTo(Duration.ofSeconds(1));
        assertThat(r.utterances().get(0).speaker().label()).startsWith("Dr. ").doesNotContain("Rivera");
        assertThat(r.utterances().get(0).text()).doesNotContain("Maria");
        assertThat(r.utterances().get(1).speaker().label()).isEqualTo("patient");
        assertThat(r.source()).isEqualTo("vtt");
    }

    @Test
    void to_string_holds_no_phi() {
        DeidentifiedText d = DEID.deidentify("Maria Lopez, phone 414-555-0134.");
        assertThat(d.toString() + d.spans() + d.vault()).doesNotContain("Maria", "Lopez", "414");
    }

    @Test
    void rejects_bad_builder_values() {
        assertThatThrownBy(() -> SafeHarborDeidentifier.builder().dateShiftDays(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeHarborDeidentifier.builder().allow(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SafeHarborDeidentifier.create().policyName()).isEqualTo("surrogates");
    }
}
