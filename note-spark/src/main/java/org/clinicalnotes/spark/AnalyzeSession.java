package org.clinicalnotes.spark;

import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.types.DataTypes;
import org.clinicalnotes.spark.internal.StageKind;

/**
 * Analyses each session with the SDK's {@code SessionAnalyzer}: output column (default {@code analysis}) holds
 * {@code analysis.json} (talk per speaker, clinician behaviour and client talk type per utterance, tone,
 * moments, markers, interventions) as a JSON string, parseable with {@code from_json}.
 *
 * @since 0.1.0
 */
public final class AnalyzeSession extends SingleOutputTransformer<AnalyzeSession> {

    private static final long serialVersionUID = 1L;

    /** A stage with a random uid. */
    public AnalyzeSession() {
        this(Identifiable.randomUID("analyzeSession"));
    }

    /** @param uid the uid (used by ML persistence) */
    public AnalyzeSession(String uid) {
        super(uid, "analysis.json", "analysis", DataTypes.StringType, null);
    }

    @Override
    StageKind kind() {
        return StageKind.ANALYZE;
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
