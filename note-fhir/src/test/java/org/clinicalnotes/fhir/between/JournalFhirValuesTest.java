package org.clinicalnotes.fhir.between;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.between.JournalBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values of the wrong shape in a FHIR journal are line problems, never a NullPointerException (found by
 * reading the reader while fixing the fuzzing finding of an empty member name).
 */
class JournalFhirValuesTest {

    private static final String SUBJECT_TIME = "\"subject\":{\"reference\":\"Patient/client-1\"},";

    private static JournalBatch read(Path dir, String... lines) throws IOException {
        Path f = dir.resolve("j.ndjson");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return JournalFhirReader.read(f);
    }

    @Test
    void sleep_as_a_coding_a_code_less_coding_and_a_quantity_without_value_are_line_problems(@TempDir Path dir)
            throws IOException {
        String sleepCoding = "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"q1\",\"status\":\"completed\","
                + SUBJECT_TIME + "\"authored\":\"2026-03-02T22:10:00-05:00\","
                + "\"item\":[{\"linkId\":\"sleepHours\",\"answer\":[{\"valueCoding\":{\"code\":\"x\"}}]}]}";
        String codeless = "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":"
                + "[{\"system\":\"" + JournalFhirMapper.SYSTEM + "\"}]}," + SUBJECT_TIME
                + "\"effectiveDateTime\":\"2026-03-03T08:00:00Z\",\"valueInteger\":8}";
        String emptyQuantity = "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\",\"code\":{\"coding\":"
                + "[{\"system\":\"" + JournalFhirMapper.SYSTEM + "\",\"code\":\"sleep-hours\"}]}," + SUBJECT_TIME
                + "\"effectiveDateTime\":\"2026-03-03T08:00:00Z\",\"valueQuantity\":{\"unit\":\"h\"}}";
        String good = "{\"resourceType\":\"Observation\",\"id\":\"o3\",\"status\":\"final\",\"code\":{\"coding\":"
                + "[{\"system\":\"" + JournalFhirMapper.SYSTEM + "\",\"code\":\"self-rated-anxiety\"}]}," + SUBJECT_TIME
                + "\"effectiveDateTime\":\"2026-03-04T08:00:00Z\",\"valueInteger\":6}";

        JournalBatch b = read(dir, sleepCoding, codeless, emptyQuantity, good);

        assertThat(b.entries()).extracting(e -> e.id()).containsExactly("o3");
        assertThat(b.problems()).extracting(p -> p.line()).containsExactly(1, 2, 3);
        assertThat(b.problems()).extracting(p -> p.code()).containsExactly("CN-3204", "CN-3207", "CN-3204");
    }

    /** Found by fuzzing (JournalFhirFuzzTest, finding 2): a PHQ-2 answer coded without a code threw NullPointerException. */
    @Test
    void a_questionnaire_answer_coding_without_a_code_is_a_line_problem(@TempDir Path dir) throws IOException {
        String noCode = "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"q1\",\"status\":\"completed\","
                + SUBJECT_TIME + "\"authored\":\"2026-03-02T22:10:00-05:00\",\"item\":[{\"linkId\":\"44250-9\","
                + "\"answer\":[{\"valueCoding\":{\"system\":\"http://loinc.org\"}}]}]}";
        String good = noCode.replace("\"q1\"", "\"q2\"").replace("{\"system\":\"http://loinc.org\"}",
                "{\"system\":\"http://loinc.org\",\"code\":\"LA6569-3\"}");

        JournalBatch b = read(dir, noCode, good);

        assertThat(b.entries()).extracting(e -> e.id()).containsExactly("q2");
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.code()).isEqualTo("CN-3204");
        });
    }
}
