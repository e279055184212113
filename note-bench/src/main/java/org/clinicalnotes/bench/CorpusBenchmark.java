package org.clinicalnotes.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.eval.aci.AciBenchSplits;
import org.clinicalnotes.eval.run.EvalCase;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteBundle;
import org.clinicalnotes.fhir.NoteFhirMapper;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.measure.internal.MeasureExtractor;
import org.clinicalnotes.measure.internal.MedicationExtractor;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.template.VisitKind;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-stage cost over the whole ACI-Bench corpus (the 167 dialogues of train, valid, test1 and test2; 1.08 MB):
 * one operation is one pass over all of them, so transcripts per second = 167 / (seconds per operation). Reads
 * the corpus from {@code -Dbench.aci=DIR} (default {@code ../shared/data/aci-bench}, relative to the directory
 * the benchmark is started from).
 *
 * <pre>
 * java -jar note-bench/target/benchmarks.jar CorpusBenchmark -f 1 -wi 3 -w 3s -i 5 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CorpusBenchmark {

    List<String> texts;
    List<Transcript> transcripts;
    List<NoteTemplate> templates;
    List<ClinicalNote> notes;
    TranscriptReader reader;
    OfflineNoteModel model;
    NoteGenerator generator;
    RiskScreen risk;
    SafeHarborDeidentifier deid;
    NoteFhirMapper mapper;
    FhirReferences refs;

    /** Loads the corpus and drafts every note once. */
    @Setup
    public void setUp() {
        Path dir = Path.of(System.getProperty("bench.aci", "../shared/data/aci-bench"));
        texts = new ArrayList<>();
        for (String split : AciBenchSplits.SPLITS) {
            for (EvalCase c : AciBenchSplits.load(dir, split).cases()) {
                texts.add(c.dialogue());
            }
        }
        reader = TranscriptReader.defaults();
        model = OfflineNoteModel.create();
        risk = RiskScreen.lexical();
        generator = NoteGenerator.builder().model(model).riskScreen(risk).build();
        deid = SafeHarborDeidentifier.builder().seed(1).build();
        mapper = NoteFhirMapper.create();
        refs = FhirReferences.builder().patientId("bench-patient").encounterId("bench-encounter").build();
        transcripts = new ArrayList<>();
        templates = new ArrayList<>();
        notes = new ArrayList<>();
        TemplateRegistry registry = TemplateRegistry.builtIn();
        for (int i = 0; i < texts.size(); i++) {
            Transcript t = reader.read(texts.get(i), "c" + i);
            transcripts.add(t);
            NoteTemplate template = registry.get(VisitKind.detect(t).templateId());
            templates.add(template);
            notes.add(generator.generate(t, NoteRequest.builder().template(template).noteId("c" + i).build()));
        }
    }

    /** Text to Transcript. */
    @Benchmark
    public void read(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(reader.read(texts.get(i), "c"));
        }
    }

    /** The offline model's draft. */
    @Benchmark
    public void offlineModel(Blackhole bh) {
        for (int i = 0; i < transcripts.size(); i++) {
            bh.consume(model.draft(transcripts.get(i), templates.get(i)));
        }
    }

    /** The lexical risk screen (owned by the risk engineer; measured here for the end-to-end budget). */
    @Benchmark
    public void riskScreen(Blackhole bh) {
        for (Transcript t : transcripts) {
            bh.consume(risk.findings(t));
        }
    }

    /** Scores and vitals. */
    @Benchmark
    public void measures(Blackhole bh) {
        LocalDate day = LocalDate.of(2026, 1, 2);
        for (Transcript t : transcripts) {
            bh.consume(MeasureExtractor.create().extract(t, day));
        }
    }

    /** Medication mentions. */
    @Benchmark
    public void medications(Blackhole bh) {
        for (Transcript t : transcripts) {
            bh.consume(MedicationExtractor.create().extract(t));
        }
    }

    /** Safe Harbor de-identification of each whole transcript (MB/s = 1.08 MB / seconds per op). */
    @Benchmark
    public void deidentify(Blackhole bh) {
        for (Transcript t : transcripts) {
            bh.consume(deid.redact(t));
        }
    }

    /** Note to transaction-bundle JSON. */
    @Benchmark
    public void fhirBundle(Blackhole bh) {
        for (ClinicalNote n : notes) {
            bh.consume(NoteBundle.of(mapper.map(n, refs)).toJson(NoteBundle.Type.TRANSACTION));
        }
    }

    /** Read, pick the template, draft, screen, check, measures, medications: text in, ClinicalNote out. */
    @Benchmark
    public void endToEnd(Blackhole bh) {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        for (int i = 0; i < texts.size(); i++) {
            Transcript t = reader.read(texts.get(i), "c");
            bh.consume(generator.generate(t, NoteRequest.builder()
                    .template(registry.get(VisitKind.detect(t).templateId())).noteId("c").build()));
        }
    }
}
