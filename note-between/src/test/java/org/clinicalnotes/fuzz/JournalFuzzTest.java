package org.clinicalnotes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.JournalBatch;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.between.JournalReader;

/**
 * Coverage-guided fuzz test (Jazzer) of the journal reader (JSON Lines, then the between-session monitor on every
 * entry it accepts); moved from note-core's {@code ReadersFuzzTest} with the package. The contract: the SDK's
 * typed exceptions ({@link ClinicalNotesException}) or a result; anything else is a finding.
 *
 * <p>A plain build runs the target on its seed inputs in
 * {@code src/test/resources/org/clinicalnotes/fuzz/JournalFuzzTestInputs/} and on any finding saved there.
 * Fuzzing proper: {@code JAZZER_FUZZ=1 ./mvnw -pl note-between -am test -Dtest=JournalFuzzTest#journal_jsonl
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JournalFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void journal_jsonl(byte[] data) {
        JournalBatch batch;
        try {
            batch = JournalReader.read(new StringReader(new String(data, StandardCharsets.UTF_8)), "fuzz.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
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
