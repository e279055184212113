package org.clinicalnotes.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bench harness's CPU-time view of {@link CourseBriefBenchmark}: each variant runs on this thread and reports
 * the thread's CPU milliseconds per brief (so that other processes on a shared machine disturb it far less than
 * wall time), the median and the range of the measured runs after the warm-up ones. The ONNX runs happen on the
 * calling thread (one intra-op thread by default), so their time is counted.
 *
 * <pre>
 * java -XX:ActiveProcessorCount=1 -cp note-bench/target/benchmarks.jar org.clinicalnotes.bench.CourseCpuTime [warm-up] [runs] [variant...]
 * </pre>
 */
public final class CourseCpuTime {

    private CourseCpuTime() {
    }

    /**
     * @param args warm-up runs (default 2), measured runs (default 5), then variant names (default all):
     *     semanticCold, semanticRestarted, lexicalCold
     * @throws IOException when the benchmark's client folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> only = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        CourseBriefBenchmark b = new CourseBriefBenchmark();
        b.setUp();
        Map<String, Supplier<String>> variants = new LinkedHashMap<>();
        variants.put("semanticCold", b::briefSemanticCold);
        variants.put("semanticRestarted", b::briefSemanticRestarted);
        variants.put("lexicalCold", b::briefLexicalCold);
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%d sessions; %d warm-up and %d measured runs; CPU ms per brief (this thread)%n",
                CourseBriefBenchmark.SESSIONS, warm, runs);
        for (Map.Entry<String, Supplier<String>> v : variants.entrySet()) {
            if (!only.isEmpty() && !only.contains(v.getKey())) {
                continue;
            }
            List<Double> ms = new ArrayList<>();
            int size = 0;
            for (int i = 0; i < warm + runs; i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                size += v.getValue().get().length();
                long t1 = mx.getCurrentThreadCpuTime();
                if (i >= warm) {
                    ms.add((t1 - t0) / 1e6);
                }
            }
            Collections.sort(ms);
            System.out.printf(Locale.ROOT, "%-18s median %9.1f ms  (min %9.1f, max %9.1f)  [%d chars]%n", v.getKey(),
                    ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), size / (warm + runs));
        }
    }
}
