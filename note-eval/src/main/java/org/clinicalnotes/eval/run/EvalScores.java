package org.clinicalnotes.eval.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.clinicalnotes.eval.concept.ConceptLexicon;
import org.clinicalnotes.eval.concept.ConceptOverlap;
import org.clinicalnotes.eval.rouge.Rouge;

/**
 * Scores an {@link EvalRun}: ROUGE-1/2/Lsum (as the ACI-Bench authors computed them, see {@link Rouge}) and
 * concept F1 for our model, for the transcript-copy baseline (computed) and for the published systems (their
 * table rows, plus concept F1 computed from their released outputs where given); the same per division for
 * full-note datasets and per section header for section datasets; the grounding rate.
 *
 * <p>Division scores average over every encounter of the split, an empty division scoring 0, as the authors
 * did (their transcript-copy rows score 0.00 on every objective division). For divisions the "ROUGE-L" column
 * is whole-text ROUGE-L: the published division rows behave like it (transcript copy, subjective: ROUGE-L /
 * ROUGE-1 = 0.60 published, 0.59 whole-text here, 0.91 with ROUGE-Lsum). The computed transcript-copy baseline
 * puts the whole dialogue in the subjective division; the authors ran their section tagger over it, which this
 * kit does not have, so that one cell differs (test1 subjective ROUGE-1: 17.32 here, 19.62 published).
 * Immutable.
 *
 * @since 0.1.0
 */
public final class EvalScores {

    /** Display name of the computed transcript-copy baseline. */
    public static final String TRANSCRIPT_COPY = "transcript copy";

    private final EvalRun run;
    private final String ours;
    private final List<SystemScore> rows;

    private EvalScores(EvalRun run, String ours, List<SystemScore> rows) {
        this.run = run;
        this.ours = ours;
        this.rows = List.copyOf(rows);
    }

    /**
     * Scores a run.
     *
     * @param run the run; not null
     * @param lexicon the concept vocabulary; not null
     * @param shownPublished published row name to display name, in display order (rows not named are left out)
     * @param publishedPredictions display name to (case id to output) for published systems; may be empty
     * @return the scores
     * @since 0.1.0
     */
    public static EvalScores of(EvalRun run, ConceptLexicon lexicon, Map<String, String> shownPublished,
                                Map<String, Map<String, String>> publishedPredictions) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(lexicon, "lexicon");
        String ours = run.model().name() + " (this SDK)";
        List<SystemScore> rows = new ArrayList<>();
        List<CaseResult> results = run.results();
        List<String> gold = results.stream().map(r -> r.evalCase().reference()).toList();
        List<String> pred = results.stream().map(CaseResult::text).toList();
        List<String> copy = results.stream().map(r -> r.evalCase().dialogue()).toList();
        boolean full = results.get(0).evalCase().fullNote();

        rows.add(measured(ours, "ALL", gold, pred, lexicon));
        boolean publishedCopy = false;
        for (Map.Entry<String, String> e : shownPublished.entrySet()) {
            for (PublishedRow p : run.split().published()) {
                if (p.block().equals("ALL") && p.system().equals(e.getKey())) {
                    publishedCopy |= e.getValue().equals(TRANSCRIPT_COPY);
                    rows.add(published(p, e.getValue(), conceptsOf(e.getValue(), publishedPredictions, results, lexicon)));
                }
            }
        }
        if (!publishedCopy) {
            rows.add(measured(TRANSCRIPT_COPY, "ALL", gold, copy, lexicon));
        }
        if (full) {
            for (String division : EvalSplit.ACI_DIVISIONS) {
                List<String> g = results.stream().map(r -> r.evalCase().divisionReferences().getOrDefault(division, ""))
                        .toList();
                List<String> o = results.stream().map(r -> r.divisionTexts().getOrDefault(division, "")).toList();
                rows.add(measured(ours, division, g, o, lexicon));
                boolean pubCopy = false;
                for (Map.Entry<String, String> e : shownPublished.entrySet()) {
                    for (PublishedRow p : run.split().published()) {
                        if (p.block().equals(division) && p.system().equals(e.getKey())) {
                            pubCopy |= e.getValue().equals(TRANSCRIPT_COPY);
                            rows.add(published(p, e.getValue(), Double.NaN));
                        }
                    }
                }
                if (!pubCopy) {
                    List<String> c = results.stream()
                            .map(r -> division.equals("subjective") ? r.evalCase().dialogue() : "").toList();
                    rows.add(measured(TRANSCRIPT_COPY, division, g, c, lexicon));
                }
            }
        } else {
            Map<String, List<Integer>> bySection = new TreeMap<>();
            for (int i = 0; i < results.size(); i++) {
                bySection.computeIfAbsent(results.get(i).evalCase().subset(), k -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<String, List<Integer>> e : bySection.entrySet()) {
                List<String> g = e.getValue().stream().map(gold::get).toList();
                rows.add(measured(ours, e.getKey(), g, e.getValue().stream().map(pred::get).toList(), lexicon));
                rows.add(measured(TRANSCRIPT_COPY, e.getKey(), g, e.getValue().stream().map(copy::get).toList(),
                        lexicon));
            }
        }
        return new EvalScores(run, ours, rows);
    }

    private static double conceptsOf(String system, Map<String, Map<String, String>> predictions,
                                     List<CaseResult> results, ConceptLexicon lexicon) {
        Map<String, String> byId = predictions.get(system);
        if (byId == null) {
            return Double.NaN;
        }
        List<String> g = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (CaseResult r : results) {
            String out = byId.get(r.evalCase().id());
            if (out == null) {
                return Double.NaN;
            }
            g.add(r.evalCase().reference());
            p.add(out);
        }
        return ConceptOverlap.corpus(lexicon, g, p).f1();
    }

    private static SystemScore measured(String system, String block, List<String> gold, List<String> pred,
                                        ConceptLexicon lexicon) {
        Rouge.Summary s = Rouge.corpus(gold, pred);
        ConceptOverlap.Summary c = ConceptOverlap.corpus(lexicon, gold, pred);
        double rl = EvalSplit.ACI_DIVISIONS.contains(block) ? s.rougeL() : s.rougeLsum();
        return new SystemScore(system, block, true, s.rouge1(), s.rouge2(), rl, Double.NaN, c.f1(),
                gold.size());
    }

    private static SystemScore published(PublishedRow p, String name, double conceptF1) {
        return new SystemScore(name, p.block(), false, p.rouge1(), p.rouge2(), p.rougeL(), p.fact(), conceptF1, 0);
    }

    /** @return the run */
    public EvalRun run() {
        return run;
    }

    /** @return our model's display name */
    public String ours() {
        return ours;
    }

    /** @return every row, ours first in each block */
    public List<SystemScore> rows() {
        return rows;
    }

    /**
     * The rows of one block.
     *
     * @param block {@code ALL}, a division or a section header
     * @return the rows, ours first
     */
    public List<SystemScore> block(String block) {
        return rows.stream().filter(r -> r.block().equals(block)).toList();
    }

    /** @return our model's row for the whole note (or all sections) */
    public SystemScore oursAll() {
        return block("ALL").get(0);
    }

    /** @return the blocks other than ALL, in order (divisions or section headers) */
    public List<String> subBlocks() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        rows.stream().map(SystemScore::block).filter(b -> !b.equals("ALL")).forEach(b -> seen.put(b, true));
        return List.copyOf(seen.keySet());
    }
}
