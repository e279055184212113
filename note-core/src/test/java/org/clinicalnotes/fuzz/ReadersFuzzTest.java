package org.clinicalnotes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.render.NoteMarkdown;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * Coverage-guided fuzz tests (Jazzer) of everything that reads user files: the transcript readers (every
 * format, auto-detected), the template loader and note.json reading, plus the offline drafter on whatever a reader
 * accepts. The journal reader is fuzzed in note-between ({@code JournalFuzzTest}), the course history loader in
 * note-course ({@code CourseFuzzTest}), the FHIR journal reader in note-fhir ({@code JournalFhirFuzzTest}). The contract: the SDK's typed exceptions ({@link ClinicalNotesException}) or a result;
 * anything else (a RuntimeException, a StackOverflowError, an OutOfMemoryError) is a finding.
 *
 * <p>A plain build ({@code ./mvnw verify}) runs each target on its seed inputs in
 * {@code src/test/resources/org/clinicalnotes/fuzz/ReadersFuzzTestInputs/} and on any finding saved there.
 * Fuzzing proper: {@code JAZZER_FUZZ=1 ./mvnw -pl note-core -am test -Dtest=ReadersFuzzTest#transcripts
 * -Dsurefire.failIfNoSpecifiedTests=false} (one target per run; the {@code maxDuration} below is the budget).
 */
class ReadersFuzzTest {

    private static final NoteGenerator GENERATOR = NoteGenerator.builder().build();

    @FuzzTest(maxDuration = "60s")
    void transcripts(byte[] data) {
        try {
            TranscriptReader.defaults().read(data, "fuzz.txt");
        } catch (ClinicalNotesException expected) {
            // typed rejection: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void transcripts_then_offline_note(byte[] data) {
        Transcript t;
        try {
            t = TranscriptReader.defaults().read(data, "fuzz.txt");
        } catch (ClinicalNotesException expected) {
            return;
        }
        try {
            NoteMarkdown.render(GENERATOR.generate(t, NoteRequest.of("soap")), null);
        } catch (ClinicalNotesException expected) {
            // typed: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void templates(byte[] data) {
        try {
            TemplateRegistry.parse(new String(data, StandardCharsets.UTF_8), "fuzz.json");
        } catch (ClinicalNotesException expected) {
            // typed rejection: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void note_json(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        try {
            NoteJson.read(json, "fuzz.json");
        } catch (ClinicalNotesException expected) {
            // typed rejection: fine
        }
        try {
            NoteJson.readSealed(json, "fuzz.json");
        } catch (ClinicalNotesException expected) {
            // typed rejection: fine
        }
    }
}
