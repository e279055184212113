package org.clinicalnotes.spark.bench;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.spark.ClinicalTransformer;
import org.clinicalnotes.spark.GenerateNote;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * Bench harness (not a test): throughput per core of the GenerateNote stage in local[1] and local[2] beside the
 * in-process NoteGenerator on one and on two threads, on ACI-Bench and MTS-Dialog dialogues replicated to N rows.
 * Besides wall time it records the process CPU time of each timed run, which a busy shared machine distorts
 * less: CPU ms per row, and cores actually used (CPU seconds / wall seconds).
 *
 * <p>The configurations alternate in R rounds of N/R timed rows each, each after a warm-up (W rows in the first
 * round, 200 after). Spark rows come from
 * {@code range(N)} joined to the broadcast dialogues (row key = the range id, so every row gets its own note id
 * and surrogates); the sink is Spark's {@code noop} writer, which evaluates every column and writes nothing.
 * Heap use is sampled every 100 ms; run with {@code -Xmx1g} to show the executor fits in 1 GB.
 *
 * <pre>
 * java -Xmx1g [Spark's --add-opens] -cp note-spark/target/classes:note-spark/target/test-classes:note-core/target/classes:$(cat note-spark/target/spark-classpath.txt) \
 *     org.clinicalnotes.spark.bench.SparkThroughputBench ../shared/data 100000 2000 out/spark-bench.json 5 inprocess,local1,local2 [aci]
 * </pre>
 */
public final class SparkThroughputBench {

    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    private SparkThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Path report = Path.of(args.length > 3 ? args[3] : "target/spark-bench.json");
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        String only = args.length > 5 ? args[5] : "inprocess,inprocess2,local1,local2";
        boolean aciOnly = args.length > 6 && args[6].equals("aci");

        List<String> dialogues = dialogues(data, aciOnly);
        long chars = dialogues.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d dialogues (mean %d chars), %d rows timed per configuration, warm-up %d%n",
                dialogues.size(), chars / dialogues.size(), n, warm);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("corpus", aciOnly ? "ACI-Bench" : "ACI-Bench + MTS-Dialog");
        results.put("dialogues", dialogues.size());
        results.put("meanChars", chars / dialogues.size());
        results.put("rows", n);
        results.put("cpus", Runtime.getRuntime().availableProcessors());
        results.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        results.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // Configurations alternate in rounds so that a change in the machine's load falls on all of them alike.
        Map<String, double[]> time = new LinkedHashMap<>();   // seconds, peak heap bytes, process CPU seconds
        List<String> configs = new ArrayList<>();
        for (String c : List.of("inprocess", "inprocess2", "local1", "local2")) {
            if (List.of(only.split(",")).contains(c)) {
                configs.add(c);
                time.put(c, new double[3]);
            }
        }
        int per = n / rounds;
        for (int round = 0; round < rounds; round++) {
            for (String c : configs) {
                double[] acc = time.get(c);
                if (c.startsWith("inprocess")) {
                    int threads = c.equals("inprocess2") ? 2 : 1;
                    inProcess(dialogues, round == 0 ? warm : Math.min(warm, 200), threads);
                    HeapSampler heap = HeapSampler.start();
                    long cpu0 = cpuNanos();
                    acc[0] += inProcess(dialogues, per, threads);
                    acc[2] += (cpuNanos() - cpu0) / 1e9;
                    acc[1] = Math.max(acc[1], heap.stop());
                    continue;
                }
                int cores = c.equals("local1") ? 1 : 2;
                SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("bench")
                        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
                spark.sparkContext().setLogLevel("WARN");
                Dataset<Row> texts = spark.createDataFrame(indexed(dialogues), new StructType()
                        .add("idx", DataTypes.LongType).add("text", DataTypes.StringType)).cache();
                texts.count();
                spark(spark, texts, dialogues.size(), round == 0 ? warm : Math.min(warm, 200), cores);
                HeapSampler heap = HeapSampler.start();
                long cpu0 = cpuNanos();
                acc[0] += spark(spark, texts, dialogues.size(), per, cores);
                acc[2] += (cpuNanos() - cpu0) / 1e9;
                acc[1] = Math.max(acc[1], heap.stop());
                spark.stop();
            }
            System.out.printf(Locale.ROOT, "round %d/%d done%n", round + 1, rounds);
        }
        for (String c : configs) {
            int cores = c.endsWith("2") ? 2 : 1;
            Map<String, Object> f = figures(per * rounds, time.get(c)[0], cores, (long) time.get(c)[1]);
            f.put("cpuSeconds", round(time.get(c)[2]));
            f.put("cpuMsPerRow", round(time.get(c)[2] * 1000 / (per * rounds)));
            f.put("coresUsed", round(time.get(c)[2] / time.get(c)[0]));
            results.put(c, f);
        }
        if (time.containsKey("inprocess") && time.containsKey("local1")) {
            results.put("sparkOverheadPerRow", round(time.get("local1")[0] / time.get("inprocess")[0] - 1));
            results.put("sparkOverheadPerRowCpu", round(time.get("local1")[2] / time.get("inprocess")[2] - 1));
        }
        if (time.containsKey("inprocess") && time.containsKey("inprocess2")) {
            results.put("speedupTwoThreadsInProcess", round(time.get("inprocess")[0] / time.get("inprocess2")[0]));
        }
        if (time.containsKey("local1") && time.containsKey("local2")) {
            results.put("speedupTwoCores", round(time.get("local1")[0] / time.get("local2")[0]));
        }
        results.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, json(results));
        System.out.println(json(results));
    }

    private static final NoteGenerator GENERATOR = NoteGenerator.builder()
            .clock(Clock.fixed(CREATED, ZoneOffset.UTC)).build();

    private static double inProcess(List<String> dialogues, int n, int threads) throws InterruptedException {
        TranscriptReader reader = TranscriptReader.defaults();
        AtomicLong sink = new AtomicLong();
        long t0 = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int first = w;
            Thread th = new Thread(() -> {
                long local = 0;
                for (int i = first; i < n; i += threads) {
                    Transcript t = reader.read(dialogues.get(i % dialogues.size()), "row");
                    local += NoteJson.write(GENERATOR.generate(t, NoteRequest.builder().template("soap")
                            .noteId("r" + i).build())).length();
                }
                sink.addAndGet(local);
            });
            th.start();
            workers.add(th);
        }
        for (Thread th : workers) {
            th.join();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (sink.get() == 42) {
            System.out.println("unlikely");
        }
        return secs;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double spark(SparkSession spark, Dataset<Row> texts, int d, int n, int cores) {
        Dataset<Row> rows = spark.range(0, n, 1, Math.max(8, cores * 8)).withColumn("idx", col("id").mod(d))
                .join(broadcast(texts), "idx").withColumn("id", col("id").cast(DataTypes.StringType));
        ClinicalTransformer<?> stage = new GenerateNote().setTemplate("soap").setSeed(1)
                .setCreatedAt(CREATED.toString());
        long t0 = System.nanoTime();
        stage.transform(rows).select("id", "status", "note").write().format("noop").mode("overwrite").save();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Map<String, Object> figures(int n, double secs, int cores, long peakHeap) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", round(secs));
        m.put("rowsPerSecond", round(n / secs));
        m.put("rowsPerSecondPerCore", round(n / secs / cores));
        m.put("msPerRowPerCore", round(secs * 1000 * cores / n));
        m.put("peakHeapMb", peakHeap >> 20);
        System.out.println(m);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<Row> indexed(List<String> dialogues) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < dialogues.size(); i++) {
            rows.add(RowFactory.create((long) i, dialogues.get(i)));
        }
        return rows;
    }

    /** ACI-Bench challenge dialogues (train, valid, test1-3) and, unless aciOnly, MTS-Dialog's (train, valid, test). */
    static List<String> dialogues(Path data, boolean aciOnly) throws IOException {
        List<String> out = new ArrayList<>();
        Path aci = data.resolve("aci-bench/challenge_data");
        for (String f : List.of("train.csv", "valid.csv", "clinicalnlp_taskB_test1.csv", "clinicalnlp_taskC_test2.csv")) {
            out.addAll(column(aci.resolve(f), "dialogue"));
        }
        Path mts = data.resolve("mts-dialog");
        if (aciOnly) {
            out.removeIf(String::isBlank);
            return out;
        }
        for (String f : List.of("MTS-Dialog-TrainingSet.csv", "MTS-Dialog-ValidationSet.csv",
                "MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv")) {
            out.addAll(column(mts.resolve(f), "dialogue"));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** One column of an RFC 4180 CSV file (quoted fields may hold commas, quotes and new lines). */
    static List<String> column(Path file, String name) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        int col = rows.get(0).indexOf(name);
        List<String> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (col < r.size()) {
                out.add(r.get(col));
            }
        }
        return out;
    }

    private static String json(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : m.entrySet()) {
            sb.append(sb.length() == 1 ? "" : ", ").append('"').append(e.getKey()).append("\": ");
            sb.append(e.getValue() instanceof Map<?, ?> sub ? json(cast(sub)) : String.valueOf(e.getValue()));
        }
        return sb.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** Samples heap use every 100 ms; counts only. */
    static final class HeapSampler implements Runnable {
        private final AtomicLong peak = new AtomicLong();
        private final MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler h = new HeapSampler();
            h.thread = new Thread(h, "heap-sampler");
            h.thread.setDaemon(true);
            h.thread.start();
            return h;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(mx.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
