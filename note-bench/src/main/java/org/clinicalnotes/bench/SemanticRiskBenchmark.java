package org.clinicalnotes.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.risk.SemanticHit;
import org.clinicalnotes.risk.SemanticRiskMatcher;
import org.clinicalnotes.semantic.SemanticRisk;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-threaded cost of the semantic risk matcher (note-semantic: quantized all-MiniLM-L6-v2 on ONNX
 * Runtime with one intra-op thread, plus the exemplar comparison), in milliseconds per sentence. The model
 * loads and the bank is embedded in the set-up, so neither is measured.
 *
 * <pre>
 * ./mvnw -q -B package -pl note-bench -am -DskipTests
 * java -jar note-bench/target/benchmarks.jar SemanticRiskBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SemanticRiskBenchmark {

    /** Sixteen sentences of the kind a visit holds: mostly ordinary, a few with risk, one idiom. */
    static final List<String> SIXTEEN = List.of(
            "so what brings you in today",
            "i've been having a lot of trouble sleeping for the last month or so",
            "my back has been hurting since i moved apartments",
            "i take the blood pressure pill every morning with breakfast",
            "have you had any thoughts of hurting yourself or ending your life",
            "sometimes i wish i could just go to sleep and not wake up",
            "work has been crazy and honestly this job is killing me",
            "i drink maybe three or four beers on a friday night",
            "my husband gets angry and last week he grabbed me by the neck",
            "no chest pain, no shortness of breath",
            "i stopped the sertraline because it made me feel sick",
            "my daughter is starting college in the fall and i'm worried about money",
            "when i tried to quit drinking last year i had a seizure",
            "okay that makes sense",
            "we'll get some labs today and see you back in two weeks",
            "i've been feeling down and i don't enjoy things anymore");

    static final List<String> ONE = List.of("sometimes i wish i could just go to sleep and not wake up");

    SemanticRiskMatcher matcher;

    /** Loads the model and embeds the bank (the first match does both). */
    @Setup
    public void setUp() {
        matcher = SemanticRisk.matcher();
        matcher.match(SIXTEEN);
    }

    /** A batch of sixteen sentences; the score is per sentence. */
    @Benchmark
    @OperationsPerInvocation(16)
    public List<List<SemanticHit>> batchOf16() {
        return matcher.match(SIXTEEN);
    }

    /** One sentence alone. */
    @Benchmark
    public List<List<SemanticHit>> oneSentence() {
        return matcher.match(ONE);
    }
}
