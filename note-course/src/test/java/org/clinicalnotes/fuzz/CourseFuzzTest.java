package org.clinicalnotes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.course.Brief;
import org.clinicalnotes.course.BriefJson;
import org.clinicalnotes.course.BriefMarkdown;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.risk.RiskScreen;

/**
 * Coverage-guided fuzz test (Jazzer) of the course history loader (a client folder written from the input, then
 * the course analysis, brief and plan); moved from note-core's {@code ReadersFuzzTest} with the package. The
 * contract: the SDK's typed exceptions ({@link ClinicalNotesException}) or a result; anything else is a finding.
 *
 * <p>A plain build runs the target on its seed inputs in
 * {@code src/test/resources/org/clinicalnotes/fuzz/CourseFuzzTestInputs/} and on any finding saved there.
 * Fuzzing proper: {@code JAZZER_FUZZ=1 ./mvnw -pl note-course -am test -Dtest=CourseFuzzTest#course_history
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CourseFuzzTest {

    private static final CourseAnalyzer COURSE = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
    /** The files of the client folder {@link #course_history} writes, in the order the input's NUL-separated parts fill them. */
    private static final String[] COURSE_FILES = {"2026-03-02/session.txt", "2026-03-02/session.json",
        "2026-03-02/analysis.json", "2026-03-02/note.json", "journal.jsonl", "2026-03-09/session.txt"};
    private static Path courseDir;

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
