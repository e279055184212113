package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.analysis.AnalysisHtml;
import org.clinicalnotes.analysis.AnalysisJson;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.analysis.Tone;
import org.clinicalnotes.analysis.ToneScorer;
import org.clinicalnotes.note.RiskFlag;
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
 * Session analytics on the ACI-Bench-sized fixture, without the semantic module: what {@code generate --analyze}
 * adds to a note (the analysis with the note's risk flags, no second screen), the analysis with its own lexical risk
 * screen, the renderers, and the tone of one utterance. Average time per transcript, one thread.
 *
 * <pre>
 * java -jar note-bench/target/benchmarks.jar SessionAnalyzerBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SessionAnalyzerBenchmark {

    Transcript transcript;
    SessionAnalyzer analyzer;
    List<RiskFlag> flags;
    SessionAnalysis analysis;
    String utterance;

    /** Loads the fixture and builds the analyzer. */
    @Setup
    public void setUp() throws IOException {
        String text;
        try (InputStream in = SessionAnalyzerBenchmark.class.getResourceAsStream("/bench/aci-bench-train-D2N044.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        transcript = TranscriptReader.defaults().read(text, "D2N044");
        analyzer = SessionAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
        flags = RiskScreen.lexical().screen(transcript);
        analysis = analyzer.analyze(transcript, flags);
        utterance = transcript.utterances().get(transcript.size() / 2).text();
    }

    /** What generate --analyze adds: the analysis with the note's risk flags. */
    @Benchmark
    public SessionAnalysis analyzeWithKnownFlags() {
        return analyzer.analyze(transcript, flags);
    }

    /** The analysis with its own lexical risk screen (the analyze command). */
    @Benchmark
    public SessionAnalysis analyzeWithScreen() {
        return analyzer.analyze(transcript);
    }

    /** analysis.json and analysis.html. */
    @Benchmark
    public int render() {
        return AnalysisJson.write(analysis).length() + AnalysisHtml.render(analysis, transcript).length();
    }

    /** The tone of one utterance. */
    @Benchmark
    public Tone toneOfOneUtterance() {
        return ToneScorer.shared().score(utterance);
    }
}
