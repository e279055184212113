package org.clinicalnotes.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.spark.internal.Codes;
import org.clinicalnotes.spark.internal.Engine;
import org.clinicalnotes.spark.internal.RowUdf;
import org.clinicalnotes.spark.internal.Schemas;
import org.clinicalnotes.spark.internal.StageKind;
import org.clinicalnotes.spark.internal.StageSettings;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * What the four clinical-notes stages share: an input column of transcript text (any supported format, or a
 * JSON array of turns; {@code string} or {@code binary}), an optional row key column, and the {@code status}
 * ({@code OK} or {@code ERROR}) and {@code error} ({@code struct<code, message, stage>}) columns that every
 * stage fills. A row that cannot be read, is too large or fails a check gets {@code status = ERROR} and a
 * typed error without PHI; it never fails the job. When several stages run in one pipeline the first error of
 * a row is kept and its status stays {@code ERROR}.
 *
 * <p>Executors build the SDK objects once per JVM from the stage's serialisable settings, on the first row, and
 * share them between task threads. The output of a row depends only on the row (its input and key), the
 * settings and the seed: it is the same on any executor, in any partitioning and on a re-run.
 *
 * <p>Instances are Spark ML parameter holders: not thread-safe while being configured; {@link #transform} may
 * be called from any thread once configured. Saved and loaded with the usual ML persistence.
 *
 * @param <T> the concrete stage, for fluent setters
 * @since 0.1.0
 */
public abstract class ClinicalTransformer<T extends ClinicalTransformer<T>> extends Transformer
        implements DefaultParamsWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> keyCol;
    private final Param<String> statusCol;
    private final Param<String> errorCol;
    private final Param<String> format;
    private final LongParam maxInputBytes;
    private final LongParam seed;
    private final Param<String> createdAt;

    /**
     * @param uid the stage's unique id; not null
     */
    protected ClinicalTransformer(String uid) {
        this.uid = uid;
        this.inputCol = new Param<>(this, "inputCol", "column of transcript text (string or binary)");
        this.keyCol = new Param<>(this, "keyCol", "column of row keys that seed surrogates and note ids; when "
                + "absent from the data, a hash of the input is the key");
        this.statusCol = new Param<>(this, "statusCol", "status column: OK or ERROR");
        this.errorCol = new Param<>(this, "errorCol", "error column: struct<code, message, stage>, null when OK");
        this.format = new Param<>(this, "format", "transcript format: auto, tagged, speaker-colon, webvtt, json");
        this.maxInputBytes = new LongParam(this, "maxInputBytes", "largest row input accepted, in bytes");
        this.seed = new LongParam(this, "seed", "seed mixed with each row key for surrogates, date shifts and "
                + "note ids; unset: a random seed per transform call");
        this.createdAt = new Param<>(this, "createdAt", "ISO-8601 instant written as the notes' creation time; "
                + "unset: the time of the transform call");
        setDefault(inputCol, "text");
        setDefault(keyCol, "id");
        setDefault(statusCol, "status");
        setDefault(errorCol, "error");
        setDefault(format, "auto");
        setDefault(maxInputBytes, (Object) TranscriptReader.DEFAULT_MAX_BYTES);
    }

    /** @return this stage, typed */
    @SuppressWarnings("unchecked")
    protected final T self() {
        return (T) this;
    }

    @Override
    public String uid() {
        return uid;
    }

    /** @return the input column parameter */
    public Param<String> inputCol() {
        return inputCol;
    }

    /** @return the row key column parameter */
    public Param<String> keyCol() {
        return keyCol;
    }

    /** @return the status column parameter */
    public Param<String> statusCol() {
        return statusCol;
    }

    /** @return the error column parameter */
    public Param<String> errorCol() {
        return errorCol;
    }

    /** @return the transcript format parameter */
    public Param<String> format() {
        return format;
    }

    /** @return the input size limit parameter */
    public LongParam maxInputBytes() {
        return maxInputBytes;
    }

    /** @return the seed parameter */
    public LongParam seed() {
        return seed;
    }

    /** @return the creation-time parameter */
    public Param<String> createdAt() {
        return createdAt;
    }

    /** @param value input column name; @return this stage */
    public T setInputCol(String value) {
        set(inputCol, value);
        return self();
    }

    /** @param value key column name; @return this stage */
    public T setKeyCol(String value) {
        set(keyCol, value);
        return self();
    }

    /** @param value status column name; @return this stage */
    public T setStatusCol(String value) {
        set(statusCol, value);
        return self();
    }

    /** @param value error column name; @return this stage */
    public T setErrorCol(String value) {
        set(errorCol, value);
        return self();
    }

    /** @param value auto, tagged, speaker-colon, webvtt or json; @return this stage */
    public T setFormat(String value) {
        set(format, value);
        return self();
    }

    /** @param value largest input in bytes, positive; @return this stage */
    public T setMaxInputBytes(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive");
        }
        set(maxInputBytes, (Object) value);
        return self();
    }

    /**
     * @param value the seed; keep it secret when output leaves the organisation: it decides the date shifts
     * @return this stage
     */
    public T setSeed(long value) {
        set(seed, (Object) value);
        return self();
    }

    /** @param value an ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}; @return this stage */
    public T setCreatedAt(String value) {
        parseInstant(value);
        set(createdAt, value);
        return self();
    }

    /** @return the input column name */
    public String getInputCol() {
        return getOrDefault(inputCol);
    }

    /** @return the status column name */
    public String getStatusCol() {
        return getOrDefault(statusCol);
    }

    /** @return the error column name */
    public String getErrorCol() {
        return getOrDefault(errorCol);
    }

    /** @return what this stage computes */
    abstract StageKind kind();

    /** @return the template id for notes (only {@link GenerateNote} has a choice) */
    String templateId() {
        return "soap";
    }

    /** @return the de-identification policy name for notes (only {@link GenerateNote} has a choice) */
    String deidentificationPolicy() {
        return "remote-only";
    }

    /** @return whether this stage also writes each note's FHIR bundle (only {@link GenerateNote} can) */
    boolean bundle() {
        return false;
    }

    /** @return the column holding each row's FHIR Patient id, when the stage needs one */
    String patientIdColumn() {
        return null;
    }

    /** @return the output fields this stage adds, besides status and error */
    abstract StructField[] outputFields();

    /**
     * @param data data with the stage's result struct in column {@code tmp} ({@code value}, {@code error})
     * @param tmp the temporary column
     * @return data with the output columns added from {@code tmp.value}
     */
    abstract Dataset<Row> addOutputs(Dataset<Row> data, String tmp);

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType schema = dataset.schema();
        transformSchema(schema);
        StageSettings settings = new StageSettings(getOrDefault(format), (Long) getOrDefault(maxInputBytes),
                templateId(), deidentificationPolicy(), isDefined(createdAt)
                        ? parseInstant(getOrDefault(createdAt)).toEpochMilli() : Instant.now().toEpochMilli(), bundle());
        Engine.validate(settings);
        long s = isDefined(seed) ? (Long) getOrDefault(seed) : new SecureRandom().nextLong();
        UserDefinedFunction udf = functions.udf(new RowUdf(kind(), settings, s), Schemas.resultType(kind()))
                .withName("clinical_notes_" + kind().name().toLowerCase(java.util.Locale.ROOT));
        String key = getOrDefault(keyCol);
        Column keyValue = Arrays.asList(schema.fieldNames()).contains(key) ? col(key).cast(DataTypes.StringType)
                : lit(null).cast(DataTypes.StringType);
        String patient = patientIdColumn();
        Column patientValue = patient != null && Arrays.asList(schema.fieldNames()).contains(patient)
                ? col(patient).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
        String tmp = "__clinical_notes_" + uid;
        Dataset<Row> out = dataset.toDF().withColumn(tmp, udf.apply(col(getInputCol()), keyValue, patientValue));
        out = addOutputs(out, tmp);
        String err = getErrorCol();
        Column error = Arrays.asList(schema.fieldNames()).contains(err)
                ? coalesce(col(err), col(tmp + ".error")) : col(tmp + ".error");
        return out.withColumn(err, error)
                .withColumn(getStatusCol(), when(col(err).isNull(), lit("OK")).otherwise(lit("ERROR")))
                .drop(tmp);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        String in = getInputCol();
        if (!Arrays.asList(schema.fieldNames()).contains(in)) {
            throw new ConfigurationException(Codes.BAD_SETTING, "stage " + uid + ": input column '" + in
                    + "' is not in the data; set it with setInputCol");
        }
        DataType t = schema.apply(in).dataType();
        if (!t.equals(DataTypes.StringType) && !t.equals(DataTypes.BinaryType)) {
            throw new ConfigurationException(Codes.BAD_SETTING, "stage " + uid + ": input column '" + in
                    + "' is " + t.simpleString() + "; it must be string or binary");
        }
        StructType out = schema;
        for (StructField f : outputFields()) {
            out = replace(out, f);
        }
        out = replace(out, new StructField(getErrorCol(), Schemas.ERROR, true,
                org.apache.spark.sql.types.Metadata.empty()));
        return replace(out, new StructField(getStatusCol(), DataTypes.StringType, false,
                org.apache.spark.sql.types.Metadata.empty()));
    }

    private static StructType replace(StructType schema, StructField field) {
        if (Arrays.asList(schema.fieldNames()).contains(field.name())) {
            StructField[] fields = schema.fields().clone();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].name().equals(field.name())) {
                    fields[i] = field;
                }
            }
            return new StructType(fields);
        }
        return schema.add(field);
    }

    @Override
    public T copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(Codes.BAD_SETTING, "createdAt '" + value
                    + "' is not an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[uid=" + uid + "]";
    }
}
