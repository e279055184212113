package org.clinicalnotes.spark.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.analysis.AnalysisJson;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.deid.DeidentifiedTranscript;
import org.clinicalnotes.deid.PhiSpan;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.deid.internal.SourceOffsets;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.measure.internal.MeasureExtractor;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptFormat;
import org.clinicalnotes.transcript.TranscriptReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK objects one executor JVM uses: reader, generator, risk screen, analyzer, de-identifier. Built once per
 * JVM and per {@link StageSettings} (lazily, on the first row), shared by every task thread: each object is
 * immutable and thread-safe. Per row only the surrogate seed changes.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Map<StageSettings, Engine> ENGINES = new ConcurrentHashMap<>();
    private static final int MAX_ENGINES = 16;

    /** Source name given to the SDK for every row: errors name the row this way, never by its content or key. */
    static final String SOURCE = "row";

    private final StageSettings settings;
    private final TranscriptReader reader;
    private final NoteGenerator generator;
    private final NoteGenerator.DeidentificationPolicy policy;
    private final RiskScreen screen;
    private final SessionAnalyzer analyzer;
    private final SafeHarborDeidentifier deid;
    private final MeasureExtractor measures;
    private final LocalDate encounterDate;
    private final NoteBundles bundles;

    private Engine(StageSettings s) {
        this.settings = s;
        this.reader = TranscriptReader.builder().format(parseFormat(s.format())).maxBytes(s.maxInputBytes()).build();
        this.policy = parsePolicy(s.deidentification());
        this.screen = RiskScreen.create();
        this.deid = SafeHarborDeidentifier.create();
        Instant created = Instant.ofEpochMilli(s.createdAtMillis());
        this.generator = NoteGenerator.builder().riskScreen(screen).deidentifier(deid).deidentification(policy)
                .clock(Clock.fixed(created, ZoneOffset.UTC)).build();
        this.analyzer = SessionAnalyzer.builder().riskScreen(screen).build();
        this.measures = MeasureExtractor.create();
        this.encounterDate = LocalDate.ofInstant(created, ZoneOffset.UTC);
        this.bundles = s.bundle() ? new NoteBundles() : null;
        // fail fast on an unknown template, once, rather than on every row
        generator.templates().get(s.template());
    }

    /**
     * @param settings the stage's settings
     * @return this JVM's engine for those settings, built on first use
     */
    public static Engine get(StageSettings settings) {
        Engine e = ENGINES.get(settings);
        if (e != null) {
            return e;
        }
        if (ENGINES.size() >= MAX_ENGINES) {
            // a long-lived JVM that saw many settings (each unset createdAt is new): keep memory bounded
            ENGINES.clear();
        }
        return ENGINES.computeIfAbsent(settings, s -> {
            long t0 = System.nanoTime();
            Engine built = new Engine(s);
            LOG.info("clinical-notes engine built in {} ms (template {}, format {})",
                    (System.nanoTime() - t0) / 1_000_000, s.template(), s.format());
            return built;
        });
    }

    /** @return how many engines this JVM holds (one per distinct settings) */
    public static int count() {
        return ENGINES.size();
    }

    /**
     * Checks settings on the driver, before any row is read.
     *
     * @param settings the settings
     * @throws ConfigurationException when the format, policy or template is unknown
     */
    public static void validate(StageSettings settings) {
        parseFormat(settings.format());
        parsePolicy(settings.deidentification());
        TemplateRegistry.builtIn().get(settings.template());
    }

    /**
     * Runs one stage on one row. Never throws for the row's content: a bad row comes back with an error.
     *
     * @return {@code Row(value, error)} where error is {@code Row(code, message, stage)} or null
     */
    Row run(StageKind kind, Object input, String key, String patientId, long seed) {
        if (input == null) {
            return failed(kind, Codes.NO_INPUT, "the row has no input (the input column is null)");
        }
        if (kind == StageKind.NOTES && bundles != null && !NoteBundles.validId(patientId)) {
            return failed(kind, Codes.NO_PATIENT, "the FHIR bundle needs the row's FHIR Patient id (1 to 64 "
                    + "letters, digits, '-' or '.'); the patient id column is empty or not a FHIR id");
        }
        try {
            Transcript t = input instanceof byte[] b ? reader.read(b, SOURCE) : reader.read(input.toString(), SOURCE);
            Object value = switch (kind) {
                case DEID -> deidentify(t, input, key, seed);
                case NOTES -> note(t, input, key, patientId, seed);
                case RISK -> risk(t);
                case ANALYZE -> AnalysisJson.write(analyzer.analyze(t));
            };
            return RowFactory.create(value, null);
        } catch (ClinicalNotesException e) {
            return failed(kind, e.code(), stripCode(e));
        } catch (StackOverflowError e) {
            return failed(kind, Codes.STACK, "the text matcher ran out of stack on this row (a very long run of "
                    + "one repeated word or symbol); split the longest turn");
        } catch (RuntimeException e) {
            // The message of an unexpected exception may quote text: only its type is kept.
            return failed(kind, Codes.UNEXPECTED, "unexpected " + e.getClass().getSimpleName()
                    + " in stage " + kind.name().toLowerCase(Locale.ROOT) + "; report it with the row id");
        }
    }

    private Row deidentify(Transcript t, Object input, String key, long seed) {
        // one de-identifier (and scanner) per executor; the row's seed goes with the call
        DeidentifiedTranscript dt = deid.deidentify(t, RowKeys.rowSeed(seed, key, input));
        String source = input instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : input.toString();
        if (!source.isEmpty() && source.charAt(0) == '\uFEFF') {
            source = source.substring(1);
        }
        List<PhiSpan> spans;
        try {
            spans = SourceOffsets.toSource(source, t, dt);
        } catch (IllegalStateException e) {
            throw new ConfigurationException(Codes.UNMAPPABLE, "cannot map the de-identified transcript back to "
                    + "the row's text; convert it to tagged lines ([doctor] ...)");
        }
        List<Row> rows = new ArrayList<>(spans.size());
        for (PhiSpan s : spans) {
            rows.add(RowFactory.create(s.start(), s.end(), s.category().name(), s.surrogate()));
        }
        return RowFactory.create(SourceOffsets.replace(source, spans), rows);
    }

    private Row note(Transcript t, Object input, String key, String patientId, long seed) {
        NoteRequest req = NoteRequest.builder().template(settings.template()).noteId(RowKeys.noteId(seed, key, input))
                .build();
        NoteGenerator g = generator;
        if (policy == NoteGenerator.DeidentificationPolicy.ALWAYS) {
            g = generator.toBuilder().deidentifier(deid.toBuilder().seed(RowKeys.rowSeed(seed, key, input)).build())
                    .build();
        }
        ClinicalNote note = g.generate(t, req);
        return RowFactory.create(NoteJson.write(note), bundles == null ? null
                : bundles.bundle(note, patientId, generator.templates().get(settings.template())));
    }

    private Row risk(Transcript t) {
        List<Row> flags = new ArrayList<>();
        for (RiskFlag f : screen.screen(t)) {
            flags.add(RowFactory.create(f.kind().name(), f.status().name(), f.severity().name(),
                    f.cssrs() == null ? null : f.cssrs().name(),
                    f.perpetrator() == null ? null : f.perpetrator().name(), f.evidence(), f.safetyActions()));
        }
        List<Row> ms = new ArrayList<>();
        for (MeasureScore m : measures.extract(t, encounterDate)) {
            ms.add(RowFactory.create(m.instrument(), m.value(), m.unit(), m.interpretation(), m.evidence()));
        }
        return RowFactory.create(flags, ms);
    }

    static Row failed(StageKind kind, String code, String message) {
        return RowFactory.create(null, RowFactory.create(code, message, kind.name().toLowerCase(Locale.ROOT)));
    }

    private static String stripCode(ClinicalNotesException e) {
        String m = e.getMessage();
        String prefix = e.code() + ": ";
        return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : String.valueOf(m);
    }

    static TranscriptFormat parseFormat(String value) {
        return TranscriptFormat.fromName(value).orElseThrow(() -> new ConfigurationException(Codes.BAD_SETTING,
                "unknown transcript format '" + value + "'; use auto, tagged, speaker-colon, webvtt or json"));
    }

    static NoteGenerator.DeidentificationPolicy parsePolicy(String value) {
        try {
            return NoteGenerator.DeidentificationPolicy.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Codes.BAD_SETTING, "unknown de-identification policy '" + value
                    + "'; use remote-only, always or disabled");
        }
    }
}
