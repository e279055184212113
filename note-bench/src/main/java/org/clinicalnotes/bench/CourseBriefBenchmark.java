package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.course.Brief;
import org.clinicalnotes.course.BriefJson;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.CourseSession;
import org.clinicalnotes.course.Journal;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.TranscriptReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pre-session brief for a client with 50 weekly sessions (the sample client's six sessions, repeated) and
 * a journal: history in memory, then themes, trajectories, risk, homework, the brief and its JSON. One thread.
 *
 * <pre>
 * java -jar note-bench/target/benchmarks.jar CourseBriefBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CourseBriefBenchmark {

    /** Sessions in the benchmark client. */
    static final int SESSIONS = 50;

    ClientHistory history;
    /** The same course with every session's text made distinct (one client line naming the week). */
    ClientHistory distinct;
    CourseAnalyzer lexical;
    CourseAnalyzer semantic;
    /** The distinct sessions as a client folder on disk, read once by an analyzer that kept its reading there. */
    java.nio.file.Path folder;
    ClientHistory onDisk;

    /** Builds the 50-session history and both analyzers, and warms the embedding model. */
    @Setup
    public void setUp() throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            texts.add(resource("/bench/course/0" + i + ".txt"));
        }
        TranscriptReader reader = TranscriptReader.defaults();
        List<CourseSession> sessions = new ArrayList<>();
        List<CourseSession> unique = new ArrayList<>();
        List<String> weeks = new ArrayList<>();
        LocalDate day = LocalDate.parse("2025-01-06");
        for (int i = 0; i < SESSIONS; i++) {
            String id = String.format("%02d-%s", i + 1, day.plusWeeks(i));
            String text = texts.get(i % texts.size());
            sessions.add(CourseSession.of(id, day.plusWeeks(i), reader.read(text, id)));
            String week = text.stripTrailing() + "\n[client] That was week " + (i + 1) + " of the course.\n";
            unique.add(CourseSession.of(id, day.plusWeeks(i), reader.read(week, id)));
            weeks.add(week);
        }
        List<org.clinicalnotes.course.JournalEntry> journal = Journal.parse(resource("/bench/course/journal.jsonl"), "journal", null);
        history = new ClientHistory("bench", sessions, journal);
        distinct = new ClientHistory("bench", unique, journal);
        lexical = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
        semantic = CourseAnalyzer.create();
        brief(semantic);
        folder = java.nio.file.Files.createTempDirectory("course-bench");
        for (int i = 0; i < SESSIONS; i++) {
            java.nio.file.Path s = java.nio.file.Files.createDirectories(folder.resolve(unique.get(i).id()));
            java.nio.file.Files.writeString(s.resolve("session.txt"), weeks.get(i), StandardCharsets.UTF_8);
            java.nio.file.Files.writeString(s.resolve("session.json"), "{\"date\": \"" + day.plusWeeks(i) + "\"}");
        }
        java.nio.file.Files.writeString(folder.resolve("journal.jsonl"), resource("/bench/course/journal.jsonl"),
                StandardCharsets.UTF_8);
        onDisk = ClientHistory.load(folder);
        CourseAnalyzer.create().analyze(onDisk, folder);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CourseBriefBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String brief(CourseAnalyzer a) {
        return BriefJson.write(Brief.of(a.analyze(history)));
    }

    /**
     * Cold: a new analyzer (empty cache) on 50 distinct sessions, so every session is screened and every
     * candidate sentence embedded, as for a client seen for the first time. The models are loaded already.
     */
    @Benchmark
    public String briefSemanticCold() {
        return BriefJson.write(Brief.of(CourseAnalyzer.create().analyze(distinct)));
    }

    /**
     * Restarted: a new analyzer (empty memory, as after a restart) on the 50 distinct sessions read from a client
     * folder where an earlier process kept its reading ({@code .course-cache.json} beside each session).
     */
    @Benchmark
    public String briefSemanticRestarted() {
        return BriefJson.write(Brief.of(CourseAnalyzer.create().analyze(onDisk, folder)));
    }

    /** Cold, lexical: a new lexical analyzer on the 50 distinct sessions. */
    @Benchmark
    public String briefLexicalCold() {
        return BriefJson.write(Brief.of(CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build().analyze(distinct)));
    }

    /**
     * Lexical risk screen and lexical themes: the library default without note-semantic. The analyzer is
     * shared across calls, as a server would hold it, so sessions already read come from its cache.
     */
    @Benchmark
    public String briefLexical() {
        return brief(lexical);
    }

    /**
     * With note-semantic on the class path: the semantic risk matcher and sentence embeddings for themes. The
     * analyzer is shared across calls (warm: unchanged sessions come from its cache).
     */
    @Benchmark
    public String briefSemantic() {
        return brief(semantic);
    }
}
