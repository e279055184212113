package org.clinicalnotes.bench;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.risk.RiskScreen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link BetweenSessionMonitor#accept(JournalEntry)} throughput on one thread (entries per second per core):
 * 1,000 clients writing in turn, every entry with ratings, and a share of them with a short text (one to three
 * sentences, calm or anxious, some with a risk sentence) that goes through the text scorer, the lexical risk
 * screen read as a monologue and the warning signs. Entries are built in the set-up; the monitor starts afresh
 * when the prepared entries run out, so every client's time only moves forward.
 *
 * <pre>
 * java -jar note-bench/target/benchmarks.jar BetweenSessionBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BetweenSessionBenchmark {

    /** The lexical rules, as in the figures recorded before the monitor's default became the semantic screen. */
    private static final RiskScreen LEXICAL = RiskScreen.lexical();

    private static final List<String> TEXTS = List.of(
            "Quiet day. Cooked dinner and watched a film.",
            "Work was busy but fine. Went for a run after.",
            "Felt a bit on edge before the meeting, it went okay in the end.",
            "had a panic attack on the bus heart racing couldnt breathe",
            "Can't stop worrying about the test results. My chest is tight and I keep checking my phone.",
            "Slept badly again. Tired and flat, stayed in bed most of the morning.",
            "So angry at my brother, he never listens. Went for a walk to cool off.",
            "Good session with the group today. Feeling hopeful.",
            "Everything feels pointless lately. I don't want to see anyone.",
            "I keep thinking everyone would be better off without me.");

    /** Share of entries with text, in percent. */
    @Param({"0", "50", "100"})
    int textPercent;

    /**
     * {@code repeated}: the ten texts above, drawn again and again (the monitor's calm-text pre-filter skips the
     * screen on every repeat of a calm one); {@code distinct}: each text made unique by a closing note of the day
     * ("Day 12, entry 4711."), so every entry is screened: the cost for texts never seen before.
     */
    @Param({"repeated", "distinct"})
    String texts;

    /** The monitor's calm-text pre-filter ({@code rememberCalmTexts}): on (the default) or off. */
    @Param({"on", "off"})
    String calmPrefilter;

    JournalEntry[] entries;
    int next;
    BetweenSessionMonitor monitor;

    /** Builds 200,000 entries for 1,000 clients, about one a day each. */
    @Setup(Level.Trial)
    public void setUp() {
        Random rnd = new Random(15);
        int n = 200_000;
        entries = new JournalEntry[n];
        ZonedDateTime start = ZonedDateTime.of(2026, 1, 5, 20, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        for (int i = 0; i < n; i++) {
            int client = i % 1_000;
            ZonedDateTime t = start.plusMinutes((long) (i / 1_000) * 1_440 + client);
            String text = rnd.nextInt(100) < textPercent ? TEXTS.get(rnd.nextInt(TEXTS.size())) : null;
            if (text != null && "distinct".equals(texts)) {
                text = text + " Day " + (i / 1_000 + 1) + ", entry " + i + ".";
            }
            entries[i] = new JournalEntry("e" + i, "client-" + client, t, text, 4 + rnd.nextInt(5), 1 + rnd.nextInt(4),
                    6 + rnd.nextInt(3) * 0.5, List.of(), List.of());
        }
        monitor = monitor();
        next = 0;
    }

    private BetweenSessionMonitor monitor() {
        return BetweenSessionMonitor.builder().riskScreen(LEXICAL).rememberCalmTexts("on".equals(calmPrefilter)).build();
    }

    /** One entry through the monitor. */
    @Benchmark
    public List<Alert> accept() {
        if (next == entries.length) {
            next = 0;
            monitor = monitor();
        }
        return monitor.accept(entries[next++]);
    }
}
