package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.measure.internal.MeasureExtractor;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Linearity regression: the fixture's words run together as one patient turn without any punctuation, repeated to
 * {@code kb} kilobytes (the case is 374 KB: 3.7 s in the score extractor before it was made linear). Compare
 * the 94 KB and 374 KB rows: four times the text should cost about four times as much.
 *
 * <pre>
 * java -jar note-bench/target/benchmarks.jar LongTurnBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LongTurnBenchmark {

    /** Size of the single turn in kilobytes. */
    @Param({"94", "374"})
    public int kb;

    Transcript transcript;
    NoteGenerator generator;
    NoteRequest request;

    /** Builds the long turn. */
    @Setup
    public void setUp() throws IOException {
        String text;
        try (InputStream in = LongTurnBenchmark.class.getResourceAsStream("/bench/aci-bench-train-D2N044.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String words = text.replaceAll("\\[[a-z_]+\\]", " ").replaceAll("[^a-z0-9' ]+", " ").replaceAll("\\s+", " ")
                .strip() + " her phq nine was twelve and blood pressure 130 over 80 ";
        StringBuilder sb = new StringBuilder("[patient] ");
        while (sb.length() < kb * 1024) {
            sb.append(words);
        }
        transcript = TranscriptReader.defaults().read("[doctor] how are you\n" + sb + "\n", "long");
        generator = NoteGenerator.builder().riskScreen(RiskScreen.lexical()).build();
        request = NoteRequest.builder().template("soap").noteId("long").build();
    }

    /** The scores and vitals extractor alone. */
    @Benchmark
    public List<MeasureScore> measures() {
        return MeasureExtractor.create().extract(transcript, LocalDate.of(2026, 1, 2));
    }

    /** The whole note (risk screen included). */
    @Benchmark
    public ClinicalNote endToEnd() {
        return generator.generate(transcript, request);
    }
}
