package org.clinicalnotes.eval.deid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.eval.report.BarChart;
import org.clinicalnotes.eval.report.ReportSection;
import org.clinicalnotes.eval.report.ReportSectionProvider;
import org.clinicalnotes.eval.report.ReportTable;

/**
 * The {@code phi} report section: {@link SafeHarborDeidentifier} scored by {@link DeidScore} on the seeded
 * de-identification gold set shipped in this module and, when the shared data folder holds them, on
 * phi-asq and phi-presidio-synth. Recall per gold category (a span counts as caught only when none of its
 * non-space characters survives), precision per predicted category (share of redacted non-space characters
 * inside gold PHI), and a bar chart of recall by category per data set. Only counts and category names go
 * into the section, never text. Found through {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
public final class PhiReportSection implements ReportSectionProvider {

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public PhiReportSection() {
    }

    @Override
    public String id() {
        return "phi";
    }

    /**
     * {@inheritDoc}
     *
     * @throws BadInputException (CN-1907) when a PHI data set present under {@code dataDir} cannot be read
     */
    @Override
    public Optional<ReportSection> section(Path dataDir) {
        List<GoldTranscript> set;
        List<DeidScore.Board> boards;
        try {
            set = DeidScore.builtInGoldSet();
            boards = DeidScore.boards(set, dataDir, false);
        } catch (IOException e) {
            throw new BadInputException("CN-1907", dataDir.toString(), 0,
                    "cannot read a PHI data set (" + e.getClass().getSimpleName() + ")",
                    "check " + DeidScore.ASQ_FILE + " and " + DeidScore.PRESIDIO_FILE + " under the data folder, "
                            + "or remove them to skip those data sets", e);
        }
        return Optional.of(section(boards, set.size(), dataDir));
    }

    static ReportSection section(List<DeidScore.Board> boards, int goldTranscripts, Path dataDir) {
        List<String> text = new ArrayList<>();
        text.add("SafeHarborDeidentifier (default settings) on the seeded de-identification gold set ("
                + goldTranscripts + " synthetic transcripts, note-eval/src/main/resources/deid-gold/gold.jsonl)"
                + " and on the shared PHI data sets. Recall: a gold span counts as caught only when none of its "
                + "non-space characters survives. Precision: share of redacted non-space characters that lie inside "
                + "gold PHI, by the category the de-identifier gave. Categories are each data set's own labels. "
                + "The gold set is generated from the same seeded templates the de-identifier was developed "
                + "against (a regression check); phi-asq and phi-presidio-synth are outside data and the "
                + "better estimate. presidio-synth also labels what Safe Harbor lets stay (ages under 90, bare "
                + "years and weekdays, organisations, titles, nationalities), which lowers its recall by design; "
                + "its street addresses and place names are real gaps.");
        List<String> absent = new ArrayList<>();
        if (!Files.exists(dataDir.resolve(DeidScore.ASQ_FILE))) {
            absent.add("phi-asq (" + DeidScore.ASQ_FILE + ")");
        }
        if (!Files.exists(dataDir.resolve(DeidScore.PRESIDIO_FILE))) {
            absent.add("phi-presidio-synth (" + DeidScore.PRESIDIO_FILE + ")");
        }
        if (!absent.isEmpty()) {
            text.add("Not measured, data absent under the data folder: " + String.join(", ", absent)
                    + ". Point --data at the shared data folder to include them.");
        }
        List<List<String>> summary = new ArrayList<>();
        for (DeidScore.Board b : boards) {
            summary.add(List.of(b.name, String.valueOf(b.goldTotal()), pct(b.caughtTotal(), b.goldTotal()),
                    pct(b.predictedInGold, b.predicted),
                    b.negatives == 0 ? "–" : b.negativesTouched + " of " + b.negatives));
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("Overall", List.of("data set", "gold spans", "recall", "precision (chars)",
                "PHI-free texts with a redaction"), summary, List.of()));
        List<BarChart> charts = new ArrayList<>();
        for (DeidScore.Board b : boards) {
            List<List<String>> recall = new ArrayList<>();
            List<String> cats = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Map.Entry<String, DeidScore.Stat> e : b.byGold.entrySet()) {
                DeidScore.Stat s = e.getValue();
                recall.add(List.of(e.getKey(), String.valueOf(s.gold), String.valueOf(s.caught), pct(s.caught, s.gold)));
                cats.add(e.getKey() + " (n=" + s.gold + ")");
                values.add(s.gold == 0 ? Double.NaN : 100.0 * s.caught / s.gold);
            }
            recall.add(List.of("all", String.valueOf(b.goldTotal()), String.valueOf(b.caughtTotal()),
                    pct(b.caughtTotal(), b.goldTotal())));
            tables.add(new ReportTable(b.name + ": recall by gold category",
                    List.of("gold category", "gold spans", "caught", "recall"), recall, List.of("all")));
            List<List<String>> precision = new ArrayList<>();
            for (Map.Entry<String, DeidScore.Stat> e : b.byPredicted.entrySet()) {
                DeidScore.Stat s = e.getValue();
                precision.add(List.of(e.getKey(), String.valueOf(s.predicted), String.valueOf(s.predictedInGold),
                        pct(s.predictedInGold, s.predicted)));
            }
            precision.add(List.of("all", String.valueOf(b.predicted), String.valueOf(b.predictedInGold),
                    pct(b.predictedInGold, b.predicted)));
            tables.add(new ReportTable(b.name + ": precision by predicted category",
                    List.of("predicted category", "redacted chars", "inside gold PHI", "precision"), precision,
                    List.of("all")));
            if (!cats.isEmpty()) {
                charts.add(new BarChart(b.name + ": PHI recall by category", "recall %", cats, List.of("recall"),
                        List.of(values)));
            }
        }
        return ReportSection.of("phi", "PHI recall by category (de-identification)", text, tables, charts);
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
