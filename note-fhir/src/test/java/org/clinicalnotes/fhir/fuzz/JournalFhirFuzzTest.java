package org.clinicalnotes.fhir.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.JournalBatch;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.fhir.between.JournalFhirReader;

/**
 * Coverage-guided fuzz test (Jazzer) of the FHIR journal reader (a Bundle, one resource or NDJSON of
 * QuestionnaireResponses and Observations), then the between-session monitor on every entry it accepts. The
 * contract, as in note-core's {@code ReadersFuzzTest}: the SDK's typed exceptions or a result; anything
 * else is a finding. A plain build replays the seeds in
 * {@code src/test/resources/org/clinicalnotes/fhir/fuzz/JournalFhirFuzzTestInputs/}; fuzzing proper:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl note-fhir -am test -Dtest=JournalFhirFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (see {@code .ci/fuzz}).
 */
class JournalFhirFuzzTest {

    private static Path file;

    @FuzzTest(maxDuration = "60s")
    void journal_fhir(byte[] data) throws IOException {
        if (file == null) {
            file = Files.createTempFile("fuzz-journal", ".json");
            file.toFile().deleteOnExit();
        }
        Files.write(file, data);
        JournalBatch batch;
        try {
            batch = JournalFhirReader.read(file);
        } catch (ClinicalNotesException expected) {
            return;
        }
        BetweenSessionMonitor monitor = BetweenSessionMonitor.builder().build();
        for (JournalEntry e : batch.entries()) {
            try {
                monitor.assess(e);
            } catch (ClinicalNotesException expected) {
                // typed: fine
            }
        }
    }
}
