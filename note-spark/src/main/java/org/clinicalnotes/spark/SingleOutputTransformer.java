package org.clinicalnotes.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.ml.param.Param;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;

/**
 * A stage with one main output column ({@link Deidentify}, {@link GenerateNote}, {@link AnalyzeSession}): its
 * {@code outputCol} parameter, and the column filled from the row result's value (or one field of it).
 *
 * @param <T> the concrete stage, for fluent setters
 * @since 0.3.0
 */
public abstract class SingleOutputTransformer<T extends SingleOutputTransformer<T>> extends ClinicalTransformer<T> {

    private static final long serialVersionUID = 1L;

    private final Param<String> outputCol;
    private final DataType outputType;
    private final String valueField;

    /**
     * @param uid the stage's unique id
     * @param doc what the output column holds
     * @param defaultName the output column's default name
     * @param outputType the output column's type
     * @param valueField the field of the row result's value that fills the column, or null for the value itself
     */
    SingleOutputTransformer(String uid, String doc, String defaultName, DataType outputType, String valueField) {
        super(uid);
        this.outputCol = new Param<>(this, "outputCol", "output column: " + doc);
        this.outputType = outputType;
        this.valueField = valueField;
        setDefault(outputCol, defaultName);
    }

    /** @return the output column parameter */
    public Param<String> outputCol() {
        return outputCol;
    }

    /** @param value output column name; @return this stage */
    public T setOutputCol(String value) {
        set(outputCol, value);
        return self();
    }

    /** @return the output column name */
    public String getOutputCol() {
        return getOrDefault(outputCol);
    }

    /** @return the main output column's field */
    final StructField outputField() {
        return new StructField(getOutputCol(), outputType, true, Metadata.empty());
    }

    @Override
    StructField[] outputFields() {
        return new StructField[] {outputField()};
    }

    @Override
    Dataset<Row> addOutputs(Dataset<Row> data, String tmp) {
        return data.withColumn(getOutputCol(), col(tmp + ".value" + (valueField == null ? "" : "." + valueField)));
    }
}
