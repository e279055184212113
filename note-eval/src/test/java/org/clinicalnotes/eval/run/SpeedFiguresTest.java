package org.clinicalnotes.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeedFiguresTest {

    @TempDir
    Path tmp;

    @Test
    void reads_jmh_json_and_cold_start_figures() throws Exception {
        Path jmh = tmp.resolve("jmh.json");
        Files.writeString(jmh, """
                [{"benchmark":"org.clinicalnotes.bench.PipelineBenchmark.endToEnd","mode":"thrpt",
                  "primaryMetric":{"score":2345.6,"scoreError":12.5,"scoreUnit":"ops/s"}},
                 {"benchmark":"org.clinicalnotes.bench.ChecksBenchmark.completeness",
                  "primaryMetric":{"score":1.5,"scoreError":"NaN","scoreUnit":"us/op"}}]""");
        Path cold = tmp.resolve("cold.json");
        Files.writeString(cold, "{\"runs\": 10, \"median_ms\": 412}");

        SpeedFigures f = SpeedFigures.read(jmh, cold);

        assertThat(f.benchmarks()).extracting(SpeedFigures.Benchmark::name)
                .containsExactly("PipelineBenchmark.endToEnd", "ChecksBenchmark.completeness");
        assertThat(f.benchmarks().get(0).score()).isEqualTo(2345.6);
        assertThat(f.benchmarks().get(1).error()).isNaN();
        assertThat(f.coldStart()).containsEntry("runs", "10").containsEntry("median_ms", "412");
    }

    @Test
    void rejects_files_of_the_wrong_shape() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"a\":1}");

        assertThatThrownBy(() -> SpeedFigures.read(bad, null)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("CN-1906");
        assertThatThrownBy(() -> SpeedFigures.read(null, tmp.resolve("missing.json")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("missing.json");
    }
}
