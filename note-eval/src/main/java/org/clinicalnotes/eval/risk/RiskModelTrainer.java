package org.clinicalnotes.eval.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.DialogueUnit;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.risk.RiskModel.Verdict;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.semantic.SemanticRisk;
import org.clinicalnotes.semantic.internal.CourseSentenceEmbedder;
import org.clinicalnotes.semantic.internal.UnitModel;

/**
 * Trains the learned risk model shipped in {@code note-semantic} ({@code risk-model.tsv}): per kind, two
 * multiple-instance logistic readings ({@link MilLogistic}) of the screen's candidate {@link DialogueUnit}s (MiniLM
 * embedding of question + answer, and the rules' features), combined with the rules by three thresholds.
 *
 * <p>Data: every training source present among {@link #SOURCES} (blind-written conversations; the burnt test
 * sets test-2026-12, -12b and -12c are training data now). Never a frozen test set (test-2026-12d, burnt, is dev-2026-12d now). Evaluation: grouped
 * cross-validation, one fold per source file (a writer's style never sits on both sides), nested: each outer
 * fold's thresholds are chosen on the inner folds' held-out readings. The shipped thresholds are chosen the same
 * way on all sources, and the shipped weights trained on all of them.
 *
 * <p>Run: {@code java -cp … org.clinicalnotes.eval.risk.RiskModelTrainer MODEL.tsv REPORT.md}.
 */
public final class RiskModelTrainer {

    /** Training sources, one fold each. */
    static final List<String> SOURCES = List.of("/risk-blind/dev-2026-12/dev.jsonl",
            "/risk-blind/test-2026-12/part-a.jsonl", "/risk-blind/test-2026-12/part-b.jsonl",
            "/risk-blind/train-2026-12/train-a.jsonl", "/risk-blind/train-2026-12/train-b.jsonl",
            "/risk-blind/train-2026-12b/part-a.jsonl", "/risk-blind/train-2026-12b/part-b.jsonl",
            "/risk-blind/train-2026-12c/train-a.jsonl", "/risk-blind/train-2026-12c/train-b.jsonl",
            "/risk-blind/dev-2026-12c/part-a.jsonl", "/risk-blind/dev-2026-12c/part-b.jsonl",
            "/risk-blind/train-2026-12e/train-e.jsonl", "/risk-blind/train-2026-12f/train-f.jsonl",
            "/risk-blind/dev-2026-12d/part-a.jsonl", "/risk-blind/dev-2026-12d/part-b.jsonl",
            RiskReportSection.RISK_GOLD);

    /** Whether clean cases get an ASR-style twin in training (property {@code risk.asr}, default true). */
    static final boolean AUGMENT = Boolean.parseBoolean(System.getProperty("risk.asr", "true"));
    /** Whether evidence labels supervise units (property {@code risk.evidence}, default true). */
    static final boolean EVIDENCE = Boolean.parseBoolean(System.getProperty("risk.evidence", "true"));
    /** Inner folds of the nested cross-validation (sources grouped round robin; property {@code risk.innerFolds}). */
    static final int INNER_FOLDS = Integer.getInteger("risk.innerFolds", 4);

    private static final double[] ADD = {0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995};
    private static final double[] VETO = {0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    private static final double[] DENY = grid(UnitModel.MIN_DENY, 0.95, 0.05);

    /** One labelled conversation, read by the rules, with its candidate units' inputs. */
    record Example(BlindRiskReport.Case c, String group, Map<RiskFlag.Kind, RiskFlag.Status> rules, List<float[]> xs,
                   MilLogistic.Bag bag, boolean augmented, Map<RiskFlag.Kind, RiskFinding> findings) {
    }

    /** An example with a model's readings (per kind and head: probability, unit). */
    record Scored(Example e, double[][][] r) {
    }

    private RiskModelTrainer() {
    }

    /**
     * @param args {@code MODEL.tsv REPORT.md}
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RiskModelTrainer MODEL.tsv REPORT.md");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<Example> all = examples();
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(all.stream().map(Example::group).toList()));
        System.err.printf(Locale.ROOT, "%d conversations from %d sources read and embedded in %d s%n", all.size(),
                groups.size(), (System.nanoTime() - start) / 1_000_000_000L);
        MilLogistic.Params p = MilLogistic.Params.DEFAULT;
        // outer folds: one source held out; thresholds from the inner folds
        List<Scored> outer = new ArrayList<>();
        Map<String, UnitModel.Thresholds> chosen = new HashMap<>();
        Map<String, UnitModel.Thresholds> other = new HashMap<>();
        Map<String, UnitModel> foldModels = new HashMap<>();
        if (Boolean.getBoolean("risk.quick")) {
            RiskModelQuick.quick(all, groups, p, args[1]);
            return;
        }
        for (String g : groups) {
            List<Example> train = all.stream().filter(e -> !e.group().equals(g)).toList();
            List<Scored> inner = heldOut(train, p, INNER_FOLDS);
            UnitModel.Thresholds t = choose(inner);
            other.put(g, choose(inner, !UnitModel.ADD_OVER_UNCLEAR));
            chosen.put(g, t);
            UnitModel m = trainAll(train, p, t);
            foldModels.put(g, m);
            all.stream().filter(e -> e.group().equals(g) && !e.augmented())
                    .forEach(e -> outer.add(new Scored(e, m.read(e.xs()))));
            System.err.printf(Locale.ROOT, "fold %s trained (%d s)%n", g, (System.nanoTime() - start) / 1_000_000_000L);
        }
        // shipped model: thresholds from held-out readings over all sources, weights from all
        List<Scored> oof = heldOut(all, p, groups.size());
        UnitModel.Thresholds shipped = choose(oof);
        UnitModel model = trainAll(all, p, shipped);
        Path out = Path.of(args[0]);
        writeModel(model, out, all.size(), groups, "Thresholds chosen on leave-one-source-out held-out readings. Params "
                + p + ".");
        for (String g : groups) {
            Outcome o = outcome(outer.stream().filter(x -> x.e().group().equals(g)).toList(), chosen.get(g));
            Outcome r = outcome(outer.stream().filter(x -> x.e().group().equals(g)).toList(), null);
            System.err.printf(Locale.ROOT, "fold %s: rules %s, with model %s%n", g, r, o);
        }
        Outcome shippedRule = new Outcome(0, 0, 0, 0);
        Outcome otherRule = new Outcome(0, 0, 0, 0);
        for (String g : groups) {
            List<Scored> held = outer.stream().filter(x -> x.e().group().equals(g)).toList();
            shippedRule = plus(shippedRule, outcome(held, chosen.get(g), null, UnitModel.ADD_OVER_UNCLEAR));
            otherRule = plus(otherRule, outcome(held, other.get(g), null, !UnitModel.ADD_OVER_UNCLEAR));
        }
        System.err.printf(Locale.ROOT, "add over UNCLEAR %s: %s (objective %.1f); %s: %s (objective %.1f)%n",
                UnitModel.ADD_OVER_UNCLEAR, shippedRule, shippedRule.objective(), !UnitModel.ADD_OVER_UNCLEAR, otherRule,
                otherRule.objective());
        String report = RiskCvReport.markdown(all.size(), groups, outer, chosen, shipped, p)
                + AttributeCv.markdown(outer, chosen, foldModels)
                + String.format(Locale.ROOT, "%nTraining: %d conversations (%d of them ASR-style twins of clean ones,"
                        + " training folds only, never scored), %d with evidence labels used for unit-level supervision;"
                        + " augmentation %s, evidence %s, %d inner folds.%n", all.size(),
                        all.stream().filter(Example::augmented).count(),
                        all.stream().filter(e -> e.bag().evidence() != null).count(), AUGMENT, EVIDENCE, INNER_FOLDS);
        Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.err.printf(Locale.ROOT, "done in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
    }

    static Outcome plus(Outcome a, Outcome b) {
        return new Outcome(a.found() + b.found(), a.falseFlags() + b.falseFlags(), a.deniedRight() + b.deniedRight(),
                a.spuriousDenied() + b.spuriousDenied());
    }

    /**
     * Held-out readings of the given examples' originals (each read by a model that did not see its source): the
     * sources are dealt round robin into at most {@code folds} folds.
     */
    static List<Scored> heldOut(List<Example> examples, MilLogistic.Params p, int folds) {
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(examples.stream().map(Example::group).toList()));
        int k = Math.min(folds, groups.size());
        List<Scored> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            Set<String> held = new java.util.HashSet<>();
            for (int i = f; i < groups.size(); i += k) {
                held.add(groups.get(i));
            }
            UnitModel m = MilLogistic.train(bags(examples.stream().filter(e -> !held.contains(e.group())).toList()), p,
                    null);
            examples.stream().filter(e -> held.contains(e.group()) && !e.augmented())
                    .forEach(e -> out.add(new Scored(e, m.read(e.xs()))));
        }
        return out;
    }

    /** The unit model trained on the examples, with the given thresholds and its level and perpetrator heads. */
    static UnitModel trainAll(List<Example> examples, MilLogistic.Params p, UnitModel.Thresholds t) {
        UnitModel m = MilLogistic.train(bags(examples), p, t);
        return AttributeCv.withHeads(m, examples);
    }

    private static List<MilLogistic.Bag> bags(List<Example> es) {
        return es.stream().map(Example::bag).toList();
    }

    /**
     * The thresholds that maximise found − false flags + ½ denials read on the given readings: per kind
     * (property {@code risk.perKind}, default true) or one set for every kind.
     */
    static UnitModel.Thresholds choose(List<Scored> scored) {
        return choose(scored, UnitModel.ADD_OVER_UNCLEAR);
    }

    static UnitModel.Thresholds choose(List<Scored> scored, boolean addOverUnclear) {
        boolean perKind = Boolean.parseBoolean(System.getProperty("risk.perKind", "true"));
        int n = RiskFlag.Kind.values().length;
        double[] a = new double[n];
        double[] v = new double[n];
        double[] d = new double[n];
        double bestAll = Double.NEGATIVE_INFINITY;
        for (RiskFlag.Kind k : perKind ? RiskFlag.Kind.values() : new RiskFlag.Kind[] {null}) {
            double best = Double.NEGATIVE_INFINITY;
            for (double add : ADD) {
                for (double veto : VETO) {
                    for (double deny : DENY) {
                        UnitModel.Thresholds t = UnitModel.Thresholds.uniform(add, veto, deny);
                        Outcome o = outcome(scored, t, k, addOverUnclear);
                        double s = o.objective();
                        if (s > best) {
                            best = s;
                            if (k == null) {
                                java.util.Arrays.fill(a, add);
                                java.util.Arrays.fill(v, veto);
                                java.util.Arrays.fill(d, deny);
                            } else {
                                a[k.ordinal()] = add;
                                v[k.ordinal()] = veto;
                                d[k.ordinal()] = deny;
                            }
                        }
                    }
                }
            }
            bestAll = Math.max(bestAll, best);
        }
        return new UnitModel.Thresholds(a, v, d);
    }

    static Outcome outcome(List<Scored> scored, UnitModel.Thresholds t) {
        return outcome(scored, t, null, UnitModel.ADD_OVER_UNCLEAR);
    }

    /** Counts over all kinds; {@code spuriousDenied}: a DENIED flag on a kind the conversation is not about. */
    record Outcome(int found, int falseFlags, int deniedRight, int spuriousDenied) {
        double objective() {
            return found - falseFlags + 0.5 * deniedRight - 0.5 * spuriousDenied;
        }
    }

    /** @return the counts over one kind, or all kinds when {@code only} is null */
    static Outcome outcome(List<Scored> scored, UnitModel.Thresholds t, RiskFlag.Kind only, boolean addOverUnclear) {
        int spurious = 0;
        int found = 0;
        int falseFlags = 0;
        int denied = 0;
        for (Scored s : scored) {
            UnitModel.Thresholds tt = t;
            for (RiskFlag.Kind k : only == null ? RiskFlag.Kind.values() : new RiskFlag.Kind[] {only}) {
                RiskFlag.Status st = status(s, k, tt, addOverUnclear);
                RiskFlag.Status want = s.e().c().expect().get(k);
                if (st == RiskFlag.Status.DENIED && want == null && !s.e().c().allow().contains(k)) {
                    spurious++;
                }
                if (st == RiskFlag.Status.PRESENT) {
                    if (want == RiskFlag.Status.PRESENT) {
                        found++;
                    } else if (!s.e().c().allow().contains(k)) {
                        falseFlags++;
                    }
                } else if (st == RiskFlag.Status.DENIED && want == RiskFlag.Status.DENIED) {
                    denied++;
                }
            }
        }
        return new Outcome(found, falseFlags, denied, spurious);
    }

    /**
     * Whether the shipped rule lets a present reading turn an unframed UNCLEAR into PRESENT
     * ({@link UnitModel#ADD_OVER_UNFRAMED}); the quick comparison switches it off for its other arm.
     */
    static boolean unframed = UnitModel.ADD_OVER_UNFRAMED;

    /** The final status of a kind, as {@code ModelPass} and the merge give it; t null means the rules alone. */
    static RiskFlag.Status status(Scored s, RiskFlag.Kind k, UnitModel.Thresholds t) {
        return status(s, k, t, UnitModel.ADD_OVER_UNCLEAR);
    }

    static RiskFlag.Status status(Scored s, RiskFlag.Kind k, UnitModel.Thresholds t, boolean addOverUnclear) {
        RiskFlag.Status rule = s.e().rules().get(k);
        if (t == null) {
            return rule;
        }
        double[] present = s.r()[k.ordinal()][UnitModel.PRESENT];
        boolean over = addOverUnclear || unframed && UnitModel.mayAddOverUnclear(present, s.e().xs());
        Verdict v = UnitModel.decide(k, rule, present, s.r()[k.ordinal()][UnitModel.DENIED], t, over);
        if (v == null) {
            return rule;
        }
        return switch (v.status()) {
            case PRESENT -> RiskFlag.Status.PRESENT;
            case UNCLEAR -> rule == RiskFlag.Status.PRESENT ? RiskFlag.Status.UNCLEAR : rule;
            case DENIED -> rule == RiskFlag.Status.UNCLEAR || rule == null && namesKind(s.e().xs().get(v.unit()), k)
                    ? RiskFlag.Status.DENIED : rule;
            default -> rule;
        };
    }

    /** As {@code ModelPass.namesKind}: whether a unit's rule features name the kind (a reading, cue, frame or meaning). */
    static boolean namesKind(float[] x, RiskFlag.Kind k) {
        int off = x.length - DialogueUnit.FEATURES.size();
        String suffix = "." + k.name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < DialogueUnit.FEATURES.size(); i++) {
            if (x[off + i] > 0 && DialogueUnit.FEATURES.get(i).endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Reads every source present, with the rules and the semantic matcher, and embeds the candidate units. */
    static List<Example> examples() {
        RiskScreen screen = RiskScreen.withMatcher(SemanticRisk.matcher());
        List<BlindRiskReport.Case> cases = new ArrayList<>();
        List<String> groupOf = new ArrayList<>();
        for (String src : SOURCES) {
            if (!exists(src)) {
                System.err.println("not present, skipped: " + src);
                continue;
            }
            String g = src.substring(src.indexOf('/', 1) + 1).replace(".jsonl", "");
            for (BlindRiskReport.Case c : src.equals(RiskReportSection.RISK_GOLD) ? gold() : BlindRiskReport.load(src)) {
                cases.add(c);
                groupOf.add(g);
                if (AUGMENT && "clean".equals(c.style())) {
                    cases.add(AsrStyle.of(c));
                    groupOf.add(g);
                }
            }
        }
        for (SessionNegatives.Source s : SessionNegatives.sources()) {
            for (BlindRiskReport.Case c : s.cases()) {
                cases.add(c);
                groupOf.add(s.group());
            }
        }
        List<RiskScreen.DialogueReading> readings = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        for (BlindRiskReport.Case c : cases) {
            RiskScreen.DialogueReading r = screen.dialogueReading(c.transcript());
            readings.add(r);
            r.units().stream().filter(DialogueUnit::candidate).forEach(u -> texts.add(embeddable(u.text())));
        }
        Map<String, float[]> vectors = embed(new ArrayList<>(texts));
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            BlindRiskReport.Case c = cases.get(i);
            RiskScreen.DialogueReading r = readings.get(i);
            Map<RiskFlag.Kind, RiskFlag.Status> rules = new EnumMap<>(RiskFlag.Kind.class);
            Map<RiskFlag.Kind, RiskFinding> findings = new EnumMap<>(RiskFlag.Kind.class);
            for (RiskFinding f : r.rules()) {
                rules.put(f.kind(), f.status());
                findings.put(f.kind(), f);
            }
            List<float[]> xs = new ArrayList<>();
            List<Boolean> ev = new ArrayList<>();
            for (DialogueUnit u : r.units()) {
                if (u.candidate()) {
                    xs.add(UnitModel.input(vectors.get(embeddable(u.text())), u.features()));
                    ev.add(u.evidence().stream().anyMatch(id -> c.evidence().contains(turnIndex(id))));
                }
            }
            boolean[] evidence = null;
            if (EVIDENCE && ev.contains(Boolean.TRUE)) {
                evidence = new boolean[ev.size()];
                for (int j = 0; j < evidence.length; j++) {
                    evidence[j] = ev.get(j);
                }
            }
            out.add(new Example(c, groupOf.get(i), rules, xs, new MilLogistic.Bag(xs, labels(c), evidence),
                    c.style().equals("asr-augmented"), findings));
        }
        return out;
    }

    /** The risk gold set (short dialogues written with the cues), as cases; an UNCLEAR label is left out of training. */
    static List<BlindRiskReport.Case> gold() {
        List<BlindRiskReport.Case> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode n : RiskReportSection.load(RiskReportSection.RISK_GOLD)) {
            String id = n.path("id").asText();
            Map<RiskFlag.Kind, RiskFlag.Status> expect = new EnumMap<>(RiskFlag.Kind.class);
            List<RiskFlag.Kind> allow = new ArrayList<>();
            n.path("expect").fields().forEachRemaining(e -> {
                RiskFlag.Status st = RiskFlag.Status.valueOf(e.getValue().asText());
                if (st == RiskFlag.Status.PRESENT || st == RiskFlag.Status.DENIED) {
                    expect.put(RiskFlag.Kind.valueOf(e.getKey()), st);
                } else {
                    allow.add(RiskFlag.Kind.valueOf(e.getKey()));
                }
            });
            String group = expect.containsValue(RiskFlag.Status.PRESENT) ? "present" : expect.isEmpty() ? "hard_negative"
                    : "denial";
            out.add(new BlindRiskReport.Case(id, RiskReportSection.dialog(id, n.path("dialog").asText()), expect, allow,
                    null, null, group, "clean"));
        }
        return out;
    }

    /** @return the 0-based turn index of an utterance id {@code uN} of {@code Transcript.ofTurns}, or -1 */
    static int turnIndex(String id) {
        try {
            return id.startsWith("u") ? Integer.parseInt(id.substring(1)) - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static int[][] labels(BlindRiskReport.Case c) {
        int[][] y = new int[RiskFlag.Kind.values().length][UnitModel.HEADS];
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            RiskFlag.Status want = c.expect().get(k);
            boolean skip = c.allow().contains(k);
            y[k.ordinal()][UnitModel.PRESENT] = skip ? -1 : want == RiskFlag.Status.PRESENT ? 1 : 0;
            y[k.ordinal()][UnitModel.DENIED] = skip || SessionNegatives.GROUP.equals(c.group()) ? -1
                    : want == RiskFlag.Status.DENIED ? 1 : 0;
        }
        return y;
    }

    private static String embeddable(String text) {
        return text.isBlank() ? "." : text;
    }

    /**
     * Embeds the texts; with property {@code risk.embedCache=FILE} (a local file of training text, never committed)
     * the vectors of earlier runs are read from it and the new ones added, so that repeated experiments embed only
     * what changed.
     */
    private static Map<String, float[]> embed(List<String> texts) {
        String cache = System.getProperty("risk.embedCache");
        Map<String, float[]> known = cache == null ? new HashMap<>() : EmbedCache.read(Path.of(cache));
        CourseSentenceEmbedder embedder = new CourseSentenceEmbedder();
        Map<String, float[]> out = new HashMap<>();
        List<String> todo = texts.stream().filter(t -> !known.containsKey(t)).toList();
        for (int from = 0; from < todo.size(); from += 64) {
            List<String> batch = todo.subList(from, Math.min(todo.size(), from + 64));
            float[][] v = embedder.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                known.put(batch.get(i), v[i]);
            }
        }
        for (String t : texts) {
            out.put(t, known.get(t));
        }
        if (cache != null && !todo.isEmpty()) {
            EmbedCache.write(Path.of(cache), known);
        }
        return out;
    }

    private static boolean exists(String resource) {
        try (InputStream in = RiskModelTrainer.class.getResourceAsStream(resource)) {
            return in != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] grid(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round((from + i * step) * 100) / 100.0;
        }
        return out;
    }

    /**
     * Writes a trained model with its header lines through a temporary file and an atomic move (readable by all).
     *
     * @param thresholds the header line that says how the shipped thresholds were chosen
     */
    static void writeModel(UnitModel model, Path out, int conversations, List<String> groups, String thresholds)
            throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "risk-model", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            model.write(w, List.of("clinical-notes learned risk model (RiskModelTrainer): per kind, present and denied",
                    "logistic readings of dialogue units (all-MiniLM-L6-v2 embedding x " + UnitModel.EMBEDDING_SCALE
                            + " then the rule features), max-pooled over a conversation.",
                    "Trained on " + conversations + " blind-written conversations (" + String.join(", ", groups)
                            + "; clean ones also as ASR-style twins; evidence turns supervise units where given);"
                            + " weights only, no training text.",
                    "Level and perpetrator heads: multinomial logistic readings of the deciding unit.", thresholds));
        }
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
