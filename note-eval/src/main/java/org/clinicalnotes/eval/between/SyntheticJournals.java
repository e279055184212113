package org.clinicalnotes.eval.between;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.clinicalnotes.between.JournalEntry;

/**
 * A seeded generator of synthetic journal series: per client, 90 days (by default) of entries at a
 * client-specific frequency with missing days and gaps, self-ratings around a personal baseline with a
 * weekly cycle and noise, and planted events: anxiety spikes (one or two days), sustained worsening trends
 * (a ramp over three weeks) and risk entries. Every entry's text comes from a set written blind: calm and
 * hopeful texts (hard negatives among them) on ordinary days, now and then a mildly negative one; anxious or
 * panicky texts on spike days; low and anxious texts along a trend; a risk text on a risk day. Same seed,
 * same texts: same series.
 *
 * @since 0.2.0
 */
public final class SyntheticJournals {

    /** What was planted. */
    public enum Kind {
        /** An anxiety spike of one or two days. */
        SPIKE,
        /** A sustained worsening over about three weeks. */
        TREND,
        /** A risk entry. */
        RISK
    }

    /**
     * A planted event.
     *
     * @param client the client
     * @param kind what it is
     * @param start its first day
     * @param end its last day (the peak of a trend)
     * @param entryIds the entries that carry it (spike days, the risk entry; the ramp's entries for a trend)
     * @param textId for a risk entry, the blind text's id
     */
    public record Planted(String client, Kind kind, LocalDate start, LocalDate end, List<String> entryIds, String textId) {
    }

    /**
     * The generated series.
     *
     * @param entries all entries of all clients, ordered by time
     * @param planted the planted events
     * @param clients how many clients
     * @param days how many days each
     */
    public record Series(List<JournalEntry> entries, List<Planted> planted, int clients, int days) {
    }

    private SyntheticJournals() {
    }

    /**
     * @param texts the blind texts to draw entry texts from
     * @param clients how many clients (at least 1)
     * @param days how many days per client (at least 60)
     * @param seed the seed
     * @return the series
     */
    public static Series generate(List<BlindJournalText> texts, int clients, int days, long seed) {
        Random rnd = new Random(seed);
        List<BlindJournalText> ordinary = texts.stream().filter(t -> !t.risk() && t.distress() <= 1 && t.anxiety() <= 1)
                .toList();
        List<BlindJournalText> mild = texts.stream().filter(t -> !t.risk() && t.distress() == 2 && t.anxiety() <= 1
                && !t.label().equals("panicky")).toList();
        List<BlindJournalText> anxious = texts.stream().filter(t -> (t.label().equals("anxious") || t.label().equals("panicky"))
                && t.anxiety() >= 2).toList();
        List<BlindJournalText> worse = texts.stream().filter(t -> (t.label().equals("low") || t.label().equals("anxious"))
                && t.distress() >= 2).toList();
        List<BlindJournalText> risk = texts.stream().filter(BlindJournalText::risk).toList();
        List<JournalEntry> entries = new ArrayList<>();
        List<Planted> planted = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 1, 5);
        ZoneId[] zones = {ZoneId.of("America/New_York"), ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Africa/Lagos")};
        for (int c = 0; c < clients; c++) {
            String client = String.format("client-%03d", c);
            ZoneId zone = zones[c % zones.length];
            double frequency = 0.35 + 0.65 * rnd.nextDouble();
            double base = 1 + 3 * rnd.nextDouble();
            double noise = 0.4 + 1.0 * rnd.nextDouble();
            double cycle = 1.5 * rnd.nextDouble();
            DayOfWeek peak = DayOfWeek.of(1 + rnd.nextInt(7));
            double rated = 0.5 + 0.5 * rnd.nextDouble();
            double written = 0.4 + 0.6 * rnd.nextDouble();
            int gapStart = 10 + rnd.nextInt(days - 20);
            int gapLength = rnd.nextDouble() < 0.5 ? 3 + rnd.nextInt(5) : 0;
            // planted events: day -> kind
            double[] extra = new double[days];
            Kind[] kind = new Kind[days];
            int spikes = rnd.nextDouble() < 0.65 ? 1 + (rnd.nextDouble() < 0.4 ? 1 : 0) : 0;
            int lastSpike = -100;
            for (int s = 0; s < spikes; s++) {
                int d = 18 + rnd.nextInt(days - 22);
                if (Math.abs(d - lastSpike) < 14) {
                    continue;
                }
                lastSpike = d;
                int len = rnd.nextDouble() < 0.4 ? 2 : 1;
                for (int k = 0; k < len && d + k < days; k++) {
                    kind[d + k] = Kind.SPIKE;
                    extra[d + k] = 4 + 2 * rnd.nextDouble() - k;
                }
                planted.add(new Planted(client, Kind.SPIKE, first.plusDays(d), first.plusDays(Math.min(days - 1, d + len - 1)),
                        new ArrayList<>(), null));
            }
            boolean trend = rnd.nextDouble() < 0.25;
            int trendStart = trend ? 42 + rnd.nextInt(Math.max(1, days - 42 - 28)) : -1;
            if (trend) {
                double rise = 3 + 2 * rnd.nextDouble();
                for (int d = trendStart; d < Math.min(days, trendStart + 28); d++) {
                    if (kind[d] == null) {
                        kind[d] = Kind.TREND;
                        extra[d] = rise * Math.min(1.0, (d - trendStart) / 21.0);
                    }
                }
                planted.add(new Planted(client, Kind.TREND, first.plusDays(trendStart),
                        first.plusDays(Math.min(days - 1, trendStart + 21)), new ArrayList<>(), null));
            }
            int riskDay = rnd.nextDouble() < 0.3 ? 10 + rnd.nextInt(days - 10) : -1;
            for (int d = 0; d < days; d++) {
                boolean forced = kind[d] == Kind.SPIKE || d == riskDay;
                boolean inGap = d >= gapStart && d < gapStart + gapLength;
                if (!forced && (inGap || rnd.nextDouble() > frequency)) {
                    continue;
                }
                LocalDate date = first.plusDays(d);
                ZonedDateTime time = date.atTime(7 + rnd.nextInt(16), rnd.nextInt(60)).atZone(zone);
                double weekly = date.getDayOfWeek() == peak ? cycle : date.getDayOfWeek() == peak.plus(1) ? cycle / 2 : 0;
                double a = base + weekly + noise * rnd.nextGaussian() + extra[d];
                double dis = base * 0.8 + weekly / 2 + noise * rnd.nextGaussian() + (kind[d] == Kind.TREND ? extra[d] : extra[d] / 2);
                BlindJournalText text = null;
                Kind k = d == riskDay ? Kind.RISK : kind[d];
                if (k == Kind.RISK) {
                    text = risk.get(rnd.nextInt(risk.size()));
                    dis += 2;
                } else if (k == Kind.SPIKE) {
                    text = rnd.nextDouble() < Math.max(written, 0.7) ? anxious.get(rnd.nextInt(anxious.size())) : null;
                } else if (k == Kind.TREND && rnd.nextDouble() < written * Math.min(1.0, 0.3 + extra[d] / 4)) {
                    text = worse.get(rnd.nextInt(worse.size()));
                } else if (rnd.nextDouble() < written) {
                    text = rnd.nextDouble() < 0.1 && !mild.isEmpty() ? mild.get(rnd.nextInt(mild.size()))
                            : ordinary.get(rnd.nextInt(ordinary.size()));
                }
                boolean rate = rnd.nextDouble() < rated || text == null;
                Integer anxiety = rate ? clamp(a) : null;
                Integer mood = rate ? clamp(10 - 1.5 - dis) : null;
                Double sleep = rate && rnd.nextDouble() < 0.6 ? Math.round((7.5 - dis / 3 + rnd.nextGaussian()) * 2) / 2.0 : null;
                if (sleep != null) {
                    sleep = Math.max(0, Math.min(24, sleep));
                }
                String id = client + "-d" + d;
                entries.add(new JournalEntry(id, client, time, text == null ? null : text.text(), mood, anxiety, sleep,
                        List.of(), List.of()));
                for (Planted p : planted) {
                    if (p.client().equals(client) && p.kind() == k && !date.isBefore(p.start()) && !date.isAfter(p.end())) {
                        p.entryIds().add(id);
                    }
                }
                if (k == Kind.RISK) {
                    planted.add(new Planted(client, Kind.RISK, date, date, List.of(id), text.id()));
                }
            }
        }
        entries.sort(Comparator.comparing((JournalEntry e) -> e.time().toInstant()).thenComparing(JournalEntry::id));
        return new Series(entries, planted, clients, days);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(10, Math.round(v)));
    }
}
