package org.clinicalnotes.spark.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCliTest {

    private static final Path SAMPLES = Path.of("samples");

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BatchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void a_mixed_folder_with_bad_files_gives_one_row_per_file_with_a_status(@TempDir Path dir) throws Exception {
        SparkSession spark = org.clinicalnotes.spark.SparkTestSession.get();
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> files = Files.list(SAMPLES.resolve("mixed"))) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Path out = dir.resolve("out");
        String[] r = run("batch", "--input", in.toString(), "--output", out.toString(), "--master", "local[2]",
                "--seed", "5", "--task", "all");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("[batch] done: 7 in, 7 out: OK 4, ERROR 3 (CN-1006 1, CN-1007 1, CN-3710 1)");
        List<Row> rows = spark.read().parquet(out.toString()).orderBy("id").collectAsList();
        assertThat(rows).extracting(x -> x.<String>getAs("id")).containsExactly("consult.json", "empty.txt",
                "followup.vtt", "latin1.txt", "scan.bin", "therapy-colon.txt", "visit-tagged.txt");
        assertThat(rows).filteredOn(x -> "OK".equals(x.getAs("status")))
                .allSatisfy(x -> assertThat(x.<String>getAs("note")).contains("\"sections\""));
    }

    @Test
    void json_lines_in_and_out_keep_bad_lines_and_refuse_an_existing_output(@TempDir Path dir) throws Exception {
        org.clinicalnotes.spark.SparkTestSession.get();
        Path out = dir.resolve("out");
        String[] r = run("batch", "--input", SAMPLES.resolve("sessions.jsonl").toString(), "--output",
                out.toString(), "--json", "--task", "risk");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("done: 4 in, 4 out: OK 2, ERROR 2 (CN-3708 2)");
        String lines;
        try (Stream<Path> parts = Files.list(out)) {
            lines = parts.filter(p -> p.getFileName().toString().startsWith("part-")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(lines).contains("{\"id\":\"s-001\",\"status\":\"OK\",\"riskFlags\":[]").contains("CN-3708");

        String[] again = run("batch", "--input", SAMPLES.resolve("sessions.jsonl").toString(), "--output",
                out.toString());
        assertThat(again[0]).isEqualTo("3");
        assertThat(again[2]).contains("CN-3707").doesNotContain("Exception");
        assertThat(run("batch", "--input", "x", "--output", "y", "--task", "everything")[0]).isEqualTo("2");
    }

    @Test
    void bundles_take_the_patient_from_the_line_or_the_option_and_a_row_without_one_gets_its_code(@TempDir Path dir)
            throws Exception {
        SparkSession spark = org.clinicalnotes.spark.SparkTestSession.get();
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a\", \"patientId\": \"pat-1\", \"text\": \"[doctor] any pain today?\\n[patient] a little in my back.\"}",
                "{\"id\": \"b\", \"text\": \"[doctor] how is your sleep?\\n[patient] better since the walks.\"}"));

        Path out = dir.resolve("out");
        String[] r = run("batch", "--input", in.toString(), "--output", out.toString(), "--task", "notes",
                "--bundles", "--seed", "3", "--master", "local[2]");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("done: 2 in, 2 out: OK 1, ERROR 1 (CN-3711 1)");
        List<Row> rows = spark.read().parquet(out.toString()).orderBy("id").collectAsList();
        assertThat(rows.get(0).<String>getAs("bundle")).contains("\"transaction\"").contains("Patient/pat-1");
        assertThat(rows.get(1).<String>getAs("bundle")).isNull();

        Path out2 = dir.resolve("out2");
        String[] r2 = run("batch", "--input", in.toString(), "--output", out2.toString(), "--task", "notes",
                "--bundles", "--patient-id", "pat-9", "--seed", "3", "--master", "local[2]");
        assertThat(r2[0]).as(r2[2]).isEqualTo("0");
        assertThat(r2[1]).contains("done: 2 in, 2 out: OK 2, ERROR 0");
        List<Row> rows2 = spark.read().parquet(out2.toString()).orderBy("id").collectAsList();
        assertThat(rows2.get(0).<String>getAs("bundle")).contains("Patient/pat-1");
        assertThat(rows2.get(1).<String>getAs("bundle")).contains("Patient/pat-9");

        assertThat(run("batch", "--input", in.toString(), "--output", dir.resolve("x").toString(), "--task", "risk",
                "--bundles")[0]).isEqualTo("2");
    }
}
