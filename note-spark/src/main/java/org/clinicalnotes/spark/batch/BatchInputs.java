package org.clinicalnotes.spark.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.spark.internal.Codes;
import org.clinicalnotes.spark.internal.RowKeys;
import org.clinicalnotes.spark.internal.Schemas;

/**
 * Reads the batch input as rows {@code (id, text, error, patientId)}: {@code text} is string or binary, {@code error}
 * is set (and {@code text} null) for a line or file that cannot be used at all, so that it still gets an output row;
 * {@code patientId} is the FHIR Patient id a JSON Lines line ({@code "patientId"}) or a Parquet column of that name
 * gives, else null.
 */
final class BatchInputs {

    /** The input column with each row's FHIR Patient id (null when the input gives none). */
    static final String PATIENT_ID = "patientId";

    /** What the input holds. */
    enum Kind { FILES, JSONL, PARQUET }

    private BatchInputs() {
    }

    /** Decides the kind of input from its name and, for a folder, its top-level files. */
    static Kind detect(FileSystem fs, Path path, String requested) throws IOException {
        switch (requested.toLowerCase(Locale.ROOT)) {
            case "files":
                return Kind.FILES;
            case "jsonl":
                return Kind.JSONL;
            case "parquet":
                return Kind.PARQUET;
            case "auto":
                break;
            default:
                throw new ConfigurationException(Codes.BAD_SETTING, "unknown input type '" + requested
                        + "'; use auto, files, jsonl or parquet");
        }
        FileStatus st = fs.getFileStatus(path);
        if (st.isFile()) {
            return kind(path.getName());
        }
        FileStatus[] children = fs.listStatus(path, p -> !p.getName().startsWith(".") && !p.getName().startsWith("_"));
        if (children.length == 0) {
            throw new BadInputException(Codes.BAD_INPUT_PATH, path.toString(), "the input folder is empty",
                    "Point the input option at a folder of transcripts, a JSON Lines file or Parquet.");
        }
        boolean anyParquet = Arrays.stream(children).anyMatch(c -> kind(c.getPath().getName()) == Kind.PARQUET);
        boolean allJsonl = Arrays.stream(children)
                .allMatch(c -> c.isFile() && kind(c.getPath().getName()) == Kind.JSONL);
        return anyParquet ? Kind.PARQUET : allJsonl ? Kind.JSONL : Kind.FILES;
    }

    private static Kind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet")) {
            return Kind.PARQUET;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        return Kind.FILES;
    }

    static Dataset<Row> read(SparkSession spark, FileSystem fs, Kind kind, Path qualified, long maxBytes)
            throws IOException {
        String p = qualified.toString();
        return switch (kind) {
            case FILES -> files(spark, p, maxBytes).unionByName(emptyFiles(spark, fs, qualified));
            case JSONL -> jsonLines(spark, p);
            case PARQUET -> parquet(spark, p);
        };
    }

    private static Dataset<Row> files(SparkSession spark, String root, long maxBytes) {
        Dataset<Row> raw = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(root);
        String prefix = root.endsWith("/") ? root : root + "/";
        org.apache.spark.sql.expressions.UserDefinedFunction rel = org.apache.spark.sql.functions.udf(
                (UDF1<String, String>) path -> path.startsWith(prefix) ? path.substring(prefix.length())
                        : path.substring(path.lastIndexOf('/') + 1), DataTypes.StringType).withName("relative_path");
        org.apache.spark.sql.Column tooLarge = col("length").gt(maxBytes);
        return raw.select(rel.apply(col("path")).as("id"),
                when(tooLarge, lit(null).cast(DataTypes.BinaryType)).otherwise(col("content")).as("text"),
                when(tooLarge, struct(lit(Codes.TOO_LARGE).as("code"),
                        org.apache.spark.sql.functions.concat(lit("row: the file is "), col("length").cast("string"),
                                lit(" bytes, over the limit of " + maxBytes + " bytes")).as("message"),
                        lit("read").as("stage"))).otherwise(lit(null).cast(Schemas.ERROR)).as("error"),
                lit(null).cast(DataTypes.StringType).as(PATIENT_ID));
    }

    /** Spark's file reader skips empty files; they still get a row, with an error. */
    private static Dataset<Row> emptyFiles(SparkSession spark, FileSystem fs, Path root) throws IOException {
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        java.util.List<Row> rows = new java.util.ArrayList<>();
        org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            org.apache.hadoop.fs.LocatedFileStatus st = it.next();
            String name = st.getPath().getName();
            if (st.getLen() == 0 && !name.startsWith(".") && !name.startsWith("_")) {
                String path = st.getPath().toString();
                String id = path.startsWith(prefix) ? path.substring(prefix.length()) : name;
                rows.add(RowFactory.create(id, null, RowFactory.create(Codes.EMPTY_FILE, "row: the file is empty",
                        "read"), null));
            }
        }
        StructType schema = new StructType().add("id", DataTypes.StringType, false)
                .add("text", DataTypes.BinaryType, true).add("error", Schemas.ERROR, true)
                .add(PATIENT_ID, DataTypes.StringType, true);
        return spark.createDataFrame(rows, schema);
    }

    private static Dataset<Row> parquet(SparkSession spark, String path) {
        Dataset<Row> raw = spark.read().parquet(path);
        StructType s = raw.schema();
        for (String c : new String[] {"id", "text"}) {
            if (!Arrays.asList(s.fieldNames()).contains(c)) {
                throw new BadInputException(Codes.BAD_INPUT_PATH, path, "the Parquet input has no '" + c
                        + "' column", "Give it columns id (string) and text (string or binary).");
            }
        }
        org.apache.spark.sql.Column patient = Arrays.asList(s.fieldNames()).contains(PATIENT_ID)
                ? col(PATIENT_ID).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
        return raw.select(col("id").cast(DataTypes.StringType).as("id"), col("text"),
                lit(null).cast(Schemas.ERROR).as("error"), patient.as(PATIENT_ID));
    }

    private static Dataset<Row> jsonLines(SparkSession spark, String path) {
        StructType parsed = new StructType().add("id", DataTypes.StringType, false)
                .add("text", DataTypes.StringType, true).add("error", Schemas.ERROR, true)
                .add(PATIENT_ID, DataTypes.StringType, true);
        org.apache.spark.sql.expressions.UserDefinedFunction parse = org.apache.spark.sql.functions.udf(
                new ParseLine(), parsed).withName("parse_json_line");
        return spark.read().text(path).where(org.apache.spark.sql.functions.length(
                org.apache.spark.sql.functions.trim(col("value"))).gt(0))
                .select(parse.apply(col("value")).as("r")).select("r.id", "r.text", "r.error", "r." + PATIENT_ID);
    }

    /**
     * One JSON Lines line to {@code (id, text, error, patientId)}: {"id", "text"} or {"id", "transcript": [turns]},
     * with an optional {@code "patientId"} string.
     */
    static final class ParseLine implements UDF1<String, Row> {
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        public Row call(String line) {
            JsonNode n;
            try {
                n = MAPPER.readTree(line);
            } catch (IOException e) {
                n = null;
            }
            String fallbackId = "line-" + RowKeys.shortHash(line);
            if (n == null || !n.isObject()) {
                return bad(fallbackId, "row: the line is not a JSON object");
            }
            String id = n.path("id").isValueNode() && !n.path("id").asText().isEmpty() ? n.path("id").asText()
                    : fallbackId;
            JsonNode text = n.get("text");
            JsonNode turns = n.get("transcript");
            JsonNode patient = n.get(PATIENT_ID);
            String patientId = patient != null && patient.isTextual() ? patient.asText() : null;
            if (text != null && text.isTextual()) {
                return RowFactory.create(id, text.asText(), null, patientId);
            }
            if (turns != null && turns.isArray()) {
                return RowFactory.create(id, turns.toString(), null, patientId);
            }
            return bad(id, "row: the line has neither a \"text\" string nor a \"transcript\" array");
        }

        private static Row bad(String id, String message) {
            return RowFactory.create(id, null, RowFactory.create(Codes.BAD_LINE, message, "read"), null);
        }
    }
}
