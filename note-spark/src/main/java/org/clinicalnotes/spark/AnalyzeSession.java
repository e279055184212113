package org.clinicalnotes.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.clinicalnotes.spark.internal.StageKind;

/**
 * Analyses each session with the SDK's {@code SessionAnalyzer}: output column (default {@code analysis}) holds
 * {@code analysis.json} (talk per speaker, clinician behaviour and client talk type per utterance, tone,
 * moments, markers, interventions) as a JSON string, parseable with {@code from_json}.
 *
 * @since 0.1.0
 */
public final class AnalyzeSession extends ClinicalTransformer<AnalyzeSession> {

    private static final long serialVersionUID = 1L;

    private final Param<String> outputCol;

    /** A stage with a random uid. */
    public AnalyzeSession() {
        this(Identifiable.randomUID("analyzeSession"));
    }

    /** @param uid the uid (used by ML persistence) */
    public AnalyzeSession(String uid) {
        super(uid);
        outputCol = new Param<>(this, "outputCol", "output column: analysis.json");
        setDefault(outputCol, "analysis");
    }

    /** @return the output column parameter */
    public Param<String> outputCol() {
        return outputCol;
    }

    /** @param value output column name; @return this stage */
    public AnalyzeSession setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    @Override
    StageKind kind() {
        return StageKind.ANALYZE;
    }

    @Override
    StructField[] outputFields() {
        return new StructField[] {new StructField(getOrDefault(outputCol), DataTypes.StringType, true,
                Metadata.empty())};
    }

    @Override
    Dataset<Row> addOutputs(Dataset<Row> data, String tmp) {
        return data.withColumn(getOrDefault(outputCol), col(tmp + ".value"));
    }

    /** @return the ML reader */
    public static MLReader<AnalyzeSession> read() {
        return new Reader().read();
    }

    /** @param path where {@code save} wrote it; @return the stage */
    public static AnalyzeSession load(String path) {
        return read().load(path);
    }

    private static final class Reader implements DefaultParamsReadable<AnalyzeSession> {
    }
}
