package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
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
 * Single-threaded throughput of the offline pipeline on one ACI-Bench-sized encounter (6.2 KB, 1,204
 * words; see {@code bench/README.md}).
 *
 * <p>{@code end_to_end} is what the project's goal (1,000 transcripts per second on one core) is
 * measured on: read the text, draft with the offline model, run the default checks, build the note.
 *
 * <pre>
 * ./mvnw -q -B package -pl note-bench -am -DskipTests
 * java -jar note-bench/target/benchmarks.jar                                 # full
 * java -jar note-bench/target/benchmarks.jar -f 1 -wi 2 -w 2s -i 3 -r 2s     # quick, under a minute
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PipelineBenchmark {

    String text;
    Transcript transcript;
    TranscriptReader reader;
    OfflineNoteModel model;
    NoteTemplate template;
    NoteGenerator generator;
    NoteRequest request;
    NoteModel.Draft draft;
    ClinicalNote note;
    NoteCheck grounding;

    /** Loads the fixture and builds the pipeline once. */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = PipelineBenchmark.class.getResourceAsStream("/bench/aci-bench-train-D2N044.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        reader = TranscriptReader.defaults();
        transcript = reader.read(text, "D2N044");
        model = OfflineNoteModel.create();
        template = TemplateRegistry.builtIn().get("soap");
        generator = NoteGenerator.builder().model(model).build();
        request = NoteRequest.builder().template("soap").noteId("bench").build();
        draft = model.draft(transcript, template);
        note = generator.generate(transcript, request);
        grounding = NoteCheck.grounding();
    }

    /** Reading: text to Transcript. */
    @Benchmark
    public Transcript read() {
        return reader.read(text, "D2N044");
    }

    /** The offline model alone. */
    @Benchmark
    public NoteModel.Draft offlineModel() {
        return model.draft(transcript, template);
    }

    /** The grounding check on a drafted note. */
    @Benchmark
    public Object groundingCheck() {
        return grounding.check(draft.sections(), new NoteCheck.Context(transcript, template, false));
    }

    /** note.json serialisation. */
    @Benchmark
    public String noteJson() {
        return NoteJson.write(note);
    }

    /** Read, draft, check: text in, ClinicalNote out. */
    @Benchmark
    public ClinicalNote endToEnd() {
        return generator.generate(reader.read(text, "D2N044"), request);
    }
}
