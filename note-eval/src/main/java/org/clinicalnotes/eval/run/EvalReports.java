package org.clinicalnotes.eval.run;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.clinicalnotes.eval.concept.ConceptLexicon;
import org.clinicalnotes.eval.report.BarChart;
import org.clinicalnotes.eval.report.EvalReport;
import org.clinicalnotes.eval.report.ReportSection;
import org.clinicalnotes.eval.report.ReportSectionProvider;
import org.clinicalnotes.eval.report.ReportTable;

/**
 * Builds the evaluation {@link EvalReport} from {@link EvalScores}: the full-note table beside the published
 * rows, ROUGE per division (or per MTS-Dialog section), concept overlap, grounding, PHI and risk sections
 * (placeholders labelled "not yet measured" unless a {@link ReportSectionProvider} fills them) and throughput.
 * Stateless.
 *
 * @since 0.1.0
 */
public final class EvalReports {

    /** Ids of the sections other modules fill through {@link ReportSectionProvider}. */
    public static final List<String> PLUGGABLE = List.of("phi", "risk");

    private static final List<String> PHI_CATEGORIES = List.of("NAME", "DATE", "AGE over 89", "PHONE / FAX", "EMAIL",
            "ADDRESS / GEOGRAPHIC", "MEDICAL RECORD / ACCOUNT NUMBER", "SSN / LICENSE / OTHER ID", "URL / IP");

    /** JMH benchmarks that process one whole transcript per operation. */
    private static final List<String> PER_TRANSCRIPT = List.of(".read", ".offlineModel", ".endToEnd");

    private EvalReports() {
    }

    /**
     * The full-note table (or, for section datasets, the all-sections table) as printed by the CLI.
     *
     * @param scores the scores; not null
     * @return the table
     * @since 0.1.0
     */
    public static ReportTable mainTable(EvalScores scores) {
        EvalSplit split = scores.run().split();
        boolean full = split.cases().get(0).fullNote();
        String caption = full
                ? "Full note, " + split.name() + " (" + split.cases().size() + " encounters)"
                : "All sections, " + split.name() + " (" + split.cases().size() + " dialogue/section pairs)";
        return scoreTable(caption, scores.block("ALL"), scores.ours(), true);
    }

    private static ReportTable scoreTable(String caption, List<SystemScore> rows, String ours, boolean withFirstCol) {
        List<List<String>> cells = new ArrayList<>();
        for (SystemScore r : rows) {
            cells.add(List.of(r.system(), f(r.rouge1()), f(r.rouge2()), f(r.rougeL()), f(r.medcon()),
                    f(r.conceptF1()), r.measured() ? "measured here" : "published"));
        }
        return new ReportTable(caption, List.of(withFirstCol ? "system" : "system", "ROUGE-1", "ROUGE-2",
                "ROUGE-L", "medcon (paper)", "concept F1 (kit)", "source"), cells, List.of(ours));
    }

    /**
     * Builds the report, then lets every {@link ReportSectionProvider} on the class path replace its section.
     *
     * @param scores the scores; not null
     * @param speed figures measured elsewhere; not null
     * @param dataDir the shared data folder, passed to providers; not null
     * @return the report
     * @since 0.1.0
     */
    public static EvalReport build(EvalScores scores, SpeedFigures speed, Path dataDir) {
        EvalReport report = build(scores, speed);
        for (ReportSectionProvider p : ServiceLoader.load(ReportSectionProvider.class)) {
            var section = p.section(dataDir);
            if (section.isPresent()) {
                report = report.with(section.get());
            }
        }
        return report;
    }

    /**
     * Builds the report without consulting providers.
     *
     * @param scores the scores; not null
     * @param speed figures measured elsewhere; not null
     * @return the report
     * @since 0.1.0
     */
    public static EvalReport build(EvalScores scores, SpeedFigures speed) {
        EvalRun run = scores.run();
        EvalSplit split = run.split();
        boolean full = split.cases().get(0).fullNote();
        List<ReportSection> sections = new ArrayList<>();
        SystemScore ours = scores.oursAll();

        sections.add(ReportSection.of("summary", "Summary", List.of(
                String.format(Locale.ROOT, "%s on %s: %d %s, %d drafts from the cache. ROUGE-1 %.2f, ROUGE-2 %.2f, "
                                + "ROUGE-L %.2f, concept F1 %.2f; %.1f%% of %d statements grounded in their cited turns.",
                        run.model().id(), split.name(), split.cases().size(), full ? "encounters" : "dialogues",
                        run.cachedCount(), ours.rouge1(), ours.rouge2(), ours.rougeL(), ours.conceptF1(),
                        100 * run.groundingRate(), run.results().stream().mapToInt(CaseResult::statements).sum()),
                "ROUGE is computed as the ACI-Bench authors did (rouge_score defaults: lower case, letters and digits, "
                        + "no stemming, F1, macro average over encounters, ×100); the paper's \"ROUGE-L\" is ROUGE-Lsum "
                        + "over newline-split sentences. Published rows are copied from ACI-Bench results_tables; "
                        + "\"medcon\" is the paper's UMLS concept F1, \"concept F1 (kit)\" this kit's UMLS-free "
                        + "approximation (computed for published systems from their released outputs where available)."),
                List.of(), List.of()));

        List<SystemScore> all = scores.block("ALL");
        sections.add(ReportSection.of("rouge-full-note", full ? "Full note" : "All sections", List.of(),
                List.of(mainTable(scores)),
                List.of(new BarChart(full ? "Full note: ROUGE by system" : "All sections: ROUGE by system",
                        "F1 × 100", all.stream().map(SystemScore::system).toList(),
                        List.of("ROUGE-1", "ROUGE-2", "ROUGE-L"),
                        List.of(all.stream().map(SystemScore::rouge1).toList(),
                                all.stream().map(SystemScore::rouge2).toList(),
                                all.stream().map(SystemScore::rougeL).toList())))));

        List<String> blocks = scores.subBlocks();
        List<String> systems = new ArrayList<>();
        for (String b : blocks) {
            for (SystemScore r : scores.block(b)) {
                if (!systems.contains(r.system())) {
                    systems.add(r.system());
                }
            }
        }
        List<List<Double>> r1 = new ArrayList<>();
        for (String sys : systems) {
            List<Double> v = new ArrayList<>();
            for (String b : blocks) {
                v.add(scores.block(b).stream().filter(r -> r.system().equals(sys)).mapToDouble(SystemScore::rouge1)
                        .findFirst().orElse(Double.NaN));
            }
            r1.add(v);
        }
        List<List<String>> divRows = new ArrayList<>();
        for (String b : blocks) {
            for (SystemScore r : scores.block(b)) {
                divRows.add(List.of(b, r.system(), f(r.rouge1()), f(r.rouge2()), f(r.rougeL()), f(r.medcon()),
                        f(r.conceptF1()), r.measured() ? "measured here" : "published"));
            }
        }
        List<String> divText = new ArrayList<>();
        if (full) {
            Map<String, List<String>> bySection = new LinkedHashMap<>();
            split.divisions().forEach((section, division) ->
                    bySection.computeIfAbsent(division, k -> new ArrayList<>()).add(section));
            List<String> parts = new ArrayList<>();
            bySection.forEach((d, secs) -> parts.add(d + " ← " + String.join(", ", secs)));
            divText.add("Our template's sections map to the divisions by the first content kind they take: "
                    + String.join("; ", parts) + ". The gold division texts are the authors' (challenge_data_sections). Every encounter counts; "
                    + "an empty division scores 0, as in the published rows. ROUGE-L here is whole-text ROUGE-L, "
                    + "which is what the published division rows behave like; the computed transcript copy (whole "
                    + "dialogue as subjective) differs from the authors', who ran their section tagger over it.");
        } else {
            divText.add("Each MTS-Dialog row is one gold section; its section_header maps to content kinds and the "
                    + "statements of the template sections that take them are scored. The transcript copy scores the "
                    + "whole dialogue against the section.");
        }
        sections.add(ReportSection.of(full ? "rouge-divisions" : "rouge-sections",
                full ? "ROUGE per division" : "ROUGE per section header", divText,
                List.of(new ReportTable("", List.of(full ? "division" : "section", "system", "ROUGE-1", "ROUGE-2",
                        "ROUGE-L", "medcon (paper)", "concept F1 (kit)", "source"), divRows, List.of())),
                List.of(new BarChart(full ? "ROUGE-1 per division" : "ROUGE-1 per section header", "ROUGE-1 F1 × 100",
                        blocks.stream().map(b -> b + " (n=" + scores.block(b).get(0).items() + ")").toList(),
                        systems, r1))));

        sections.add(ReportSection.of("concepts", "Concept overlap", List.of(String.format(Locale.ROOT,
                "F1 between the sets of medication, problem and finding concepts in the gold and generated text, "
                        + "macro-averaged over items whose gold text has at least one concept. Vocabulary: the kit's "
                        + "hand-curated list of %d concepts (Apache-2.0, seeded from ACI-Bench TRAIN notes, brand and "
                        + "generic names merged). It needs no UMLS licence, but it has no negation handling and covers "
                        + "common primary-care terms only, so its values are not comparable with the paper's medcon.",
                ConceptLexicon.builtIn().size())), List.of(new ReportTable("", List.of("system", "concept F1 (kit)",
                        "medcon (paper)"), all.stream().map(r -> List.of(r.system(), f(r.conceptF1()), f(r.medcon())))
                        .toList(), List.of(scores.ours()))), List.of()));

        sections.add(grounding(run));
        sections.add(prose(run));
        sections.add(placeholder("phi", "PHI recall by category (de-identification gold set)",
                "De-identification is scored on its own gold set and on phi-asq and presidio-synth; its figures "
                        + "appear here once the de-identification module is merged.",
                new ReportTable("", List.of("PHI category", "recall", "precision", "gold spans"),
                        PHI_CATEGORIES.stream().map(c -> List.of(c, "not yet measured", "not yet measured", "–")).toList(),
                        List.of())));
        sections.add(placeholder("risk", "Risk flags (safety gold set)",
                "Risk-flag sensitivity and precision on the safety gold set appear here once the risk screen is merged.",
                new ReportTable("", List.of("risk kind", "sensitivity", "precision", "gold items"),
                        List.of(List.of("suicidal ideation", "not yet measured", "not yet measured", "–"),
                                List.of("self-harm", "not yet measured", "not yet measured", "–"),
                                List.of("abuse or neglect", "not yet measured", "not yet measured", "–")), List.of())));
        sections.add(throughput(run, speed));
        String subtitle = String.format(Locale.ROOT, "%s · model %s · template %s · %d items · generated %s",
                split.name(), run.model().id(), split.template().id(), split.cases().size(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return new EvalReport("clinical-notes evaluation: " + split.name(), subtitle, sections);
    }

    private static ReportSection grounding(EvalRun run) {
        Map<String, int[]> bySubset = new LinkedHashMap<>();
        for (CaseResult r : run.results()) {
            int[] c = bySubset.computeIfAbsent(r.evalCase().subset(), k -> new int[3]);
            c[0]++;
            c[1] += r.statements();
            c[2] += r.supported();
        }
        List<List<String>> rows = new ArrayList<>();
        int items = 0;
        int st = 0;
        int sup = 0;
        for (Map.Entry<String, int[]> e : bySubset.entrySet()) {
            int[] c = e.getValue();
            rows.add(List.of(e.getKey().isEmpty() ? "(none)" : e.getKey(), String.valueOf(c[0]), String.valueOf(c[1]),
                    String.valueOf(c[2]), pct(c[2], c[1])));
            items += c[0];
            st += c[1];
            sup += c[2];
        }
        rows.add(List.of("all", String.valueOf(items), String.valueOf(st), String.valueOf(sup), pct(sup, st)));
        return ReportSection.of("grounding", "Grounding", List.of(
                "Share of generated statements that the grounding check finds SUPPORTED by the utterances they cite "
                        + "(content-word coverage of the statement by its evidence)."),
                List.of(new ReportTable("", List.of("subset", "items", "statements", "supported", "grounding rate"),
                        rows, List.of("all"))), List.of());
    }

    /**
     * The grammar gate: LanguageTool errors per 100 generated statements and statements left in the first or
     * second person outside quotations (see {@link org.clinicalnotes.eval.prose.ProseCheck}).
     *
     * @param run the run; not null
     * @return the section, with the most frequent rules
     */
    public static ReportSection prose(EvalRun run) {
        org.clinicalnotes.eval.prose.ProseCheck check = org.clinicalnotes.eval.prose.ProseCheck.create();
        List<String> statements = new ArrayList<>();
        for (CaseResult r : run.results()) {
            statements.addAll(org.clinicalnotes.eval.prose.ProseCheck.statements(r.text()));
        }
        org.clinicalnotes.eval.prose.ProseScore p = check.check(statements);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("statements", String.valueOf(p.statements())));
        rows.add(List.of("LanguageTool errors", String.valueOf(p.errors())));
        rows.add(List.of("errors per 100 statements", String.format(Locale.ROOT, "%.2f", p.errorsPer100())));
        rows.add(List.of("first/second-person statements outside quotes", String.valueOf(p.personStatements())));
        p.byRule().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                .forEach(e -> rows.add(List.of("rule " + e.getKey(), String.valueOf(e.getValue()))));
        return ReportSection.of("prose", "Prose (grammar gate)", List.of(
                "LanguageTool (American English) over every generated statement; spelling, typography and style "
                        + "hints are not counted (drug names and acronyms are not in its dictionary)."),
                List.of(new ReportTable("", List.of("measure", "value"), rows, List.of())), List.of());
    }

    private static ReportSection throughput(EvalRun run, SpeedFigures speed) {
        List<String> text = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        double tps = run.modelTranscriptsPerSecond();
        rows.add(List.of("model calls in this run (one thread, includes JIT warm-up)",
                Double.isNaN(tps) ? "all cached" : String.format(Locale.ROOT, "%,.0f transcripts/s", tps)));
        rows.add(List.of("whole run (read, draft or cache, check, render)",
                String.format(Locale.ROOT, "%.2f s for %d items", run.wallNanos() / 1e9, run.results().size())));
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("This run", List.of("what", "figure"), rows, List.of()));
        List<BarChart> charts = new ArrayList<>();
        if (!speed.benchmarks().isEmpty()) {
            List<List<String>> b = new ArrayList<>();
            for (SpeedFigures.Benchmark x : speed.benchmarks()) {
                b.add(List.of(x.name(), String.format(Locale.ROOT, "%,.1f", x.score()),
                        Double.isNaN(x.error()) ? "" : String.format(Locale.ROOT, "± %,.1f", x.error()), x.unit()));
            }
            tables.add(new ReportTable("JMH (note-bench, one thread)", List.of("benchmark", "score", "error", "unit"), b,
                    List.of()));
            List<SpeedFigures.Benchmark> perTranscript = speed.benchmarks().stream()
                    .filter(x -> x.unit().equals("ops/s") && PER_TRANSCRIPT.stream().anyMatch(x.name()::endsWith))
                    .toList();
            if (!perTranscript.isEmpty()) {
                List<String> names = new ArrayList<>(perTranscript.stream()
                        .map(x -> x.name().substring(x.name().lastIndexOf('.') + 1)).toList());
                List<Double> values = new ArrayList<>(perTranscript.stream().map(SpeedFigures.Benchmark::score).toList());
                names.add("target");
                values.add(1000.0);
                charts.add(new BarChart("Transcripts per second, one thread (JMH)", "transcripts per second",
                        names, List.of("transcripts/s"), List.of(values)));
            }
        } else {
            text.add("No JMH results given: run note-bench and pass --bench-results FILE to include them.");
        }
        if (!speed.coldStart().isEmpty()) {
            List<List<String>> c = new ArrayList<>();
            speed.coldStart().forEach((k, v) -> c.add(List.of(k, v)));
            tables.add(new ReportTable("CLI cold generate (note-bench/cold-start.sh)", List.of("figure", "value"), c,
                    List.of()));
        } else {
            text.add("No cold-start figures given: run note-bench/cold-start.sh and pass --cold-start FILE.");
        }
        text.add("Targets: at least 1,000 transcripts per second on one core; CLI cold generate at most 1 s; "
                + "peak heap at most 256 MB.");
        return ReportSection.of("throughput", "Throughput", text, tables, charts);
    }

    private static ReportSection placeholder(String id, String title, String text, ReportTable table) {
        return new ReportSection(id, title, List.of(text), List.of(table), List.of(), true);
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
