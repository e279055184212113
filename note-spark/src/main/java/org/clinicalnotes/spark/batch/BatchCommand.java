package org.clinicalnotes.spark.batch;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.spark.AnalyzeSession;
import org.clinicalnotes.spark.ClinicalTransformer;
import org.clinicalnotes.spark.Deidentify;
import org.clinicalnotes.spark.GenerateNote;
import org.clinicalnotes.spark.ScreenRisk;
import org.clinicalnotes.spark.internal.Codes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code batch --input PATH --output PATH [--task ...] [--master ...] [--json] ...}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Reads a folder of transcripts (any supported format, mixed), a JSON Lines file or folder "
                + "({\"id\", \"text\"} or {\"id\", \"transcript\": [turns]} per line) or Parquet (columns id, text), "
                + "runs the chosen task and writes one row per input document with status OK or ERROR.",
            "Output: Parquet (id, status, error, and the task's columns), or JSON Lines part files with --json."})
final class BatchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Folder of transcript files, JSON Lines file or folder, or Parquet; any Hadoop path.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Output folder; must not exist.")
    String output;

    @Option(names = "--task", defaultValue = "all", paramLabel = "TASK",
            description = "deid, notes, analyze, risk or all (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[*]; default: what spark-submit set, else local[*].")
    String master;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "Transcript format: auto, tagged, speaker-colon, webvtt, json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--input-type", defaultValue = "auto", paramLabel = "TYPE",
            description = "auto, files, jsonl or parquet (default: ${DEFAULT-VALUE}: from the names).")
    String inputType;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Repartition the input into N partitions (default: as read).")
    int partitions;

    @Option(names = "--json", description = "Write JSON Lines part files instead of Parquet.")
    boolean json;

    @Option(names = "--template", defaultValue = "soap", paramLabel = "ID",
            description = "Note template (default: ${DEFAULT-VALUE}).")
    String template;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for surrogates, date shifts and note ids; "
            + "give the same seed to reproduce a run (keep it secret). Default: random per run.")
    Long seed;

    @Option(names = "--created-at", paramLabel = "INSTANT",
            description = "Creation time written into notes (ISO-8601); default: the start of the run.")
    String createdAt;

    @Option(names = "--bundles", description = "With the notes task: also write each note's FHIR R4 transaction "
            + "bundle (column bundle). The Patient id comes from the input (JSON Lines \"patientId\", Parquet column "
            + "patientId) or from --patient-id; a row without one gets error CN-3711.")
    boolean bundles;

    @Option(names = "--patient-id", paramLabel = "ID",
            description = "FHIR Patient id for the rows whose input gives none (e.g. a folder of one client's sessions).")
    String patientId;

    @Option(names = "--max-input-bytes", defaultValue = "5242880", paramLabel = "BYTES",
            description = "Largest document accepted (default: ${DEFAULT-VALUE}).")
    long maxInputBytes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> tasks = tasks(task);
        if (maxInputBytes <= 0 || partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-input-bytes must be positive and --partitions not negative");
        }
        if ((bundles || patientId != null) && !tasks.contains("notes")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bundles and --patient-id need the notes task (--task notes or all)");
        }
        if (patientId != null && !bundles) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--patient-id is used only with --bundles");
        }
        long t0 = System.nanoTime();
        SparkConf conf = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName("clinical-notes batch").config(conf);
        if (master != null) {
            b.master(master);
        } else if (!conf.contains("spark.master")) {
            b.master("local[*]");
        }
        boolean owned = SparkSession.getDefaultSession().isEmpty();   // a session we did not start stays up
        SparkSession spark = b.getOrCreate();
        try {
            if (owned) {
                spark.sparkContext().setLogLevel("WARN");
            }
            Progress progress = new Progress(out);
            spark.sparkContext().addSparkListener(progress);
            try {
                return run(spark, tasks, out, t0);
            } finally {
                spark.sparkContext().removeSparkListener(progress);
            }
        } finally {
            if (owned) {
                spark.stop();
            }
        }
    }

    private int run(SparkSession spark, List<String> tasks, PrintWriter out, long t0) throws IOException {
        Path in = new Path(input);
        FileSystem fs = in.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(in)) {
            throw new BadInputException(Codes.BAD_INPUT_PATH, input, "the input does not exist",
                    "Give a folder of transcripts, a JSON Lines file or Parquet.");
        }
        Path outPath = new Path(output);
        FileSystem outFs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (outFs.exists(outPath)) {
            throw new BadInputException(Codes.BAD_OUTPUT_PATH, output, "the output exists already",
                    "Choose a new output folder or remove the old one.");
        }
        BatchInputs.Kind kind = BatchInputs.detect(fs, in, inputType);
        Dataset<Row> data = BatchInputs.read(spark, fs, kind, fs.makeQualified(in), maxInputBytes);
        if (partitions > 0) {
            data = data.repartition(partitions);
        }
        if (patientId != null) {
            data = data.withColumn(BatchInputs.PATIENT_ID, org.apache.spark.sql.functions.coalesce(
                    col(BatchInputs.PATIENT_ID), org.apache.spark.sql.functions.lit(patientId)));
        }
        long rowsIn = data.count();
        out.println("[batch] " + rowsIn + " documents from " + input + " (" + kind.name().toLowerCase(Locale.ROOT)
                + "), task " + String.join("+", tasks) + ", master " + spark.sparkContext().master());

        long s = seed != null ? seed : new java.security.SecureRandom().nextLong();
        String created = createdAt != null ? createdAt : Instant.now().toString();
        List<String> keep = new ArrayList<>(List.of("id", "status", "error"));
        for (PipelineStage stage : stages(tasks, keep)) {
            ClinicalTransformer<?> t = (ClinicalTransformer<?>) stage;
            t.setFormat(format).setMaxInputBytes(maxInputBytes).setSeed(s).setCreatedAt(created);
            data = t.transform(data);
        }
        Dataset<Row> result = data.select(keep.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));
        if (json) {
            result.map(new JsonLine(), Encoders.STRING()).write().text(output);
        } else {
            result.write().parquet(output);
        }
        StructType statusOnly = new StructType().add("status", DataTypes.StringType)
                .add("error", new StructType().add("code", DataTypes.StringType));
        Dataset<Row> written = json ? spark.read().schema(statusOnly).json(output)
                : spark.read().parquet(output).select("status", "error.code");
        List<Row> counts = (json ? written.select(col("status"), col("error.code").as("code")) : written)
                .groupBy("status", "code").count().orderBy("status", "code").collectAsList();
        long rowsOut = 0;
        long ok = 0;
        StringBuilder byCode = new StringBuilder();
        for (Row r : counts) {
            long n = r.getLong(2);
            rowsOut += n;
            if ("OK".equals(r.getString(0))) {
                ok += n;
            } else {
                byCode.append(byCode.length() == 0 ? "" : ", ").append(r.getString(1)).append(' ').append(n);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "[batch] done: %d in, %d out: OK %d, ERROR %d%s in %.1f s -> %s (%s)%n", rowsIn,
                rowsOut, ok, rowsOut - ok, byCode.length() == 0 ? "" : " (" + byCode + ")", secs, output,
                json ? "JSON Lines" : "Parquet");
        return rowsIn == rowsOut ? 0 : 1;
    }

    private static List<String> tasks(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "all" -> List.of("deid", "notes", "risk", "analyze");
            case "deid", "notes", "risk", "analyze" -> List.of(value.toLowerCase(Locale.ROOT));
            default -> throw new ConfigurationException(Codes.BAD_SETTING, "unknown task '" + value
                    + "'; use deid, notes, analyze, risk or all");
        };
    }

    private List<PipelineStage> stages(List<String> tasks, List<String> keep) {
        List<PipelineStage> out = new ArrayList<>();
        for (String t : tasks) {
            switch (t) {
                case "deid" -> {
                    out.add(new Deidentify());
                    keep.add("deidentified");
                }
                case "notes" -> {
                    GenerateNote notes = new GenerateNote().setTemplate(template);
                    out.add(notes);
                    keep.add("note");
                    if (bundles) {
                        notes.setBundleCol("bundle").setPatientIdCol(BatchInputs.PATIENT_ID);
                        keep.add("bundle");
                    }
                }
                case "risk" -> {
                    out.add(new ScreenRisk());
                    keep.add("riskFlags");
                    keep.add("measures");
                }
                default -> {
                    out.add(new AnalyzeSession());
                    keep.add("analysis");
                }
            }
        }
        return out;
    }

}
