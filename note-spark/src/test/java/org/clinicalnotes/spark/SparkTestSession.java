package org.clinicalnotes.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One local[2] SparkSession for all of this module's tests, and the small fixture rows they share. */
public final class SparkTestSession {

    static final StructType INPUT = new StructType().add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true);

    private static SparkSession spark;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("note-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return spark;
    }

    static String resource(String name) {
        try (InputStream in = SparkTestSession.class.getResourceAsStream("/transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three good rows in three formats, and three bad ones: null, binary, over the 64 KB limit the test pipeline sets. */
    static List<Row> fixtureRows() {
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create("visit-tagged", resource("visit-tagged.txt")));
        rows.add(RowFactory.create("therapy-colon", resource("therapy-colon.txt")));
        rows.add(RowFactory.create("consult-json", resource("consult.json")));
        rows.add(RowFactory.create("bad-null", null));
        rows.add(RowFactory.create("bad-binary", "eggs\u0000milk\u0000bread from the shop\u0000"));
        rows.add(RowFactory.create("bad-large", "[doctor] hello .\n".repeat(5_000)));
        return rows;
    }

    static Dataset<Row> fixtures(int partitions) {
        return get().createDataFrame(fixtureRows(), INPUT).repartition(partitions);
    }
}
