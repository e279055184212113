package org.clinicalnotes.eval.between;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.risk.RiskScreen;

/**
 * Checks the monitor's calm-text pre-filter ({@code rememberCalmTexts}) against the reading without it: the same
 * synthetic series (from the journal development texts) through two monitors, one with the pre-filter and one
 * without, must raise identical alerts (every field, in order). Prints the alert counts, whether they are identical,
 * and the CPU time of each run on this thread.
 *
 * <pre>
 * java -cp examples/target/clinical-notes.jar org.clinicalnotes.eval.between.CalmTextsCheck [--semantic] [--seeds 15,16,17]
 * </pre>
 */
public final class CalmTextsCheck {

    private CalmTextsCheck() {
    }

    /** One comparison: the alert counts and whether both runs agree. */
    record Result(long seed, int entries, int textEntries, int alerts, boolean identical, long cpuOnNanos,
                  long cpuOffNanos) {
    }

    /** @param args {@code [--semantic] [--seeds 15,16,17] [--clients N] [--days D]} */
    public static void main(String[] args) {
        boolean semantic = false;
        List<Long> seeds = List.of(15L, 16L, 17L);
        int clients = 200;
        int days = 90;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--semantic" -> semantic = true;
                case "--seeds" -> seeds = java.util.Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--days" -> days = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        RiskScreen screen = semantic ? RiskScreen.create() : RiskScreen.lexical();
        List<BlindJournalText> texts = BlindJournalText.load(BlindJournalText.DEV);
        System.out.printf(Locale.ROOT, "| seed | entries (with text) | alerts | identical | CPU with pre-filter | "
                + "CPU without |%n|---|---:|---:|---|---:|---:|%n");
        for (long seed : seeds) {
            Result r = compare(SyntheticJournals.generate(texts, clients, days, seed), screen, seed);
            System.out.printf(Locale.ROOT, "| %d | %d (%d) | %d | %s | %.2f s | %.2f s |%n", r.seed(), r.entries(),
                    r.textEntries(), r.alerts(), r.identical() ? "yes" : "**NO**", r.cpuOnNanos() / 1e9,
                    r.cpuOffNanos() / 1e9);
        }
        System.out.println("screen " + screen.id());
    }

    static Result compare(SyntheticJournals.Series s, RiskScreen screen, long seed) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        List<Alert> off = run(s, BetweenSessionMonitor.builder().riskScreen(screen).rememberCalmTexts(false).build());
        long t1 = mx.getCurrentThreadCpuTime();
        List<Alert> on = run(s, BetweenSessionMonitor.builder().riskScreen(screen).build());
        long t2 = mx.getCurrentThreadCpuTime();
        int withText = (int) s.entries().stream().filter(e -> e.text() != null && !e.text().isBlank()).count();
        return new Result(seed, s.entries().size(), withText, on.size(), on.equals(off), t2 - t1, t1 - t0);
    }

    private static List<Alert> run(SyntheticJournals.Series s, BetweenSessionMonitor m) {
        List<Alert> raised = new ArrayList<>();
        for (JournalEntry e : s.entries()) {
            raised.addAll(m.accept(e));
        }
        List<Alert> all = new ArrayList<>(raised);
        all.addAll(m.alerts());
        return all;
    }
}
