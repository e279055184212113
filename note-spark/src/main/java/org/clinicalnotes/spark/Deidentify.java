package org.clinicalnotes.spark;

import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clinicalnotes.spark.internal.Schemas;
import org.clinicalnotes.spark.internal.StageKind;

/**
 * De-identifies each row with the SDK's Safe Harbor de-identifier: output column (default
 * {@code deidentified}) {@code struct<text, spans: array<struct<start, end, category, surrogate>>>}, the text
 * in the input's own format with every identifier replaced by a surrogate, offsets into the input text.
 * Surrogates and the date shift are seeded from the stage seed and the row key: the same row gets the same
 * surrogates everywhere, different rows get independent ones.
 *
 * <pre>{@code
 * Dataset<Row> out = new Deidentify().setInputCol("text").setKeyCol("id").setSeed(42).transform(df);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Deidentify extends SingleOutputTransformer<Deidentify> {

    private static final long serialVersionUID = 1L;

    /** A stage with a random uid. */
    public Deidentify() {
        this(Identifiable.randomUID("deidentify"));
    }

    /** @param uid the uid (used by ML persistence) */
    public Deidentify(String uid) {
        super(uid, "de-identified text and PHI spans", "deidentified", Schemas.DEIDENTIFIED, null);
    }

    @Override
    StageKind kind() {
        return StageKind.DEID;
    }

    /** @return the ML reader */
    public static MLReader<Deidentify> read() {
        return new Reader().read();
    }

    /** @param path where {@code save} wrote it; @return the stage */
    public static Deidentify load(String path) {
        return read().load(path);
    }

    private static final class Reader implements DefaultParamsReadable<Deidentify> {
    }
}
