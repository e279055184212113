package org.clinicalnotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.execution.ExplainMode;
import org.junit.jupiter.api.Test;

/**
 * Plants names, a phone number, a street and a date of birth in good and bad rows, runs every stage at INFO
 * (DEBUG for the SDK) and checks that none of them reaches the captured log, the query plans in every explain
 * mode (what the UI's SQL tab shows) or the error messages.
 */
class SparkPhiTest {

    private static final List<String> PLANTED = List.of("Zebulon", "Quixwright", "Ottoline", "555-0147",
            "Marigold Lane", "03/14/1961");

    private static final String VISIT = "[doctor] good morning zebulon quixwright , you were born 03/14/1961 ?\n"
            + "[patient] yes . my wife Ottoline came too . we live at 12 Marigold Lane .\n"
            + "[doctor] and the best number is 555-0147 ?\n[patient] yes . i feel hopeless and i want to die .\n";

    @Test
    void planted_identifiers_never_reach_logs_plans_or_error_messages() throws Exception {
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create("phi-1", VISIT));
        rows.add(RowFactory.create("phi-2", VISIT.replace("[doctor]", "Doctor:").replace("[patient]", "Patient:")));
        rows.add(RowFactory.create("phi-bad", "Zebulon Quixwright 555-0147 Marigold Lane"));   // not a transcript
        rows.add(RowFactory.create("phi-big", VISIT.repeat(400)));                             // over the limit
        Dataset<Row> in = SparkTestSession.get().createDataFrame(rows, SparkTestSession.INPUT).repartition(2);
        Dataset<Row> out = StagesPipelineTest.pipeline().fit(in).transform(in);
        Dataset<Row> limited = new ScreenRisk().setMaxInputBytes(20_000).transform(out.drop("riskFlags",
                "measures", "status", "error"));
        List<Row> result = limited.collectAsList();
        assertThat(result).hasSize(4);
        assertThat(result).filteredOn(r -> "ERROR".equals(r.getAs("status"))).hasSize(2);

        // the FHIR bundle column too (HAPI FHIR mapping and encoding on the executors)
        Dataset<Row> bundled = new GenerateNote().setBundleCol("bundle").setSeed(5)
                .transform(in.withColumn("patientId", org.apache.spark.sql.functions.lit("pat-9")));
        List<Row> bundles = bundled.collectAsList();
        assertThat(bundles).filteredOn(r -> r.getAs("bundle") != null).hasSize(3); // all but the non-transcript

        StringBuilder plans = new StringBuilder();
        for (String mode : List.of("simple", "extended", "codegen", "cost", "formatted")) {
            plans.append(limited.queryExecution().explainString(ExplainMode.fromString(mode)));
            plans.append(bundled.queryExecution().explainString(ExplainMode.fromString(mode)));
        }
        StringBuilder errors = new StringBuilder();
        for (Row r : result) {
            Row e = r.getAs("error");
            if (e != null) {
                errors.append(e.<String>getAs("code")).append(' ').append(e.<String>getAs("message")).append('\n');
            }
        }
        // flush and read everything logged in this JVM so far (Spark, Hadoop, the SDK)
        LogManager.shutdown(false, false);
        String log = Files.readString(Path.of("target/note-spark-test.log"), StandardCharsets.UTF_8);

        assertThat(plans).contains("clinical_notes_risk");
        assertThat(log).contains("clinical-notes engine built");
        assertThat(errors).isNotEmpty();
        for (String phi : PLANTED) {
            assertThat(plans.toString().toLowerCase()).as("plans").doesNotContain(phi.toLowerCase());
            assertThat(log.toLowerCase()).as("log").doesNotContain(phi.toLowerCase());
            assertThat(errors.toString().toLowerCase()).as("errors").doesNotContain(phi.toLowerCase());
        }
        // but the outputs hold the surrogates, not the names
        Row ok = result.stream().filter(r -> "phi-1".equals(r.getAs("id"))).findFirst().orElseThrow();
        assertThat(ok.<Row>getAs("deidentified").<String>getAs("text")).doesNotContainIgnoringCase("quixwright");
    }
}
