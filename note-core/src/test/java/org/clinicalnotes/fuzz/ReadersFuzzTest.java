package org.clinicalnotes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.JournalBatch;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.between.JournalReader;
import org.clinicalnotes.course.Brief;
import org.clinicalnotes.course.BriefJson;
import org.clinicalnotes.course.BriefMarkdown;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.render.NoteMarkdown;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * Coverage-guided fuzz tests (Jazzer) of everything that reads user files: the transcript readers (every
 * format, auto-detected), the template loader, note.json reading, the journal reader (JSON Lines, then the
 * between-session monitor on every entry it accepts) and the course history loader (a client folder written
 * from the input, then the course analysis, brief and plan), plus the offline drafter on whatever a reader
 * accepts. The FHIR journal reader is fuzzed in note-fhir ({@code JournalFhirFuzzTest}). The contract: the SDK's typed exceptions ({@link ClinicalNotesException}) or a result;
 * anything else (a RuntimeException, a StackOverflowError, an OutOfMemoryError) is a finding.
 *
 * <p>A plain build ({@code ./mvnw verify}) runs each target on its seed inputs in
 * {@code src/test/resources/org/clinicalnotes/fuzz/ReadersFuzzTestInputs/} and on any finding saved there.
 * Fuzzing proper: {@code JAZZER_FUZZ=1 ./mvnw -pl note-core -am test -Dtest=ReadersFuzzTest#transcripts
 * -Dsurefire.failIfNoSpecifiedTests=false} (one target per run; the {@code maxDuration} below is the budget).
 */
class ReadersFuzzTest {

    private static final NoteGenerator GENERATOR = NoteGenerator.builder().build();
    private static final CourseAnalyzer COURSE = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
    /** The files of the client folder {@link #course_history} writes, in the order the input's NUL-separated parts fill them. */
    private static final String[] COURSE_FILES = {"2026-03-02/session.txt", "2026-03-02/session.json",
        "2026-03-02/analysis.json", "2026-03-02/note.json", "journal.jsonl", "2026-03-09/session.txt"};
    private static Path courseDir;

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

    @FuzzTest(maxDuration = "60s")
    void course_history(byte[] data) throws IOException {
        Path dir = writeClientFolder(data);
        ClientHistory history;
        try {
            history = ClientHistory.load(dir);
        } catch (ClinicalNotesException expected) {
            return;
        }
        try {
            Course course = COURSE.analyze(history);
            Brief brief = Brief.of(course);
            BriefMarkdown.write(brief);
            BriefJson.write(brief);
            PlanDraft.of(course);
        } catch (ClinicalNotesException expected) {
            // typed: fine
        }
    }

    /** Splits the input at NUL bytes into the files of one client folder (absent parts: no file). */
    static Path writeClientFolder(byte[] data) throws IOException {
        if (courseDir == null) {
            courseDir = Files.createTempDirectory("fuzz-course").resolve("client-1");
            Files.createDirectories(courseDir.resolve("2026-03-02"));
            Files.createDirectories(courseDir.resolve("2026-03-09"));
            courseDir.toFile().getParentFile().deleteOnExit();
        }
        int part = 0;
        int start = 0;
        for (int i = 0; i <= data.length && part < COURSE_FILES.length; i++) {
            if (i == data.length || data[i] == 0) {
                byte[] content = java.util.Arrays.copyOfRange(data, start, i);
                Files.write(courseDir.resolve(COURSE_FILES[part++]), content);
                start = i + 1;
            }
        }
        for (; part < COURSE_FILES.length; part++) {
            Files.deleteIfExists(courseDir.resolve(COURSE_FILES[part]));
        }
        return courseDir;
    }
}
