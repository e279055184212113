package org.clinicalnotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagesPipelineTest {

    static final long LIMIT = 64 * 1024;

    static Pipeline pipeline() {
        return new Pipeline().setStages(new PipelineStage[] {
            new Deidentify().setSeed(7).setMaxInputBytes(LIMIT),
            new GenerateNote().setTemplate("soap").setSeed(7).setCreatedAt("2026-01-05T10:00:00Z")
                    .setMaxInputBytes(LIMIT),
            new ScreenRisk().setMaxInputBytes(LIMIT),
            new AnalyzeSession().setMaxInputBytes(LIMIT)});
    }

    static Map<String, Row> byId(Dataset<Row> out) {
        Map<String, Row> m = new HashMap<>();
        for (Row r : out.collectAsList()) {
            m.put(r.getAs("id"), r);
        }
        return m;
    }

    @Test
    void four_stages_in_a_pipeline_fill_every_output_and_keep_every_row() {
        Dataset<Row> in = SparkTestSession.fixtures(2);
        PipelineModel model = pipeline().fit(in);
        Dataset<Row> out = model.transform(in.withColumn("text", in.col("text")));

        assertThat(out.columns()).contains("deidentified", "note", "riskFlags", "measures", "analysis", "status",
                "error");
        Map<String, Row> rows = byId(out);
        assertThat(rows).hasSize(6);
        for (String id : List.of("visit-tagged", "therapy-colon", "consult-json")) {
            Row r = rows.get(id);
            assertThat(r.<String>getAs("status")).as(id).isEqualTo("OK");
            assertThat((Object) r.getAs("error")).isNull();
            assertThat(r.<String>getAs("note")).contains("\"sections\"");
            assertThat(r.<String>getAs("analysis")).contains("\"utterances\"");
            assertThat(r.<Row>getAs("deidentified").<String>getAs("text")).isNotBlank();
        }
        // the de-identified text no longer holds the first names said in the visits
        assertThat(rows.get("visit-tagged").<Row>getAs("deidentified").<String>getAs("text")).doesNotContain("maria");
        assertThat(rows.get("therapy-colon").<Row>getAs("deidentified").<String>getAs("text")).doesNotContain("James");
        // risk: passive ideation is flagged, the PHQ-9 score is read
        List<Row> flags = rows.get("therapy-colon").getList(rows.get("therapy-colon").fieldIndex("riskFlags"));
        assertThat(flags).extracting(f -> f.<String>getAs("kind")).contains("SUICIDAL_IDEATION");
        List<Row> measures = rows.get("therapy-colon").getList(rows.get("therapy-colon").fieldIndex("measures"));
        assertThat(measures).extracting(m -> m.<String>getAs("instrument")).contains("PHQ-9");
    }

    @Test
    void bad_rows_get_status_and_typed_error_without_failing_the_job() {
        Dataset<Row> in = SparkTestSession.fixtures(2);
        Map<String, Row> rows = byId(pipeline().fit(in).transform(in));

        Row nul = rows.get("bad-null");
        assertThat(nul.<String>getAs("status")).isEqualTo("ERROR");
        assertThat(nul.<Row>getAs("error").<String>getAs("code")).isEqualTo("CN-3701");
        assertThat(nul.<Row>getAs("error").<String>getAs("stage")).isEqualTo("deid");
        for (String id : List.of("bad-binary", "bad-large")) {
            Row e = rows.get(id).getAs("error");
            assertThat(rows.get(id).<String>getAs("status")).isEqualTo("ERROR");
            assertThat(e.<String>getAs("code")).matches("CN-\\d{4}");
            assertThat(e.<String>getAs("message")).startsWith("row").doesNotContain("shop", "eggs", "hello");
            assertThat((Object) rows.get(id).getAs("note")).isNull();
        }
    }

    @Test
    void a_small_size_limit_turns_a_row_into_an_error() {
        Dataset<Row> in = SparkTestSession.fixtures(1);
        Map<String, Row> rows = byId(new ScreenRisk().setMaxInputBytes(300).transform(in));
        assertThat(rows.get("visit-tagged").<String>getAs("status")).isEqualTo("ERROR");
        assertThat(rows.get("visit-tagged").<Row>getAs("error").<String>getAs("message")).contains("300");
    }

    @Test
    void pipeline_model_saved_and_loaded_gives_the_same_output(@TempDir Path dir) throws Exception {
        Dataset<Row> in = SparkTestSession.fixtures(2);
        PipelineModel model = pipeline().fit(in);
        String path = dir.resolve("model").toString();
        model.write().overwrite().save(path);
        PipelineModel loaded = PipelineModel.load(path);

        assertThat(loaded.stages()).hasSize(4);
        assertThat(loaded.stages()[1]).isInstanceOf(GenerateNote.class);
        GenerateNote g = (GenerateNote) loaded.stages()[1];
        assertThat(g.getOrDefault(g.template())).isEqualTo("soap");
        assertThat((Long) g.getOrDefault(g.seed())).isEqualTo(7L);

        Map<String, Row> a = byId(model.transform(in));
        Map<String, Row> b = byId(loaded.transform(in));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String id : a.keySet()) {
            assertThat(b.get(id)).as(id).isEqualTo(a.get(id));
        }
        Deidentify single = new Deidentify().setOutputCol("redacted").setSeed(3);
        single.write().overwrite().save(dir.resolve("deid").toString());
        Deidentify back = Deidentify.load(dir.resolve("deid").toString());
        assertThat(back.uid()).isEqualTo(single.uid());
        assertThat(back.getOrDefault(back.outputCol())).isEqualTo("redacted");
    }
}
