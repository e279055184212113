package org.clinicalnotes.spark.internal;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The Spark types of the stages' output columns. */
public final class Schemas {

    /** {@code error}: code, message (no PHI), stage. */
    public static final StructType ERROR = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("stage", DataTypes.StringType, false);

    /** One PHI span over the row's text. */
    public static final StructType SPAN = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("category", DataTypes.StringType, false)
            .add("surrogate", DataTypes.StringType, true);

    /** {@code deidentified}: the text in the input's own format and the spans. */
    public static final StructType DEIDENTIFIED = new StructType()
            .add("text", DataTypes.StringType, false)
            .add("spans", new ArrayType(SPAN, false), false);

    /** One risk flag. */
    public static final StructType RISK_FLAG = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("cssrs", DataTypes.StringType, true)
            .add("perpetrator", DataTypes.StringType, true)
            .add("evidence", new ArrayType(DataTypes.StringType, false), false)
            .add("safetyActions", new ArrayType(DataTypes.StringType, false), false);

    /** One measure score. */
    public static final StructType MEASURE = new StructType()
            .add("instrument", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, false)
            .add("unit", DataTypes.StringType, false)
            .add("interpretation", DataTypes.StringType, true)
            .add("evidence", new ArrayType(DataTypes.StringType, false), false);

    /** The risk stage's value: flags and measures. */
    public static final StructType RISK = new StructType()
            .add("riskFlags", new ArrayType(RISK_FLAG, false), false)
            .add("measures", new ArrayType(MEASURE, false), false);

    /** The notes stage's value: note.json and, when asked for, the FHIR bundle JSON. */
    public static final StructType NOTE = new StructType()
            .add("note", DataTypes.StringType, false)
            .add("bundle", DataTypes.StringType, true);

    private Schemas() {
    }

    /**
     * @param kind a stage kind
     * @return the type of its value
     */
    public static DataType valueType(StageKind kind) {
        return switch (kind) {
            case DEID -> DEIDENTIFIED;
            case NOTES -> NOTE;
            case ANALYZE -> DataTypes.StringType;
            case RISK -> RISK;
        };
    }

    /**
     * @param kind a stage kind
     * @return the UDF's return type: value and error
     */
    public static StructType resultType(StageKind kind) {
        return new StructType().add("value", valueType(kind), true).add("error", ERROR, true);
    }
}
