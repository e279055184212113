package org.clinicalnotes.semantic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.SemanticHit;

/**
 * Tuning harness for the {@link MatchRule} figures; a main method, not a test. It reads the development
 * set (never the blind test set) and prints, per kind, how many PRESENT cases have at least one
 * PATIENT/OTHER sentence whose best hit is that kind, and how many hard-negative cases have any hit, for
 * the default rule and for a grid of k, thresholds and margins. It refuses a path under the blind test set.
 * The figures go into the README beside the bank.
 *
 * <pre>
 * ./mvnw -q -B -pl note-semantic -am install -DskipTests
 * ./mvnw -q -B -pl note-semantic exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.clinicalnotes.semantic.internal.ExemplarDevHarness [-Dexec.args="--misses"]
 * # or: ... -Dexec.args="--probe" and type sentences, one a line, to see their nearest exemplars
 * </pre>
 *
 * <p>Options: {@code --dev PATH} (default: the dev-2026-12 set under note-eval), {@code --misses} (print
 * the ids of missed PRESENT cases and of hard negatives with a hit), {@code --no-grid}, {@code --pieces
 * LONGER_THAN,WINDOW,STRIDE} (how sentences are cut; {@code 0,1,1} for whole sentences only).
 */
public final class ExemplarDevHarness {

    static final Path DEFAULT_DEV = Path.of("note-eval/src/main/resources/risk-blind/dev-2026-12/dev.jsonl");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final double[] THRESHOLDS = {0.50, 0.525, 0.55, 0.575, 0.60, 0.625, 0.65};
    private static final double[] MARGINS = {0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12};
    private static final int[] KS = {1, 3, 5, 7};

    private ExemplarDevHarness() {
    }

    /** One dev case: its sentences (PATIENT/OTHER only), the kinds it expects and its group. */
    record Case(String id, String group, List<Integer> sentences, Map<RiskFlag.Kind, String> expect,
            Set<RiskFlag.Kind> allow, RiskFlag.CssrsLevel cssrs) {
    }

    /**
     * @param args see the class comment
     */
    public static void main(String[] args) throws IOException {
        Path dev = null;
        boolean misses = false;
        boolean grid = true;
        boolean probe = false;
        SentencePieces pieces = SentencePieces.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dev" -> dev = Path.of(args[++i]);
                case "--misses" -> misses = true;
                case "--no-grid" -> grid = false;
                case "--probe" -> probe = true;
                case "--pieces" -> {
                    String[] p = args[++i].split(",");
                    pieces = new SentencePieces(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SemanticIndex index = SemanticIndex.build();
        if (probe) {
            probe(index);
            return;
        }
        if (dev == null) {
            dev = locate(DEFAULT_DEV);
        }
        if (dev.toString().contains("test-2026-12")) {
            throw new IllegalArgumentException("the blind test set is not for tuning");
        }
        if (!Files.isRegularFile(dev)) {
            System.out.println("no development set at " + dev.toAbsolutePath() + "; nothing to do");
            return;
        }
        List<String> sentences = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Case> cases = read(dev, sentences, seen);
        long start = System.nanoTime();
        double[][] sims = index.similarities(sentences, pieces);
        System.out.printf(Locale.ROOT, "%d cases, %d distinct PATIENT/OTHER sentences, embedded in %d ms%n",
                cases.size(), sentences.size(), (System.nanoTime() - start) / 1_000_000);
        System.out.println("pieces: " + pieces + "; default rule: " + MatchRule.DEFAULT);
        report(index, cases, sims, MatchRule.DEFAULT, true, misses);
        if (grid) {
            System.out.println();
            System.out.println("k  thresh margin | present-best present-any | hardneg-any | denial-any | level exact");
            for (int k : KS) {
                for (double t : THRESHOLDS) {
                    for (double m : MARGINS) {
                        report(index, cases, sims, new MatchRule(k, t, m, Map.of()), false, false);
                    }
                }
            }
        }
    }

    private static Path locate(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(relative);
            if (Files.exists(p)) {
                return p;
            }
        }
        return relative;
    }

    static List<Case> read(Path dev, List<String> sentences, Map<String, Integer> seen) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<Integer> own = new ArrayList<>();
            for (JsonNode turn : node.path("turns")) {
                String speaker = turn.path("speaker").asText();
                if (!speaker.equals("PATIENT") && !speaker.equals("OTHER")) {
                    continue;
                }
                for (String s : SENTENCE_END.split(turn.path("text").asText().toLowerCase(Locale.ROOT))) {
                    if (s.isBlank()) {
                        continue;
                    }
                    String t = s.strip();
                    Integer at = seen.get(t);
                    if (at == null) {
                        at = sentences.size();
                        seen.put(t, at);
                        sentences.add(t);
                    }
                    own.add(at);
                }
            }
            Map<RiskFlag.Kind, String> expect = new EnumMap<>(RiskFlag.Kind.class);
            for (Map.Entry<String, JsonNode> e : node.path("expect").properties()) {
                expect.put(RiskFlag.Kind.valueOf(e.getKey()), e.getValue().asText());
            }
            Set<RiskFlag.Kind> allow = EnumSet.noneOf(RiskFlag.Kind.class);
            node.path("allow").forEach(a -> allow.add(RiskFlag.Kind.valueOf(a.asText())));
            RiskFlag.CssrsLevel cssrs = node.path("cssrs").isTextual() ? RiskFlag.CssrsLevel.valueOf(node.path("cssrs").asText()) : null;
            cases.add(new Case(node.path("id").asText(), node.path("group").asText(), own, expect, allow, cssrs));
        }
        return cases;
    }

    private static void report(SemanticIndex index, List<Case> cases, double[][] sims, MatchRule rule,
            boolean detail, boolean misses) {
        List<List<SemanticHit>> hits = new ArrayList<>(sims.length);
        for (double[] s : sims) {
            hits.add(s == null ? List.of() : index.exemplars().hits(s, rule));
        }
        Map<RiskFlag.Kind, int[]> perKind = new EnumMap<>(RiskFlag.Kind.class);  // present, best, any
        int hardNeg = 0;
        int hardNegHit = 0;
        int denial = 0;
        int denialHit = 0;
        Map<RiskFlag.Kind, Integer> hardNegByKind = new EnumMap<>(RiskFlag.Kind.class);
        int levelled = 0;
        int levelExact = 0;
        int levelNear = 0;
        List<String> levelWrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> falseHits = new ArrayList<>();
        for (Case c : cases) {
            for (Map.Entry<RiskFlag.Kind, String> e : c.expect().entrySet()) {
                RiskFlag.Kind kind = e.getKey();
                boolean best = false;
                boolean any = false;
                for (int s : c.sentences()) {
                    List<SemanticHit> h = hits.get(s);
                    best |= !h.isEmpty() && h.get(0).kind() == kind;
                    any |= h.stream().anyMatch(x -> x.kind() == kind);
                }
                if (e.getValue().equals("PRESENT")) {
                    int[] n = perKind.computeIfAbsent(kind, k -> new int[3]);
                    n[0]++;
                    n[1] += best ? 1 : 0;
                    n[2] += any ? 1 : 0;
                    if (!best) {
                        missed.add(c.id() + " " + kind);
                    }
                } else if (e.getValue().equals("DENIED")) {
                    denial++;
                    denialHit += any ? 1 : 0;
                }
            }
            if (c.cssrs() != null && c.group().equals("present")) {
                levelled++;
                RiskFlag.CssrsLevel top = null;
                for (int s : c.sentences()) {
                    for (SemanticHit h : hits.get(s)) {
                        if (h.level() != null && (top == null || h.level().compareTo(top) > 0)) {
                            top = h.level();
                        }
                    }
                }
                if (top == c.cssrs()) {
                    levelExact++;
                } else if (top != null && Math.abs(top.ordinal() - c.cssrs().ordinal()) == 1) {
                    levelNear++;
                } else if (misses) {
                    levelWrong.add(c.id() + " " + c.cssrs() + "->" + top);
                }
            }
            if (c.group().equals("hard_negative")) {
                hardNeg++;
                boolean hit = false;
                for (int s : c.sentences()) {
                    for (SemanticHit h : hits.get(s)) {
                        if (!c.allow().contains(h.kind())) {
                            hit = true;
                            hardNegByKind.merge(h.kind(), 1, Integer::sum);
                        }
                    }
                }
                if (hit) {
                    hardNegHit++;
                    falseHits.add(c.id());
                }
            }
        }
        int present = 0;
        int best = 0;
        int any = 0;
        for (int[] n : perKind.values()) {
            present += n[0];
            best += n[1];
            any += n[2];
        }
        if (detail) {
            System.out.println("kind                       present  best-hit  any-hit");
            perKind.forEach((k, n) -> System.out.printf(Locale.ROOT, "%-26s %7d %9d %8d%n", k, n[0], n[1], n[2]));
            System.out.printf(Locale.ROOT, "%-26s %7d %9d %8d%n", "all", present, best, any);
            System.out.printf(Locale.ROOT, "hard negatives with any hit: %d of %d; sentence hits by kind %s%n",
                    hardNegHit, hardNeg, hardNegByKind);
            System.out.printf(Locale.ROOT, "DENIED expectations whose kind has a hit: %d of %d%n", denialHit, denial);
            System.out.printf(Locale.ROOT, "C-SSRS level (highest hit level in the case): exact %d, one off %d, of %d%n",
                    levelExact, levelNear, levelled);
            if (misses) {
                System.out.println("missed PRESENT: " + missed);
                System.out.println("hard negatives with a hit: " + falseHits);
                System.out.println("C-SSRS level wrong: " + levelWrong);
            }
        } else {
            System.out.printf(Locale.ROOT, "%d  %.3f  %.2f   | %4d/%d %4d/%d | %4d/%d | %4d/%d | %d/%d%n",
                    rule.k(), rule.threshold(), rule.margin(), best, present, any, present, hardNegHit, hardNeg,
                    denialHit, denial, levelExact, levelled);
        }
    }

    private static void probe(SemanticIndex index) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<Exemplar> bank = index.exemplars().exemplars();
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            String s = line.strip().toLowerCase(Locale.ROOT);
            double[] sims = index.similarities(List.of(s), SentencePieces.DEFAULT)[0];
            StringBuilder out = new StringBuilder(s).append('\n');
            for (int i : ExemplarIndex.nearest(sims, 5)) {
                out.append(String.format(Locale.ROOT, "   %.3f %s%n", sims[i], bank.get(i)));
            }
            double bestNone = -1;
            for (int i = 0; i < sims.length; i++) {
                if (bank.get(i).isNone()) {
                    bestNone = Math.max(bestNone, sims[i]);
                }
            }
            out.append(String.format(Locale.ROOT, "   best NONE %.3f -> %s%n", bestNone,
                    index.exemplars().hits(sims, MatchRule.DEFAULT)));
            System.out.print(out);
        }
    }
}
