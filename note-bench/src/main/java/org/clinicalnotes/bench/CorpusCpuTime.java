package org.clinicalnotes.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The bench harness's CPU-time view of {@link CorpusBenchmark}: each stage makes passes over the 167 ACI-Bench
 * dialogues on one thread and reports transcripts per CPU-second (the thread's CPU time, so that other processes on
 * a shared machine disturb it far less than wall time) and bytes allocated per transcript; the median of the
 * measured passes after the warm-up ones.
 *
 * <pre>
 * java -cp note-bench/target/benchmarks.jar org.clinicalnotes.bench.CorpusCpuTime [warm-up passes] [passes] [stage...]
 * </pre>
 */
public final class CorpusCpuTime {

    private CorpusCpuTime() {
    }

    /**
     * Runs the stages.
     *
     * @param args warm-up passes (default 15), measured passes (default 15), then stage names (default all)
     */
    public static void main(String[] args) {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        CorpusBenchmark b = new CorpusBenchmark();
        b.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Consumer<Blackhole>> stages = new LinkedHashMap<>();
        stages.put("read", b::read);
        stages.put("offlineModel", b::offlineModel);
        stages.put("riskScreen", b::riskScreen);
        stages.put("measures", b::measures);
        stages.put("medications", b::medications);
        stages.put("deidentify", b::deidentify);
        stages.put("fhirBundle", b::fhirBundle);
        stages.put("endToEnd", b::endToEnd);
        List<String> only = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        int n = b.texts.size();
        long bytes = b.texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d transcripts, %d bytes; %d warm-up and %d measured passes%n", n,
                bytes, warm, runs);
        System.out.printf(Locale.ROOT, "%-14s %12s %14s %10s %14s%n", "stage", "ms/pass(cpu)", "transcripts/s",
                "MB/s", "bytes alloc/tr");
        for (Map.Entry<String, Consumer<Blackhole>> e : stages.entrySet()) {
            if (!only.isEmpty() && !only.contains(e.getKey())) {
                continue;
            }
            for (int i = 0; i < warm; i++) {
                e.getValue().accept(bh);
            }
            List<Long> cpu = new ArrayList<>();
            List<Long> alloc = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long a0 = mx.getThreadAllocatedBytes(tid);
                long c0 = mx.getCurrentThreadCpuTime();
                e.getValue().accept(bh);
                cpu.add(mx.getCurrentThreadCpuTime() - c0);
                alloc.add(mx.getThreadAllocatedBytes(tid) - a0);
            }
            double ms = median(cpu) / 1e6;
            System.out.printf(Locale.ROOT, "%-14s %12.1f %14.1f %10.2f %14d%n", e.getKey(), ms, n / (ms / 1e3),
                    bytes / 1e6 / (ms / 1e3), median(alloc) / n);
        }
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
