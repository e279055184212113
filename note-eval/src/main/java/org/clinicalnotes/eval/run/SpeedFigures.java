package org.clinicalnotes.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.BadInputException;

/**
 * Speed figures measured outside the evaluation run, for the report's throughput section: JMH results
 * ({@code java -jar note-bench/target/benchmarks.jar -rf json -rff FILE}) and the CLI cold-start harness's
 * JSON ({@code note-bench/cold-start.sh}).
 *
 * @param benchmarks the JMH results, in file order; not null
 * @param coldStart the cold-start figures, name to formatted value; not null
 * @since 0.1.0
 */
public record SpeedFigures(List<Benchmark> benchmarks, Map<String, String> coldStart) {

    /**
     * One JMH result.
     *
     * @param name the benchmark method, for example {@code PipelineBenchmark.endToEnd}
     * @param score the primary score
     * @param error the 99.9% confidence half-width (NaN when JMH gives none)
     * @param unit the unit, for example {@code ops/s}
     */
    public record Benchmark(String name, double score, double error, String unit) {
        /** Validates. */
        public Benchmark {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Validates and copies. */
    public SpeedFigures {
        benchmarks = List.copyOf(benchmarks);
        coldStart = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(coldStart));
    }

    /** @return no figures */
    public static SpeedFigures none() {
        return new SpeedFigures(List.of(), Map.of());
    }

    /**
     * Reads the files that exist (either may be null).
     *
     * @param jmhJson a JMH JSON result file, or null
     * @param coldStartJson the cold-start harness's JSON, or null
     * @return the figures
     * @throws BadInputException (CN-1906) when a given file cannot be read or has the wrong shape
     * @since 0.1.0
     */
    public static SpeedFigures read(Path jmhJson, Path coldStartJson) {
        List<Benchmark> benches = new ArrayList<>();
        Map<String, String> cold = new LinkedHashMap<>();
        if (jmhJson != null) {
            JsonNode root = readTree(jmhJson);
            if (!root.isArray()) {
                throw new BadInputException("CN-1906", jmhJson.toString(), 0, "not a JMH JSON result (expected an array)",
                        "write it with: java -jar note-bench/target/benchmarks.jar -rf json -rff FILE", null);
            }
            for (JsonNode b : root) {
                String name = b.path("benchmark").asText();
                int dot = name.lastIndexOf('.', name.lastIndexOf('.') - 1);
                JsonNode m = b.path("primaryMetric");
                double err = m.path("scoreError").isNumber() ? m.path("scoreError").asDouble() : Double.NaN;
                benches.add(new Benchmark(dot >= 0 ? name.substring(dot + 1) : name, m.path("score").asDouble(Double.NaN),
                        err, m.path("scoreUnit").asText("")));
            }
        }
        if (coldStartJson != null) {
            JsonNode root = readTree(coldStartJson);
            if (!root.isObject()) {
                throw new BadInputException("CN-1906", coldStartJson.toString(), 0, "not a JSON object",
                        "write it with note-bench/cold-start.sh", null);
            }
            root.fields().forEachRemaining(e -> cold.put(e.getKey(), e.getValue().asText()));
        }
        return new SpeedFigures(benches, cold);
    }

    private static JsonNode readTree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException("CN-1906", file.toString(), 0, "cannot be read as JSON ("
                    + e.getClass().getSimpleName() + ")", "check the path and the file", e);
        }
    }
}
