package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.render.NoteMarkdown;
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
 * Single-threaded throughput of the note checks and of Markdown rendering on the same ACI-Bench-sized
 * encounter as {@link PipelineBenchmark} (grounding and note.json are measured there).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ChecksAndRenderBenchmark {

    Transcript transcript;
    NoteTemplate template;
    NoteModel.Draft draft;
    ClinicalNote note;
    NoteCheck grounding;
    NoteCheck completeness;
    NoteCheck.Context context;

    /** Drafts the fixture once. */
    @Setup
    public void setUp() throws IOException {
        String text;
        try (InputStream in = ChecksAndRenderBenchmark.class.getResourceAsStream("/bench/aci-bench-train-D2N044.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        transcript = TranscriptReader.defaults().read(text, "D2N044");
        template = TemplateRegistry.builtIn().get("soap");
        OfflineNoteModel model = OfflineNoteModel.create();
        draft = model.draft(transcript, template);
        note = NoteGenerator.builder().model(model).build().generate(transcript,
                NoteRequest.builder().template("soap").noteId("bench").build());
        grounding = NoteCheck.grounding();
        completeness = NoteCheck.completeness();
        context = new NoteCheck.Context(transcript, template, false);
    }

    /** The completeness check alone. */
    @Benchmark
    public NoteCheck.Result completenessCheck() {
        return completeness.check(draft.sections(), context);
    }

    /** Both default checks, as the generator runs them. */
    @Benchmark
    public List<NoteCheck.Result> allChecks() {
        return List.of(grounding.check(draft.sections(), context), completeness.check(draft.sections(), context));
    }

    /** note.md rendering. */
    @Benchmark
    public String noteMarkdown() {
        return NoteMarkdown.render(note, template);
    }
}
