package org.clinicalnotes.eval.between;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.AlertKind;
import org.clinicalnotes.between.AlertPriority;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.EntrySignals;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.between.JournalRisk;
import org.clinicalnotes.between.TextScore;
import org.clinicalnotes.between.TextScorer;
import org.clinicalnotes.risk.RiskScreen;

/**
 * Runs the between-session monitor on a synthetic series built from a blind text set and reports, as
 * Markdown: recall of planted spikes, false alerts per client-month, median detection delay and lead time of
 * trends, URGENT recall on the risk entries (every miss with its text id), and the text classifier's
 * precision, recall and F1 against the writer's labels (distressed = the writer's distress 2 or 3).
 *
 * <p>Run: {@code java -cp … org.clinicalnotes.eval.between.JournalEvaluation dev|test [--clients N]
 * [--days D] [--seed S] [--semantic]}. {@code --semantic} reads risk with the default screen (the semantic
 * matcher when on the class path) instead of the lexical one.
 *
 * @since 0.2.0
 */
public final class JournalEvaluation {

    /** The score that counts a text as distressed (chosen on the development set). */
    public static final double DISTRESSED = 0.4;

    private JournalEvaluation() {
    }

    /**
     * @param args {@code dev|test|test2|test3|test4 [--clients N] [--days D] [--seed S] [--semantic]}
     */
    public static void main(String[] args) {
        String set = args.length > 0 ? args[0] : "dev";
        int clients = 200;
        int days = 90;
        long seed = 15;
        boolean semantic = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--semantic" -> semantic = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<BlindJournalText> texts = BlindJournalText.load(switch (set) {
            case "test" -> BlindJournalText.TEST;
            case "test2" -> BlindJournalText.TEST_2;
            case "test3" -> BlindJournalText.TEST_3;
            case "test4" -> BlindJournalText.TEST_4;
            default -> BlindJournalText.DEV;
        });
        RiskScreen screen = semantic ? RiskScreen.create() : RiskScreen.lexical();
        System.out.print(report(set, texts, clients, days, seed, screen));
    }

    /**
     * @return the Markdown report
     */
    public static String report(String set, List<BlindJournalText> texts, int clients, int days, long seed, RiskScreen screen) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "## Between-session monitor on %s texts (%d texts; %d clients x %d days, "
                + "seed %d; risk screen %s)%n%n", set, texts.size(), clients, days, seed, screen.id()));
        series(sb, SyntheticJournals.generate(texts, clients, days, seed), screen);
        texts(sb, texts, screen);
        return sb.toString();
    }

    static void series(StringBuilder sb, SyntheticJournals.Series s, RiskScreen screen) {
        BetweenSessionMonitor m = BetweenSessionMonitor.builder().riskScreen(screen).build();
        for (JournalEntry e : s.entries()) {
            m.accept(e);
        }
        List<Alert> alerts = m.alerts();
        Map<String, List<SyntheticJournals.Planted>> byClient = new LinkedHashMap<>();
        s.planted().forEach(p -> byClient.computeIfAbsent(p.client(), k -> new ArrayList<>()).add(p));
        int falseAlerts = 0;
        int falseUrgent = 0;
        Map<AlertPriority, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> falseByKind = new java.util.TreeMap<>();
        for (Alert a : alerts) {
            counts.merge(a.priority(), 1, Integer::sum);
            if (!matches(a, byClient.getOrDefault(a.clientId(), List.of()))) {
                falseAlerts++;
                falseByKind.merge(a.priority() + " " + a.kind() + a.signalNumbers().map(n -> " (" + n.signal() + ")").orElse(""), 1, Integer::sum);
                if (a.priority() == AlertPriority.URGENT) {
                    falseUrgent++;
                }
            }
        }
        int spikes = 0;
        int spikesFound = 0;
        int trends = 0;
        int trendsFound = 0;
        int trendsByTrendAlert = 0;
        int risks = 0;
        int risksFound = 0;
        List<Long> delays = new ArrayList<>();
        List<Long> leads = new ArrayList<>();
        List<Long> spikeDelays = new ArrayList<>();
        List<String> riskMisses = new ArrayList<>();
        for (SyntheticJournals.Planted p : s.planted()) {
            List<Alert> mine = alerts.stream().filter(a -> a.clientId().equals(p.client())).toList();
            switch (p.kind()) {
                case SPIKE -> {
                    spikes++;
                    Alert hit = mine.stream().filter(a -> a.kind() == AlertKind.SPIKE
                            && within(a, p.start(), p.end().plusDays(1))).findFirst().orElse(null);
                    if (hit != null) {
                        spikesFound++;
                        spikeDelays.add(Duration.between(firstEntryTime(s, p), hit.raisedAt()).toHours());
                    }
                }
                case TREND -> {
                    trends++;
                    Alert hit = mine.stream().filter(a -> a.priority() != AlertPriority.URGENT
                            && within(a, p.start(), p.end().plusDays(7))).findFirst().orElse(null);
                    if (mine.stream().anyMatch(a -> a.kind() == AlertKind.TREND && within(a, p.start(), p.end().plusDays(7)))) {
                        trendsByTrendAlert++;
                    }
                    if (hit != null) {
                        trendsFound++;
                        LocalDate d = hit.raisedAt().toLocalDate();
                        delays.add(ChronoUnit.DAYS.between(p.start(), d));
                        leads.add(ChronoUnit.DAYS.between(d, p.end()));
                    }
                }
                case RISK -> {
                    risks++;
                    boolean hit = mine.stream().anyMatch(a -> a.priority() == AlertPriority.URGENT
                            && a.entryIds().contains(p.entryIds().get(0)));
                    if (hit) {
                        risksFound++;
                    } else {
                        riskMisses.add(p.textId());
                    }
                }
            }
        }
        double clientMonths = s.clients() * s.days() / 30.0;
        sb.append("### Series\n\n| measure | value |\n|---|---|\n");
        sb.append(String.format(Locale.ROOT, "| entries | %d |%n| alerts URGENT / HIGH / ROUTINE | %d / %d / %d |%n",
                s.entries().size(), counts.getOrDefault(AlertPriority.URGENT, 0), counts.getOrDefault(AlertPriority.HIGH, 0),
                counts.getOrDefault(AlertPriority.ROUTINE, 0)));
        sb.append(String.format(Locale.ROOT, "| planted spikes found (HIGH within the spike's days + 1) | %d / %d = %.1f %% |%n",
                spikesFound, spikes, pct(spikesFound, spikes)));
        sb.append(String.format(Locale.ROOT, "| median delay spike entry -> alert | %s h |%n", median(spikeDelays)));
        sb.append(String.format(Locale.ROOT, "| planted trends found (any alert from start to peak + 7 days) | %d / %d = %.1f %% |%n",
                trendsFound, trends, pct(trendsFound, trends)));
        sb.append(String.format(Locale.ROOT, "| of which found by a ROUTINE trend alert | %d / %d = %.1f %% |%n",
                trendsByTrendAlert, trends, pct(trendsByTrendAlert, trends)));
        sb.append(String.format(Locale.ROOT, "| median trend detection delay (days after the trend starts, first alert) | %s |%n", median(delays)));
        sb.append(String.format(Locale.ROOT, "| median trend lead time (days before the peak) | %s |%n", median(leads)));
        sb.append(String.format(Locale.ROOT, "| false alerts per client-month (match no planted event) | %.3f (%d in %.0f client-months) |%n",
                falseAlerts / clientMonths, falseAlerts, clientMonths));
        sb.append(String.format(Locale.ROOT, "| false alerts by priority and kind | %s |%n", falseByKind));
        sb.append(String.format(Locale.ROOT, "| false URGENT per client-month | %.3f (%d) |%n", falseUrgent / clientMonths, falseUrgent));
        sb.append(String.format(Locale.ROOT, "| URGENT recall on planted risk entries | %d / %d = %.1f %% |%n%n", risksFound, risks,
                pct(risksFound, risks)));
        if (!riskMisses.isEmpty()) {
            sb.append("Risk entries with no URGENT alert (text ids): ").append(String.join(", ", new java.util.TreeSet<>(riskMisses)))
                    .append("\n\n");
        }
    }

    static void texts(StringBuilder sb, List<BlindJournalText> texts, RiskScreen screen) {
        BetweenSessionMonitor m = BetweenSessionMonitor.builder().riskScreen(screen).build();
        TextScorer scorer = TextScorer.standard();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int atp = 0;
        int afp = 0;
        int afn = 0;
        int risk = 0;
        int riskUrgent = 0;
        int nonRisk = 0;
        int nonRiskUrgent = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseUrgent = new ArrayList<>();
        Map<String, double[]> byLabel = new LinkedHashMap<>();
        java.time.ZonedDateTime t = java.time.ZonedDateTime.parse("2026-01-05T20:00:00Z");
        for (BlindJournalText x : texts) {
            TextScore s = scorer.score(x.text());
            boolean pred = s.overall() >= DISTRESSED;
            boolean gold = x.distress() >= 2;
            tp += pred && gold ? 1 : 0;
            fp += pred && !gold ? 1 : 0;
            fn += !pred && gold ? 1 : 0;
            boolean apred = s.anxiety() >= DISTRESSED;
            boolean agold = x.anxiety() >= 2;
            atp += apred && agold ? 1 : 0;
            afp += apred && !agold ? 1 : 0;
            afn += !apred && agold ? 1 : 0;
            double[] l = byLabel.computeIfAbsent(x.label(), k -> new double[3]);
            l[0] += s.distress();
            l[1] += s.anxiety();
            l[2]++;
            EntrySignals sig = m.signals(JournalEntry.ofText(x.id(), "c", t, x.text()));
            boolean urgent = sig.risks().stream().anyMatch(JournalRisk::urgent);
            if (x.risk()) {
                risk++;
                riskUrgent += urgent ? 1 : 0;
                if (!urgent) {
                    misses.add(x.id());
                }
            } else {
                nonRisk++;
                nonRiskUrgent += urgent ? 1 : 0;
                if (urgent) {
                    falseUrgent.add(x.id() + " (" + x.label() + ")");
                }
            }
        }
        sb.append("### Texts, one by one\n\n| measure | value |\n|---|---|\n");
        sb.append(String.format(Locale.ROOT, "| distressed (writer's distress >= 2) vs text score >= %.2f: precision / recall / F1 | %.3f / %.3f / %.3f (tp %d, fp %d, fn %d) |%n",
                DISTRESSED, prec(tp, fp), prec(tp, fn), f1(tp, fp, fn), tp, fp, fn));
        sb.append(String.format(Locale.ROOT, "| anxious (writer's anxiety >= 2) vs text anxiety >= %.2f: precision / recall / F1 | %.3f / %.3f / %.3f (tp %d, fp %d, fn %d) |%n",
                DISTRESSED, prec(atp, afp), prec(atp, afn), f1(atp, afp, afn), atp, afp, afn));
        sb.append(String.format(Locale.ROOT, "| risk texts read as URGENT | %d / %d = %.1f %% |%n", riskUrgent, risk, pct(riskUrgent, risk)));
        sb.append(String.format(Locale.ROOT, "| other texts read as URGENT (false) | %d / %d = %.1f %% |%n%n", nonRiskUrgent, nonRisk,
                pct(nonRiskUrgent, nonRisk)));
        sb.append("Mean text scores by the writer's label (distress / anxiety): ");
        List<String> parts = new ArrayList<>();
        byLabel.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.2f / %.2f", k, v[0] / v[2], v[1] / v[2])));
        sb.append(String.join("; ", parts)).append("\n\n");
        sb.append("Risk texts not read as URGENT: ").append(misses.isEmpty() ? "none" : String.join(", ", misses)).append("\n\n");
        sb.append("URGENT per text, by reading (risk texts read URGENT / other texts read URGENT):\n\n")
                .append("| reading | risk texts | other texts |\n|---|---|---|\n");
        variant(sb, texts, "risk screen alone (lexical)", BetweenSessionMonitor.builder().riskScreen(RiskScreen.lexical())
                .warningSigns(false).build());
        variant(sb, texts, "lexical screen + warning signs", BetweenSessionMonitor.builder()
                .riskScreen(RiskScreen.lexical()).build());
        RiskScreen semantic = RiskScreen.create();
        if (semantic.semanticMatcher().isPresent()) {
            variant(sb, texts, "semantic screen alone (" + semantic.id() + ")", BetweenSessionMonitor.builder()
                    .riskScreen(semantic).warningSigns(false).build());
            variant(sb, texts, "semantic screen + warning signs (default since round 3)", BetweenSessionMonitor.builder().riskScreen(semantic).build());
        }
        sb.append('\n');
        sb.append("Other texts read as URGENT: ").append(falseUrgent.isEmpty() ? "none" : String.join(", ", falseUrgent))
                .append("\n\n");
    }

    private static void variant(StringBuilder sb, List<BlindJournalText> texts, String name, BetweenSessionMonitor m) {
        java.time.ZonedDateTime t = java.time.ZonedDateTime.parse("2026-01-05T20:00:00Z");
        int risk = 0;
        int riskUrgent = 0;
        int other = 0;
        int otherUrgent = 0;
        for (BlindJournalText x : texts) {
            boolean urgent = m.signals(JournalEntry.ofText(x.id(), "c", t, x.text())).risks().stream()
                    .anyMatch(JournalRisk::urgent);
            if (x.risk()) {
                risk++;
                riskUrgent += urgent ? 1 : 0;
            } else {
                other++;
                otherUrgent += urgent ? 1 : 0;
            }
        }
        sb.append(String.format(Locale.ROOT, "| %s | %d / %d = %.1f %% | %d / %d = %.1f %% |%n", name, riskUrgent, risk,
                pct(riskUrgent, risk), otherUrgent, other, pct(otherUrgent, other)));
    }

    private static java.time.ZonedDateTime firstEntryTime(SyntheticJournals.Series s, SyntheticJournals.Planted p) {
        Set<String> ids = new HashSet<>(p.entryIds());
        return s.entries().stream().filter(e -> ids.contains(e.id())).findFirst().map(JournalEntry::time)
                .orElse(p.start().atStartOfDay(java.time.ZoneOffset.UTC));
    }

    private static boolean matches(Alert a, List<SyntheticJournals.Planted> planted) {
        for (SyntheticJournals.Planted p : planted) {
            switch (p.kind()) {
                case RISK -> {
                    if (a.kind() == AlertKind.RISK && a.entryIds().contains(p.entryIds().get(0))) {
                        return true;
                    }
                }
                case SPIKE -> {
                    if (a.kind() == AlertKind.SPIKE && within(a, p.start(), p.end().plusDays(1))) {
                        return true;
                    }
                }
                case TREND -> {
                    if (a.kind() != AlertKind.RISK && within(a, p.start(), p.end().plusDays(7))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean within(Alert a, LocalDate from, LocalDate to) {
        LocalDate d = a.raisedAt().toLocalDate();
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static String median(List<Long> xs) {
        if (xs.isEmpty()) {
            return "n/a";
        }
        List<Long> s = new ArrayList<>(xs);
        s.sort(Long::compare);
        int n = s.size();
        double m = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
        return String.format(Locale.ROOT, "%.1f", m);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static double prec(int tp, int other) {
        return tp + other == 0 ? 0 : tp / (double) (tp + other);
    }

    private static double f1(int tp, int fp, int fn) {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }
}
