package org.clinicalnotes.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.between.JournalBatch;
import org.clinicalnotes.fhir.between.JournalFhirReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by fuzzing (JournalFhirFuzzTest, finding 1): HAPI's JSON parser throws StringIndexOutOfBoundsException
 * on a member with an empty name ({@code "": ...}); every reader of FHIR JSON from a user's file now gets
 * its typed error instead.
 */
class UntrustedJsonTest {

    static final String EMPTY_NAME = "{\"resourceType\":\"Observation\",\"\":{\"reference\":\"Patient/client-1\"}}";

    @Test
    void an_ndjson_journal_line_with_an_empty_member_name_is_a_line_problem_and_the_rest_is_read(@TempDir Path dir)
            throws IOException {
        String good = "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"qr1\",\"status\":\"completed\","
                + "\"subject\":{\"reference\":\"Patient/client-1\"},\"authored\":\"2026-03-02T22:10:00-05:00\","
                + "\"item\":[{\"linkId\":\"mood\",\"answer\":[{\"valueInteger\":3}]}]}";
        Path f = dir.resolve("j.ndjson");
        Files.writeString(f, good + "\n" + EMPTY_NAME + "\n");
        JournalBatch b = JournalFhirReader.read(f);
        assertThat(b.entries()).hasSize(1);
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("CN-3201");
        });
    }

    @Test
    void a_single_resource_with_an_empty_member_name_is_not_fhir_json(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.json");
        Files.writeString(f, EMPTY_NAME);
        assertThatThrownBy(() -> JournalFhirReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-3212");
    }

    @Test
    void a_document_reference_or_consent_with_an_empty_member_name_gets_its_typed_error(@TempDir Path dir)
            throws IOException {
        assertThatThrownBy(() -> FhirNoteReader.parseDocumentReference(
                "{\"resourceType\":\"DocumentReference\",\"\":1}", "document-reference.json"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-1505");
        Path consent = dir.resolve("consent.json");
        Files.writeString(consent, "{\"resourceType\":\"Consent\",\"status\":\"active\",\"\":{}}");
        assertThatThrownBy(() -> ConsentReader.read(consent)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-3311");
    }

    @Test
    void untrusted_json_is_parsed_without_logging_what_it_holds() {
        assertThat(FhirContexts.parseUntrusted("{\"resourceType\":\"Observation\",\"status\":\"final\"}"))
                .isInstanceOf(org.hl7.fhir.r4.model.Observation.class);
        assertThatThrownBy(() -> FhirContexts.parseUntrusted(EMPTY_NAME))
                .isInstanceOf(ca.uhn.fhir.parser.DataFormatException.class);
    }
}
