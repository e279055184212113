package org.clinicalnotes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteBundle;
import org.clinicalnotes.fhir.NoteFhirMapper;
import org.clinicalnotes.fhir.NoteResources;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
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
 * FHIR output for the same ACI-Bench-sized encounter as {@link PipelineBenchmark}: note to
 * DocumentReference + Device + Provenance ({@code map}), and note to transaction-bundle JSON
 * ({@code noteToBundleJson}, what {@code generate --patient-id} does per note). Compare with
 * {@code PipelineBenchmark.endToEnd}: FHIR must not dominate the offline pipeline.
 *
 * <pre>
 * java -jar note-bench/target/benchmarks.jar Fhir -f 1 -wi 2 -w 2s -i 3 -r 2s     # quick
 * </pre>
 *
 * <p>HAPI's encoder is a lot of code for the JIT: on a busy machine a few seconds of warm-up still
 * measure the interpreter (hundreds of ops/s); use {@code -wi 6 -w 4s} there. Steady state is about
 * 4,500 ops/s (220 µs per note) on one core: HAPI's reflective JSON encoding plus its base64 encoding
 * of the attachments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FhirBenchmark {

    ClinicalNote note;
    NoteFhirMapper mapper;
    FhirReferences refs;

    /** Generates the note once and builds the mapper. */
    @Setup
    public void setUp() throws IOException {
        String text;
        try (InputStream in = FhirBenchmark.class.getResourceAsStream("/bench/aci-bench-train-D2N044.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        note = NoteGenerator.builder().build().generate(TranscriptReader.defaults().read(text, "D2N044"),
                NoteRequest.builder().template("soap").noteId("bench").build());
        mapper = NoteFhirMapper.create();
        refs = FhirReferences.builder().patientId("bench-patient").encounterId("bench-encounter").build();
    }

    /** Note to HAPI resources. */
    @Benchmark
    public NoteResources map() {
        return mapper.map(note, refs);
    }

    /** Note to pretty-printed transaction-bundle JSON. */
    @Benchmark
    public String noteToBundleJson() {
        return NoteBundle.of(mapper.map(note, refs)).toJson(NoteBundle.Type.TRANSACTION);
    }
}
