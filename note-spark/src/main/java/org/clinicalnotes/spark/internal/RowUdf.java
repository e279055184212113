package org.clinicalnotes.spark.internal;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;

/**
 * The function a stage applies to each row: (input, key, patient id) to {@code Row(value, error)}. Serialisable and small: it
 * carries the settings, not the SDK objects, which each executor builds once ({@link Engine#get}).
 */
public final class RowUdf implements UDF3<Object, String, String, Row> {

    private static final long serialVersionUID = 1L;

    private final StageKind kind;
    private final StageSettings settings;
    private final long seed;

    /**
     * @param kind what to compute
     * @param settings how to build the engine
     * @param seed the stage seed, mixed with each row's key
     */
    public RowUdf(StageKind kind, StageSettings settings, long seed) {
        this.kind = kind;
        this.settings = settings;
        this.seed = seed;
    }

    @Override
    public Row call(Object input, String key, String patientId) {
        return Engine.get(settings).run(kind, input, key, patientId, seed);
    }

    @Override
    public String toString() {
        return "clinical-notes " + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
