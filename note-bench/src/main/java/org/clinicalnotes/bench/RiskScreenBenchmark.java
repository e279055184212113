package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Transcript;
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
 * The risk screen alone and end to end, with and without the semantic matcher and learned model (module note-semantic), on the
 * ACI-Bench-sized fixture. Average time per transcript, one thread.
 *
 * <pre>
 * java -jar note-bench/target/benchmarks.jar RiskScreenBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RiskScreenBenchmark {

    Transcript transcript;
    String text;
    TranscriptReader reader;
    RiskScreen lexical;
    RiskScreen semantic;
    RiskScreen rules;
    NoteGenerator generatorLexical;
    NoteGenerator generatorSemantic;
    NoteRequest request;

    /** Loads the fixture, builds both screens and warms the embedding model. */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = RiskScreenBenchmark.class.getResourceAsStream("/bench/aci-bench-train-D2N044.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        reader = TranscriptReader.defaults();
        transcript = reader.read(text, "D2N044");
        lexical = RiskScreen.lexical();
        semantic = RiskScreen.create();
        if (semantic.semanticMatcher().isEmpty()) {
            throw new IllegalStateException("note-semantic is not on the benchmark's class path");
        }
        if (semantic.model().isEmpty()) {
            throw new IllegalStateException("note-semantic's learned risk model is not on the benchmark's class path");
        }
        rules = semantic.withoutModel();
        semantic.findings(transcript);
        rules.findings(transcript);
        generatorLexical = NoteGenerator.builder().riskScreen(lexical).build();
        generatorSemantic = NoteGenerator.builder().riskScreen(semantic).build();
        request = NoteRequest.builder().template("soap").noteId("bench").build();
    }

    /** The lexical screen alone. */
    @Benchmark
    public List<RiskFinding> screenLexical() {
        return lexical.findings(transcript);
    }

    /** The lexical screen with the semantic matcher and the learned model (the default screen). */
    @Benchmark
    public List<RiskFinding> screenSemantic() {
        return semantic.findings(transcript);
    }

    /** The lexical screen with the semantic matcher, without the learned model. */
    @Benchmark
    public List<RiskFinding> screenSemanticNoModel() {
        return rules.findings(transcript);
    }

    /** Read, screen, draft, check with the lexical screen. */
    @Benchmark
    public ClinicalNote endToEndLexical() {
        return generatorLexical.generate(reader.read(text, "D2N044"), request);
    }

    /** Read, screen, draft, check with the semantic matcher. */
    @Benchmark
    public ClinicalNote endToEndSemantic() {
        return generatorSemantic.generate(reader.read(text, "D2N044"), request);
    }
}
