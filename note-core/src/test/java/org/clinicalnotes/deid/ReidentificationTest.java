package org.clinicalnotes.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class ReidentificationTest {

    static final String VISIT = """
            [doctor] Good morning Maria Gutiérrez-Molina, I'm Dr. Oyelaran.
            [patient] Hi. My husband Tadeo drove me in from Kenosha. My cell is (414) 555-0134.
            [patient] I was born on June 2, 1978 and my MRN is 48291735.
            [doctor] Maria's last visit was on 11/3/2021.
            """;

    final SafeHarborDeidentifier deid = SafeHarborDeidentifier.builder().seed(11).dateShiftDays(40).build();
    final Transcript original = TranscriptReader.defaults().read(VISIT, "visit");
    final Redaction redaction = deid.redact(original);
    final SurrogateVault vault = redaction.vault();

    String redacted(int i) {
        return redaction.transcript().utterances().get(i).text();
    }

    @Test
    void restores_the_original_statement_text_exactly() {
        for (int i = 0; i < original.size(); i++) {
            assertThat(redacted(i)).isNotEqualTo(original.utterances().get(i).text());
            assertThat(vault.reidentify(redacted(i))).isEqualTo(original.utterances().get(i).text());
        }
    }

    @Test
    void restores_a_statement_the_model_wrote_from_surrogates() {
        // the model's statement, written with the surrogates it saw
        Transcript statements = TranscriptReader.defaults().read(
                "[doctor] Maria Gutiérrez-Molina came from Kenosha with her husband Tadeo, seen by Dr. Oyelaran.",
                "s");
        String original = statements.utterances().get(0).text();
        String modelText = deid.redact(TranscriptReader.defaults().read(VISIT + "[doctor] " + original, "v"))
                .transcript().utterances().get(4).text();
        // a vault of the same seed and transcript gives the same surrogates
        String expectedSurrogates = deid.redact(original(VISIT + "[doctor] " + original)).transcript()
                .utterances().get(4).text();
        assertThat(modelText).isEqualTo(expectedSurrogates);
        SurrogateVault v = deid.redact(original(VISIT + "[doctor] " + original)).vault();
        assertThat(v.reidentify(modelText)).isEqualTo(original);
    }

    static Transcript original(String text) {
        return TranscriptReader.defaults().read(text, "t");
    }

    @Test
    void restores_surrogates_in_another_case() {
        String r = redacted(0);
        assertThat(vault.reidentify(r.toUpperCase(Locale.ROOT)))
                .isEqualTo("GOOD MORNING MARIA GUTIÉRREZ-MOLINA, I'M DR. OYELARAN.");
        assertThat(vault.reidentify(r.toLowerCase(Locale.ROOT)))
                .isEqualTo("good morning maria gutiérrez-molina, i'm dr. oyelaran.");
    }

    @Test
    void restores_possessives_partial_mentions_and_split_surrogates() {
        String[] first = redacted(0).substring("Good morning ".length()).split("[ ,]");
        String given = first[0];
        String surname = first[1];
        String[] parts = surname.split("-");
        assertThat(vault.reidentify(given + "'s pain improved.")).isEqualTo("Maria's pain improved.");
        assertThat(vault.reidentify("Ms. " + surname + " agreed.")).isEqualTo("Ms. Gutiérrez-Molina agreed.");
        assertThat(vault.reidentify(parts[0] + " " + parts[1] + ", " + given))
                .isEqualTo("Gutiérrez Molina, Maria");
        assertThat(vault.reidentify(given.toUpperCase(Locale.ROOT) + "'S")).isEqualTo("MARIA'S");
    }

    @Test
    void restores_numbers_grouped_differently_and_dates_written_differently() {
        String phone = redacted(1).replaceAll(".*My cell is (.*)\\.$", "$1");
        String digits = phone.replaceAll("\\D", "");
        assertThat(vault.reidentify("Cell " + digits + ".")).isEqualTo("Cell (414) 555-0134.");
        // 11/3/2021 moved by 40 days is 12/13/2021; the model wrote it out
        assertThat(vault.reidentify("Last visit December 13, 2021.")).isEqualTo("Last visit November 3, 2021.");
    }

    @Test
    void flags_phi_in_the_output_that_was_not_in_the_input_without_its_text() {
        Reidentified r = vault.reidentifyChecked(redacted(0) + " Referred to Dr. Zimmerman, call 608-555-0188.");
        assertThat(r.unexpected()).containsEntry(PhiCategory.NAME, 1).containsEntry(PhiCategory.PHONE, 1);
        assertThat(r.unexpectedCount()).isEqualTo(2);
        assertThat(r.toString()).doesNotContain("Zimmerman", "608", "Maria");
        assertThat(vault.reidentifyChecked(redacted(0)).unexpected()).isEmpty();
    }

    @Test
    void the_vault_exports_encrypted_and_restores_with_the_key() throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        kg.init(256);
        SecretKey key = kg.generateKey();
        SafeHarborVault v = (SafeHarborVault) vault;
        byte[] blob = v.export(key);
        assertThat(new String(blob, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Maria", "Kenosha");
        SafeHarborVault back = SafeHarborVault.restore(blob, key);
        for (int i = 0; i < original.size(); i++) {
            assertThat(back.reidentify(redacted(i))).isEqualTo(original.utterances().get(i).text());
        }
        SecretKey other = kg.generateKey();
        assertThatThrownBy(() -> SafeHarborVault.restore(blob, other)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-1602");
    }

    @Test
    void the_identity_vault_changes_nothing() {
        assertThat(SurrogateVault.identity().reidentifyChecked("Maria").text()).isEqualTo("Maria");
        assertThat(List.of(SurrogateVault.identity().reidentifyChecked("x").unexpected())).containsExactly(
                java.util.Map.of());
    }

    @Test
    void each_request_has_its_own_vault() {
        SafeHarborDeidentifier random = SafeHarborDeidentifier.create();
        Utterance a = random.redact(original).transcript().utterances().get(0);
        Utterance b = random.redact(original).transcript().utterances().get(0);
        assertThat(a.text()).isNotEqualTo(b.text());
    }
}
