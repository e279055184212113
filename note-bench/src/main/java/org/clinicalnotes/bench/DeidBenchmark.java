package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.deid.Redaction;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
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
 * Single-threaded de-identification throughput on one ACI-Bench-sized encounter (6,248 bytes; see
 * {@code bench/README.md}). MB/s = ops/s × 6,248 / 1,000,000.
 *
 * <pre>
 * ./mvnw -q -B package -pl note-bench -am -DskipTests
 * java -jar note-bench/target/benchmarks.jar DeidBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class DeidBenchmark {

    /** Bytes of the fixture, for MB/s. */
    public static final int BYTES = 6248;

    Transcript transcript;
    SafeHarborDeidentifier deid;
    Redaction redaction;
    String redactedText;

    /** Loads the fixture. */
    @Setup
    public void setUp() throws IOException {
        String text;
        try (InputStream in = DeidBenchmark.class.getResourceAsStream("/bench/aci-bench-train-D2N044.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        transcript = TranscriptReader.defaults().read(text, "D2N044");
        deid = SafeHarborDeidentifier.builder().seed(1).build();
        redaction = deid.redact(transcript);
        StringBuilder sb = new StringBuilder();
        redaction.transcript().utterances().forEach(u -> sb.append(u.text()).append('\n'));
        redactedText = sb.toString();
    }

    /** Detect, make surrogates, build the redacted transcript and its vault. */
    @Benchmark
    public Redaction deidentify() {
        return deid.redact(transcript);
    }

    /** Put the originals back into the whole redacted text, checking for unexpected PHI. */
    @Benchmark
    public Object reidentify() {
        return redaction.vault().reidentifyChecked(redactedText);
    }
}
