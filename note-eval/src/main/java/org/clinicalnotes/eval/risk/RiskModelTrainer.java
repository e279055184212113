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
import org.clinicalnotes.note.RiskKind;
import org.clinicalnotes.note.RiskStatus;
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
 * set test-2026-12 is training data now). Never the frozen test set test-2026-12b. Evaluation: grouped
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
            RiskReportSection.RISK_GOLD);

    private static final double[] ADD = {0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995};
    private static final double[] VETO = {0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    private static final double[] DENY = grid(0.10, 0.95, 0.05);

    /** One labelled conversation, read by the rules, with its candidate units' inputs. */
    record Example(BlindRiskReport.Case c, String group, Map<RiskKind, RiskStatus> rules, List<float[]> xs,
                   MilLogistic.Bag bag) {
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
        for (String g : groups) {
            List<Example> train = all.stream().filter(e -> !e.group().equals(g)).toList();
            List<Scored> inner = heldOut(train, p);
            UnitModel.Thresholds t = choose(inner);
            other.put(g, choose(inner, !UnitModel.ADD_OVER_UNCLEAR));
            chosen.put(g, t);
            UnitModel m = MilLogistic.train(bags(train), p, t);
            all.stream().filter(e -> e.group().equals(g)).forEach(e -> outer.add(new Scored(e, m.read(e.xs()))));
            System.err.printf(Locale.ROOT, "fold %s trained%n", g);
        }
        // shipped model: thresholds from held-out readings over all sources, weights from all
        List<Scored> oof = heldOut(all, p);
        UnitModel.Thresholds shipped = choose(oof);
        UnitModel model = MilLogistic.train(bags(all), p, shipped);
        Path out = Path.of(args[0]);
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "risk-model", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            model.write(w, List.of("clinical-notes learned risk model (RiskModelTrainer): per kind, present and denied",
                    "logistic readings of dialogue units (all-MiniLM-L6-v2 embedding x " + UnitModel.EMBEDDING_SCALE
                            + " then the rule features), max-pooled over a conversation.",
                    "Trained on " + all.size() + " blind-written conversations (" + String.join(", ", groups)
                            + "); weights only, no training text.",
                    "Thresholds chosen on leave-one-source-out held-out readings. Params " + p + "."));
        }
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
        String report = RiskCvReport.markdown(all.size(), groups, outer, chosen, shipped, p);
        Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.err.printf(Locale.ROOT, "done in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
    }

    private static Outcome plus(Outcome a, Outcome b) {
        return new Outcome(a.found() + b.found(), a.falseFlags() + b.falseFlags(), a.deniedRight() + b.deniedRight(),
                a.spuriousDenied() + b.spuriousDenied());
    }

    /** Leave-one-source-out readings of the given examples (each read by a model that did not see its source). */
    static List<Scored> heldOut(List<Example> examples, MilLogistic.Params p) {
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(examples.stream().map(Example::group).toList()));
        List<Scored> out = new ArrayList<>();
        for (String g : groups) {
            UnitModel m = MilLogistic.train(bags(examples.stream().filter(e -> !e.group().equals(g)).toList()), p,
                    null);
            examples.stream().filter(e -> e.group().equals(g)).forEach(e -> out.add(new Scored(e, m.read(e.xs()))));
        }
        return out;
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
        int n = RiskKind.values().length;
        double[] a = new double[n];
        double[] v = new double[n];
        double[] d = new double[n];
        double bestAll = Double.NEGATIVE_INFINITY;
        for (RiskKind k : perKind ? RiskKind.values() : new RiskKind[] {null}) {
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
    static Outcome outcome(List<Scored> scored, UnitModel.Thresholds t, RiskKind only, boolean addOverUnclear) {
        int spurious = 0;
        int found = 0;
        int falseFlags = 0;
        int denied = 0;
        for (Scored s : scored) {
            UnitModel.Thresholds tt = t;
            for (RiskKind k : only == null ? RiskKind.values() : new RiskKind[] {only}) {
                RiskStatus st = status(s, k, tt, addOverUnclear);
                RiskStatus want = s.e().c().expect().get(k);
                if (st == RiskStatus.DENIED && want == null && !s.e().c().allow().contains(k)) {
                    spurious++;
                }
                if (st == RiskStatus.PRESENT) {
                    if (want == RiskStatus.PRESENT) {
                        found++;
                    } else if (!s.e().c().allow().contains(k)) {
                        falseFlags++;
                    }
                } else if (st == RiskStatus.DENIED && want == RiskStatus.DENIED) {
                    denied++;
                }
            }
        }
        return new Outcome(found, falseFlags, denied, spurious);
    }

    /** The final status of a kind, as {@code ModelPass} and the merge give it; t null means the rules alone. */
    static RiskStatus status(Scored s, RiskKind k, UnitModel.Thresholds t) {
        return status(s, k, t, UnitModel.ADD_OVER_UNCLEAR);
    }

    static RiskStatus status(Scored s, RiskKind k, UnitModel.Thresholds t, boolean addOverUnclear) {
        RiskStatus rule = s.e().rules().get(k);
        if (t == null) {
            return rule;
        }
        Verdict v = UnitModel.decide(k, rule, s.r()[k.ordinal()][UnitModel.PRESENT],
                s.r()[k.ordinal()][UnitModel.DENIED], t, addOverUnclear);
        if (v == null) {
            return rule;
        }
        return switch (v.status()) {
            case PRESENT -> RiskStatus.PRESENT;
            case UNCLEAR -> rule == RiskStatus.PRESENT ? RiskStatus.UNCLEAR : rule;
            case DENIED -> rule == null || rule == RiskStatus.UNCLEAR ? RiskStatus.DENIED : rule;
            default -> rule;
        };
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
            Map<RiskKind, RiskStatus> rules = new EnumMap<>(RiskKind.class);
            for (RiskFinding f : r.rules()) {
                rules.put(f.kind(), f.status());
            }
            List<float[]> xs = new ArrayList<>();
            for (DialogueUnit u : r.units()) {
                if (u.candidate()) {
                    xs.add(UnitModel.input(vectors.get(embeddable(u.text())), u.features()));
                }
            }
            out.add(new Example(c, groupOf.get(i), rules, xs, new MilLogistic.Bag(xs, labels(c))));
        }
        return out;
    }

    /** The risk gold set (short dialogues written with the cues), as cases; an UNCLEAR label is left out of training. */
    static List<BlindRiskReport.Case> gold() {
        List<BlindRiskReport.Case> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode n : RiskReportSection.load(RiskReportSection.RISK_GOLD)) {
            String id = n.path("id").asText();
            Map<RiskKind, RiskStatus> expect = new EnumMap<>(RiskKind.class);
            List<RiskKind> allow = new ArrayList<>();
            n.path("expect").fields().forEachRemaining(e -> {
                RiskStatus st = RiskStatus.valueOf(e.getValue().asText());
                if (st == RiskStatus.PRESENT || st == RiskStatus.DENIED) {
                    expect.put(RiskKind.valueOf(e.getKey()), st);
                } else {
                    allow.add(RiskKind.valueOf(e.getKey()));
                }
            });
            String group = expect.containsValue(RiskStatus.PRESENT) ? "present" : expect.isEmpty() ? "hard_negative"
                    : "denial";
            out.add(new BlindRiskReport.Case(id, RiskReportSection.dialog(id, n.path("dialog").asText()), expect, allow,
                    null, null, group, "clean"));
        }
        return out;
    }

    static int[][] labels(BlindRiskReport.Case c) {
        int[][] y = new int[RiskKind.values().length][UnitModel.HEADS];
        for (RiskKind k : RiskKind.values()) {
            RiskStatus want = c.expect().get(k);
            boolean skip = c.allow().contains(k);
            y[k.ordinal()][UnitModel.PRESENT] = skip ? -1 : want == RiskStatus.PRESENT ? 1 : 0;
            y[k.ordinal()][UnitModel.DENIED] = skip ? -1 : want == RiskStatus.DENIED ? 1 : 0;
        }
        return y;
    }

    private static String embeddable(String text) {
        return text.isBlank() ? "." : text;
    }

    private static Map<String, float[]> embed(List<String> texts) {
        CourseSentenceEmbedder embedder = new CourseSentenceEmbedder();
        Map<String, float[]> out = new HashMap<>();
        for (int from = 0; from < texts.size(); from += 64) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + 64));
            float[][] v = embedder.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                out.put(batch.get(i), v[i]);
            }
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
}
