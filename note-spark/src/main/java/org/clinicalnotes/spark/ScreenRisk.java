package org.clinicalnotes.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.clinicalnotes.spark.internal.Schemas;
import org.clinicalnotes.spark.internal.StageKind;

/**
 * Runs the SDK's local risk screen and measure extractor on each row: {@code riskFlags}
 * ({@code array<struct<kind, status, severity, cssrs, perpetrator, evidence, safetyActions>>}, evidence as
 * utterance ids) and {@code measures} ({@code array<struct<instrument, value, unit, interpretation,
 * evidence>>}). Column names are parameters.
 *
 * @since 0.1.0
 */
public final class ScreenRisk extends ClinicalTransformer<ScreenRisk> {

    private static final long serialVersionUID = 1L;

    private final Param<String> riskFlagsCol;
    private final Param<String> measuresCol;

    /** A stage with a random uid. */
    public ScreenRisk() {
        this(Identifiable.randomUID("screenRisk"));
    }

    /** @param uid the uid (used by ML persistence) */
    public ScreenRisk(String uid) {
        super(uid);
        riskFlagsCol = new Param<>(this, "riskFlagsCol", "output column: risk flags");
        measuresCol = new Param<>(this, "measuresCol", "output column: measure scores");
        setDefault(riskFlagsCol, "riskFlags");
        setDefault(measuresCol, "measures");
    }

    /** @return the risk flags column parameter */
    public Param<String> riskFlagsCol() {
        return riskFlagsCol;
    }

    /** @return the measures column parameter */
    public Param<String> measuresCol() {
        return measuresCol;
    }

    /** @param value risk flags column name; @return this stage */
    public ScreenRisk setRiskFlagsCol(String value) {
        set(riskFlagsCol, value);
        return this;
    }

    /** @param value measures column name; @return this stage */
    public ScreenRisk setMeasuresCol(String value) {
        set(measuresCol, value);
        return this;
    }

    @Override
    StageKind kind() {
        return StageKind.RISK;
    }

    @Override
    StructField[] outputFields() {
        return new StructField[] {
            new StructField(getOrDefault(riskFlagsCol), new ArrayType(Schemas.RISK_FLAG, false), true,
                    Metadata.empty()),
            new StructField(getOrDefault(measuresCol), new ArrayType(Schemas.MEASURE, false), true, Metadata.empty())};
    }

    @Override
    Dataset<Row> addOutputs(Dataset<Row> data, String tmp) {
        return data.withColumn(getOrDefault(riskFlagsCol), col(tmp + ".value.riskFlags"))
                .withColumn(getOrDefault(measuresCol), col(tmp + ".value.measures"));
    }

    /** @return the ML reader */
    public static MLReader<ScreenRisk> read() {
        return new Reader().read();
    }

    /** @param path where {@code save} wrote it; @return the stage */
    public static ScreenRisk load(String path) {
        return read().load(path);
    }

    private static final class Reader implements DefaultParamsReadable<ScreenRisk> {
    }
}
