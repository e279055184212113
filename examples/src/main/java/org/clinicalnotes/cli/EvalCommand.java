package org.clinicalnotes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.eval.aci.AciBenchSplits;
import org.clinicalnotes.eval.concept.ConceptLexicon;
import org.clinicalnotes.eval.mts.MtsDialogSplits;
import org.clinicalnotes.eval.report.EvalReport;
import org.clinicalnotes.eval.run.DraftCache;
import org.clinicalnotes.eval.run.EvalReports;
import org.clinicalnotes.eval.run.EvalRun;
import org.clinicalnotes.eval.run.EvalRunner;
import org.clinicalnotes.eval.run.EvalScores;
import org.clinicalnotes.eval.run.EvalSplit;
import org.clinicalnotes.eval.run.SpeedFigures;
import org.clinicalnotes.eval.run.SystemScore;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval --dataset aci-bench|mts-dialog --split NAME}: runs a note model over an evaluation split, prints
 * the ROUGE table beside the published systems and writes report.md, report.html and scores.json.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluates a note model on ACI-Bench (valid, test1, test2) or MTS-Dialog (TestSet-1).",
            "Prints the table beside the published systems and writes DIR/report.md, DIR/report.html and "
                    + "DIR/scores.json (replaced on every run). Model outputs are cached, so a rerun only rescores."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "DATASET",
            description = "aci-bench or mts-dialog.")
    String dataset;

    @Option(names = "--split", required = true, paramLabel = "NAME",
            description = "aci-bench: valid, test1, test2 (or train); mts-dialog: TestSet-1 (or ValidationSet).")
    String split;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", defaultValue = "offline",
            description = "Note model: offline (default), or an LLM: openai, openai-compatible, azure-openai, "
                    + "anthropic, gemini, ollama (needs --model-name). LLMs see de-identified transcripts "
                    + "(SafeHarborDeidentifier) and their surrogates are put back before scoring, as in generate.")
    String model;

    @CommandLine.Mixin
    LlmOptions llm;

    @Option(names = "--no-deid", description = "Send transcripts to a remote model without de-identification.")
    boolean noDeid;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder holding aci-bench/ and mts-dialog/ (default: $CLINICAL_NOTES_DATA, else the first of "
                    + "../shared/data, shared/data, data that exists).")
    Path data;

    /** Where eval looks for the data sets when --data is not given, after $CLINICAL_NOTES_DATA. */
    static final List<String> DATA_CANDIDATES = List.of("../shared/data", "shared/data", "data");

    /** The data folder: --data, else $CLINICAL_NOTES_DATA, else the first candidate holding the data set. */
    static Path dataFolder(Path given, String dataset, java.util.function.Function<String, String> env) {
        if (given != null) {
            return given;
        }
        String fromEnv = env.apply("CLINICAL_NOTES_DATA");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        for (String c : DATA_CANDIDATES) {
            if (Files.isDirectory(Path.of(c, dataset))) {
                return Path.of(c);
            }
        }
        throw new BadInputException("CN-1901", null, 0, "no " + dataset + " data found (looked in "
                + String.join(", ", DATA_CANDIDATES) + "): the evaluation data sets are not part of the code",
                "Download ACI-Bench and MTS-Dialog (see the README, Data and licences) and pass --data DIR, the "
                        + "folder holding aci-bench/ and mts-dialog/, or set CLINICAL_NOTES_DATA.", null);
    }

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Report folder (default: out/eval/DATASET-SPLIT).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "out/eval-cache",
            description = "Model-output cache folder (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--no-cache", description = "Draft every item again and store nothing.")
    boolean noCache;

    @Option(names = "--bench-results", paramLabel = "FILE",
            description = "JMH JSON results (benchmarks.jar -rf json -rff FILE) to include in the throughput section.")
    Path benchResults;

    @Option(names = "--cold-start", paramLabel = "FILE",
            description = "JSON written by note-bench/cold-start.sh to include in the throughput section.")
    Path coldStart;

    @Option(names = "--no-progress", description = "Do not draw the progress bar on stderr.")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        String ds = dataset.toLowerCase(Locale.ROOT);
        if (!ds.equals("aci-bench") && !ds.equals("mts-dialog")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --dataset '" + dataset + "'; use aci-bench or mts-dialog");
        }
        String modelId = model.toLowerCase(Locale.ROOT);
        if (!GenerateCommand.MODELS.contains(modelId)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --model '" + model + "'; use one of " + String.join(", ", GenerateCommand.MODELS));
        }
        // offline: the model is called directly (its published figures); remote: through NoteGenerator with
        // de-identification, so that no transcript leaves the machine with its PHI.
        NoteGenerator generator = modelId.equals("offline") ? null
                : llm.generator(modelId, noDeid, spec.commandLine());
        Path data = dataFolder(this.data, ds, System::getenv);
        if (!Files.isDirectory(data)) {
            throw new BadInputException("CN-1901", data.toString(), 0, "data folder not found",
                    "point --data at the folder that holds aci-bench/ and mts-dialog/", null);
        }
        SpeedFigures speed = SpeedFigures.read(benchResults, coldStart);
        EvalSplit evalSplit = ds.equals("aci-bench")
                ? AciBenchSplits.load(data.resolve("aci-bench"), split)
                : MtsDialogSplits.load(data.resolve("mts-dialog"), split);
        Path outDir = out != null ? out : Path.of("out", "eval", ds + "-" + evalSplit.split());
        OutputFiles files = new OutputFiles(outDir, true);
        files.checkNotExisting(List.of());

        EvalRunner.Builder builder = EvalRunner.builder();
        if (generator != null) {
            builder.generator(generator);
        } else {
            builder.model(OfflineNoteModel.create());
        }
        EvalRunner runner = builder
                // drafts of a remote model sent without de-identification differ: keep them apart
                .cache(noCache ? null : DraftCache.open(generator != null && noDeid ? cache.resolve("no-deid") : cache))
                .progress(noProgress ? null : new ProgressBar(stderr, evalSplit.name()))
                .build();
        EvalRun run = runner.run(evalSplit);
        Map<String, Map<String, String>> predictions = ds.equals("aci-bench")
                ? AciBenchSplits.publishedPredictions(data.resolve("aci-bench"), evalSplit.split()) : Map.of();
        EvalScores scores = EvalScores.of(run, ConceptLexicon.builtIn(),
                ds.equals("aci-bench") ? AciBenchSplits.SHOWN_SYSTEMS : Map.of(), predictions);
        EvalReport report = EvalReports.build(scores, speed, data);

        files.add("report.md", report.markdown()).add("report.html", report.html()).add("scores.json", json(scores));
        List<Path> written = files.commit();

        stdout.print(EvalReports.mainTable(scores).text());
        stdout.println();
        if (!scores.subBlocks().isEmpty()) {
            stdout.println(ds.equals("aci-bench") ? "ROUGE-1 per division:" : "ROUGE-1 per section header:");
            for (String b : scores.subBlocks()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s", b));
                for (SystemScore r : scores.block(b)) {
                    line.append(String.format(Locale.ROOT, "  %s %.2f", r.system(), r.rouge1()));
                }
                stdout.println(line);
            }
            stdout.println();
        }
        // PHI and risk figures (ReportSectionProviders): the first table of each, in full in the report
        for (var section : report.sections()) {
            if (EvalReports.PLUGGABLE.contains(section.id()) && !section.placeholder() && !section.tables().isEmpty()) {
                stdout.println(section.title() + ":");
                stdout.print(section.tables().get(0).text());
                stdout.println();
            }
        }
        for (var section : report.sections()) {
            if (section.id().equals("prose") && !section.tables().isEmpty()) {
                stdout.println(section.title() + ":");
                stdout.print(section.tables().get(0).text());
                stdout.println();
            }
        }
        stdout.printf(Locale.ROOT, "Grounding: %.1f%% of statements supported. %d of %d drafts from the cache.%n",
                100 * run.groundingRate(), run.cachedCount(), run.results().size());
        stdout.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        return 0;
    }

    private static String json(EvalScores scores) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("dataset", scores.run().split().dataset()).put("split", scores.run().split().split())
                .put("model", scores.run().model().id()).put("items", scores.run().results().size())
                .put("groundingRate", scores.run().groundingRate());
        ArrayNode rows = root.putArray("rows");
        for (SystemScore r : scores.rows()) {
            ObjectNode n = rows.addObject();
            n.put("system", r.system()).put("block", r.block()).put("source", r.measured() ? "measured" : "published");
            put(n, "rouge1", r.rouge1());
            put(n, "rouge2", r.rouge2());
            put(n, "rougeL", r.rougeL());
            put(n, "medcon", r.medcon());
            put(n, "conceptF1", r.conceptF1());
        }
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write scores.json", e);
        }
    }

    private static void put(ObjectNode n, String name, double v) {
        if (Double.isNaN(v)) {
            n.putNull(name);
        } else {
            n.put(name, Math.round(v * 100) / 100.0);
        }
    }

    /** A one-line progress bar on stderr, redrawn with a carriage return. */
    static final class ProgressBar implements EvalRunner.Progress {
        private final PrintWriter err;
        private final String label;
        private int cached;

        ProgressBar(PrintWriter err, String label) {
            this.err = err;
            this.label = label;
        }

        @Override
        public void update(int done, int total, boolean fromCache) {
            if (fromCache) {
                cached++;
            }
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d (%d cached)", label, "#".repeat(filled),
                    "-".repeat(width - filled), done, total, cached);
            if (done == total) {
                err.println();
            }
            err.flush();
        }
    }
}
