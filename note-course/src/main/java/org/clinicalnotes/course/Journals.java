package org.clinicalnotes.course;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Optional;

/** The journal since the latest session, as one brief line. */
final class Journals {

    private Journals() {
    }

    static List<JournalEntry> since(ClientHistory h) {
        LocalDate day = h.latest().date();
        if (day == null) {
            return List.of();
        }
        Instant from = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return h.journal().stream().filter(e -> !e.time().isBefore(from)).toList();
    }

    static Optional<BriefLine> sinceLatest(ClientHistory h) {
        List<JournalEntry> es = since(h);
        if (es.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("Journal since " + h.latest().id() + ": " + es.size()
                + (es.size() == 1 ? " entry" : " entries"));
        List<String> ids = new ArrayList<>();
        es.forEach(e -> ids.add(e.id()));
        DoubleSummaryStatistics mood = es.stream().filter(e -> e.mood() != null).mapToDouble(JournalEntry::mood)
                .summaryStatistics();
        if (mood.getCount() > 0) {
            JournalEntry low = es.stream().filter(e -> e.mood() != null)
                    .min((a, b) -> Double.compare(a.mood(), b.mood())).orElseThrow();
            sb.append("; mood ").append(Brief.fmt(mood.getMin())).append(" to ").append(Brief.fmt(mood.getMax()))
                    .append(" (lowest ").append(low.id()).append(")");
            DoubleSummaryStatistics before = h.journal().stream().filter(e -> e.mood() != null && !es.contains(e))
                    .mapToDouble(JournalEntry::mood).summaryStatistics();
            if (before.getCount() > 0) {
                sb.append(", mean ").append(String.format(java.util.Locale.ROOT, "%.1f", mood.getAverage()))
                        .append(" against ").append(String.format(java.util.Locale.ROOT, "%.1f", before.getAverage()))
                        .append(" before");
            }
        }
        DoubleSummaryStatistics anx = es.stream().filter(e -> e.anxiety() != null).mapToDouble(JournalEntry::anxiety)
                .summaryStatistics();
        if (anx.getCount() > 0) {
            sb.append("; anxiety ").append(Brief.fmt(anx.getMin())).append(" to ").append(Brief.fmt(anx.getMax()));
        }
        sb.append('.');
        return Optional.of(new BriefLine("since-last-session", sb.toString(), List.of(new Evidence(Evidence.JOURNAL, ids))));
    }
}
