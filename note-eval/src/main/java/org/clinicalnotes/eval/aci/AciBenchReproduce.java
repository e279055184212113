package org.clinicalnotes.eval.aci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicalnotes.eval.rouge.Rouge;

/**
 * Checks {@link Rouge} against ACI-Bench's published full-note ("ALL") result rows: scores the authors'
 * system outputs in {@code baseline_predictions/} against the gold notes and compares ROUGE-1, ROUGE-2 and
 * ROUGE-L (= ROUGE-Lsum over newline-split sentences) with {@code results_tables/test1.csv} and
 * {@code test2.csv}. Exits with status 1 when a checked row differs by more than 0.01.
 *
 * <p>Usage: {@code java -cp ... org.clinicalnotes.eval.aci.AciBenchReproduce [ACI_BENCH_DIR]}; the
 * directory defaults to {@code ../shared/data/aci-bench}. ACI-Bench: Yim et al., Scientific Data 10:586
 * (2023), CC BY 4.0.
 *
 * @since 0.1.0
 */
public final class AciBenchReproduce {

    private AciBenchReproduce() {
    }

    /** Published row name, prediction file stem (with {@code %s} for the split file suffix or name). */
    private record Sys(String row, String file, boolean gpt) {
    }

    private static final List<Sys> SYSTEMS = List.of(
            new Sys("transcript", "transcript_%s.csv", false),
            new Sys("longest spearker turn", "longest_speaker_turn_%s.csv", false),
            new Sys("longest doctor turn", "longest_doctor_turn_%s.csv", false),
            new Sys("12 speaker turns", "12_speaker_turns_%s.csv", false),
            new Sys("12 doctor turns", "12_doctor_turns_%s.csv", false),
            new Sys("train$_{\\mathrm{UMLS}}$", "UMLS_similarity_%s.csv", false),
            new Sys("train$_{\\mathrm{sent}}$", "spacy_similarity_%s.csv", false),
            new Sys("BART+FT$_{\\mathrm{SAMSum}}$ (Division)", "bart-large-xsum-samsum_%s_division_combined.csv", false),
            new Sys("Text-Davinci-002", "%s_Text-Davinci-002.csv", true),
            new Sys("Text-Davinci-003", "%s_Text-Davinci-003.csv", true),
            new Sys("ChatGPT", "%s_ChatGPT.csv", true),
            new Sys("GPT-4", "%s_GPT-4.csv", true));

    /**
     * Runs the check and prints one line per row.
     *
     * @param args optional ACI-Bench directory
     * @since 0.1.0
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/aci-bench");
        int failures = 0;
        String[][] splits = {{"test1", "clinicalnlp_taskB_test1"}, {"test2", "clinicalnlp_taskC_test2"}};
        for (String[] split : splits) {
            Map<String, double[]> published = publishedAll(dir.resolve("results_tables/" + split[0] + ".csv"));
            Map<String, String> gold = AciCsv.byEncounter(
                    AciCsv.read(dir.resolve("challenge_data/" + split[1] + ".csv")), "note");
            System.out.printf(Locale.ROOT, "%n%s%n%-40s %22s %22s %22s  %s%n", split[0], "system",
                    "ROUGE-1 ours/pub", "ROUGE-2 ours/pub", "ROUGE-L(sum) ours/pub", "match");
            for (Sys sys : SYSTEMS) {
                Path file = dir.resolve("baseline_predictions/"
                        + String.format(Locale.ROOT, sys.file(), sys.gpt() ? split[0] : split[1]));
                if (!Files.exists(file) || !published.containsKey(sys.row())) {
                    continue;
                }
                List<Map<String, String>> rows = AciCsv.read(file);
                List<String> refs = new ArrayList<>();
                List<String> preds = new ArrayList<>();
                for (Map<String, String> row : rows) {
                    if (sys.gpt()) {
                        refs.add(row.get("Reference Summaries"));
                    } else {
                        refs.add(gold.get(row.get("encounter_id")));
                    }
                    preds.add(row.get("note"));
                }
                Rouge.Summary s = Rouge.corpus(refs, preds);
                double[] p = published.get(sys.row());
                boolean ok = Math.abs(round2(s.rouge1()) - p[0]) <= 0.01
                        && Math.abs(round2(s.rouge2()) - p[1]) <= 0.01
                        && Math.abs(round2(s.rougeLsum()) - p[2]) <= 0.01;
                if (!ok) {
                    failures++;
                }
                System.out.printf(Locale.ROOT, "%-40s %10.2f / %-9.2f %10.2f / %-9.2f %10.2f / %-9.2f  %s   (rougeL whole-text %.2f)%n",
                        sys.row(), s.rouge1(), p[0], s.rouge2(), p[1], s.rougeLsum(), p[2], ok ? "yes" : "NO",
                        s.rougeL());
            }
        }
        System.out.println(failures == 0 ? "\nall rows match within 0.01" : "\n" + failures + " rows differ");
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Rows of the "ALL" block: name to [R1, R2, RL]. */
    static Map<String, double[]> publishedAll(Path table) {
        List<String> lines;
        try {
            lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table, e);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        boolean inAll = false;
        for (String line : lines) {
            if (line.strip().equals("ALL")) {
                inAll = true;
                continue;
            }
            if (inAll && line.startsWith("division-")) {
                break;
            }
            if (!inAll) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            String[] cells = line.split(",");
            if (cells.length < 8 || comma < 0 || cells[0].equals("Model")) {
                continue;
            }
            // the name may contain no comma; values are the last 7 cells
            int n = cells.length;
            String name = String.join(",", java.util.Arrays.copyOfRange(cells, 0, n - 7));
            out.put(name, new double[] {Double.parseDouble(cells[n - 7]), Double.parseDouble(cells[n - 6]),
                Double.parseDouble(cells[n - 5])});
        }
        return out;
    }
}
