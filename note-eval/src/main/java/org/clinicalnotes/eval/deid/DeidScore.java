package org.clinicalnotes.eval.deid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clinicalnotes.deid.DeidentifiedTranscript;
import org.clinicalnotes.deid.PhiCategory;
import org.clinicalnotes.deid.PhiMatch;
import org.clinicalnotes.deid.PhiSpan;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.deid.internal.SourceOffsets;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * Scores {@link SafeHarborDeidentifier} on the gold set and, when present, on phi-asq and
 * phi-presidio-synth.
 *
 * <p>Recall per gold label: a gold span counts as caught only when none of its non-space characters
 * survives (each is inside a redacted span). Precision: the share of redacted non-space characters that lie
 * inside gold PHI, overall and by the category the de-identifier gave.
 *
 * <pre>
 * java -cp ... org.clinicalnotes.eval.deid.DeidScore [--gold FILE.jsonl] [--data ../shared/data] [--misses N] [--extras N]
 * </pre>
 */
public final class DeidScore {

    /** Counts for one label. */
    static final class Stat {
        int gold;
        int caught;
        long predicted;
        long predictedInGold;
    }

    /** Scores accumulated over one data set. */
    static final class Board {
        final String name;
        final Map<String, Stat> byGold = new TreeMap<>();
        final Map<String, Stat> byPredicted = new TreeMap<>();
        long predicted;
        long predictedInGold;
        int negatives;
        int negativesTouched;
        final List<String> missedExamples = new ArrayList<>();
        final List<String> extraExamples = new ArrayList<>();
        /** Whether to keep missed and extra spans with their text (the command line only; never in reports). */
        final boolean keepExamples;

        Board(String name) {
            this(name, true);
        }

        Board(String name, boolean keepExamples) {
            this.name = name;
            this.keepExamples = keepExamples;
        }

        void add(String text, List<Gold> gold, List<int[]> pred, List<PhiCategory> predCat, boolean keepMisses) {
            keepMisses &= keepExamples;
            boolean[] red = new boolean[text.length()];
            for (int[] p : pred) {
                for (int i = p[0]; i < p[1]; i++) {
                    red[i] = true;
                }
            }
            boolean[] inGold = new boolean[text.length()];
            for (Gold g : gold) {
                Stat s = byGold.computeIfAbsent(g.label, k -> new Stat());
                s.gold++;
                boolean caught = true;
                for (int i = g.start; i < g.end; i++) {
                    inGold[i] = true;
                    if (!red[i] && !Character.isWhitespace(text.charAt(i))) {
                        caught = false;
                    }
                }
                if (caught) {
                    s.caught++;
                } else if (keepMisses && missedExamples.size() < 400) {
                    missedExamples.add(g.label + ": [" + text.substring(g.start, g.end) + "] in: "
                            + context(text, g.start, g.end));
                }
            }
            if (gold.isEmpty()) {
                negatives++;
                if (!pred.isEmpty()) {
                    negativesTouched++;
                }
            }
            for (int k = 0; k < pred.size(); k++) {
                int[] p = pred.get(k);
                boolean outside = false;
                for (int i = p[0]; i < p[1]; i++) {
                    outside |= !inGold[i] && !Character.isWhitespace(text.charAt(i));
                }
                if (outside && keepMisses && extraExamples.size() < 400) {
                    extraExamples.add(predCat.get(k) + ": [" + text.substring(p[0], p[1]) + "] in: "
                            + context(text, p[0], p[1]));
                }
                Stat s = byPredicted.computeIfAbsent(predCat.get(k).name(), x -> new Stat());
                for (int i = p[0]; i < p[1]; i++) {
                    if (Character.isWhitespace(text.charAt(i))) {
                        continue;
                    }
                    predicted++;
                    s.predicted++;
                    if (inGold[i]) {
                        predictedInGold++;
                        s.predictedInGold++;
                    }
                }
            }
        }

        int goldTotal() {
            return byGold.values().stream().mapToInt(s -> s.gold).sum();
        }

        int caughtTotal() {
            return byGold.values().stream().mapToInt(s -> s.caught).sum();
        }

        String report() {
            StringBuilder sb = new StringBuilder();
            sb.append("== ").append(name).append('\n');
            sb.append(String.format(Locale.ROOT, "%-34s %6s %6s %8s%n", "gold label", "spans", "caught", "recall"));
            for (Map.Entry<String, Stat> e : byGold.entrySet()) {
                Stat s = e.getValue();
                sb.append(String.format(Locale.ROOT, "%-34s %6d %6d %7.2f%%%n", e.getKey(), s.gold, s.caught,
                        100.0 * s.caught / Math.max(1, s.gold)));
            }
            sb.append(String.format(Locale.ROOT, "%-34s %6d %6d %7.2f%%%n", "ALL", goldTotal(), caughtTotal(),
                    100.0 * caughtTotal() / Math.max(1, goldTotal())));
            sb.append(String.format(Locale.ROOT, "%-34s %10s %10s %9s%n", "predicted category", "chars",
                    "in gold", "precision"));
            for (Map.Entry<String, Stat> e : byPredicted.entrySet()) {
                Stat s = e.getValue();
                sb.append(String.format(Locale.ROOT, "%-34s %10d %10d %8.2f%%%n", e.getKey(), s.predicted,
                        s.predictedInGold, 100.0 * s.predictedInGold / Math.max(1, s.predicted)));
            }
            sb.append(String.format(Locale.ROOT, "%-34s %10d %10d %8.2f%%%n", "ALL", predicted, predictedInGold,
                    100.0 * predictedInGold / Math.max(1, predicted)));
            if (negatives > 0) {
                sb.append(String.format(Locale.ROOT, "texts without PHI: %d, with something redacted: %d%n",
                        negatives, negativesTouched));
            }
            return sb.toString();
        }
    }

    record Gold(int start, int end, String label) {
    }

    private static String context(String text, int s, int e) {
        int a = Math.max(0, s - 40);
        int b = Math.min(text.length(), e + 40);
        return text.substring(a, b).replace('\n', ' ');
    }

    /** Scores the gold set through the transcript reader, the de-identifier and the source-offset mapping. */
    static Board gold(SafeHarborDeidentifier deid, List<GoldTranscript> set) {
        return gold(deid, set, true);
    }

    static Board gold(SafeHarborDeidentifier deid, List<GoldTranscript> set, boolean keepExamples) {
        Board b = new Board("gold set (" + set.size() + " transcripts)", keepExamples);
        for (GoldTranscript g : set) {
            Transcript t = TranscriptReader.defaults().read(g.text(), g.id());
            DeidentifiedTranscript d = deid.deidentify(t);
            List<PhiSpan> spans = SourceOffsets.toSource(g.text(), t, d);
            List<int[]> pred = new ArrayList<>();
            List<PhiCategory> cats = new ArrayList<>();
            for (PhiSpan s : spans) {
                pred.add(new int[] {s.start(), s.end()});
                cats.add(s.category());
            }
            List<Gold> gold = new ArrayList<>();
            for (GoldTranscript.Span s : g.spans()) {
                gold.add(new Gold(s.start(), s.end(), s.category().name()));
            }
            b.add(g.text(), gold, pred, cats, true);
        }
        return b;
    }

    static Board asq(SafeHarborDeidentifier deid, Path file) throws IOException {
        return asq(deid, file, true);
    }

    static Board asq(SafeHarborDeidentifier deid, Path file, boolean keepExamples) throws IOException {
        Board b = new Board("phi-asq", keepExamples);
        String all = Files.readString(file, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        for (String block : all.split("===QUERY===")) {
            if (block.isBlank()) {
                continue;
            }
            String[] parts = block.split("===PHI_TAGS===");
            String text = parts[0].strip();
            List<Gold> gold = new ArrayList<>();
            if (parts.length > 1) {
                for (String line : parts[1].strip().split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode o = json.readTree(line);
                    String v = o.get("value").asText();
                    String label = o.get("identifier_type").asText();
                    int at = v.isEmpty() ? -1 : text.indexOf(v);
                    while (at >= 0) {
                        gold.add(new Gold(at, at + v.length(), label));
                        at = text.indexOf(v, at + v.length());
                    }
                }
            }
            score(deid, b, text, gold);
        }
        return b;
    }

    static Board presidio(SafeHarborDeidentifier deid, Path file) throws IOException {
        return presidio(deid, file, true);
    }

    static Board presidio(SafeHarborDeidentifier deid, Path file, boolean keepExamples) throws IOException {
        Board b = new Board("phi-presidio-synth", keepExamples);
        JsonNode arr;
        try (InputStream in = Files.newInputStream(file)) {
            arr = new ObjectMapper().readTree(in);
        }
        for (JsonNode o : arr) {
            String text = o.get("full_text").asText();
            List<Gold> gold = new ArrayList<>();
            for (JsonNode s : o.get("spans")) {
                gold.add(new Gold(s.get("start_position").asInt(), s.get("end_position").asInt(),
                        s.get("entity_type").asText()));
            }
            score(deid, b, text, gold);
        }
        return b;
    }

    private static void score(SafeHarborDeidentifier deid, Board b, String text, List<Gold> gold) {
        List<int[]> pred = new ArrayList<>();
        List<PhiCategory> cats = new ArrayList<>();
        for (PhiMatch m : deid.detect(text)) {
            pred.add(new int[] {m.start(), m.end()});
            cats.add(m.category());
        }
        b.add(text, gold, pred, cats, true);
    }

    /** The phi-asq file under the shared data folder. */
    static final String ASQ_FILE = "phi-asq/synthetic_clinical_queries.txt";
    /** The presidio-synth file under the shared data folder. */
    static final String PRESIDIO_FILE = "phi-presidio-synth/synth_dataset_v2.json";

    /** The seeded gold set shipped in this module (regenerated from its seed if the resource is missing). */
    static List<GoldTranscript> builtInGoldSet() throws IOException {
        try (InputStream in = DeidScore.class.getResourceAsStream("/deid-gold/gold.jsonl")) {
            return in != null ? DeidGoldGenerator.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList()) : DeidGoldGenerator.generate(20261124L, 320);
        }
    }

    /**
     * Scores the default de-identifier (seed 1) on the gold set and on every shared data set present.
     *
     * @param set the gold transcripts
     * @param data the shared data folder
     * @param keepExamples whether to keep missed and extra spans with their text
     * @return the gold-set board, then phi-asq and phi-presidio-synth when their files exist
     */
    static List<Board> boards(List<GoldTranscript> set, Path data, boolean keepExamples) throws IOException {
        SafeHarborDeidentifier deid = SafeHarborDeidentifier.builder().seed(1).build();
        List<Board> boards = new ArrayList<>();
        boards.add(gold(deid, set, keepExamples));
        Path asq = data.resolve(ASQ_FILE);
        if (Files.exists(asq)) {
            boards.add(asq(deid, asq, keepExamples));
        }
        Path pres = data.resolve(PRESIDIO_FILE);
        if (Files.exists(pres)) {
            boards.add(presidio(deid, pres, keepExamples));
        }
        return boards;
    }

    /**
     * @param args {@code --gold FILE}, {@code --data DIR} (default {@code ../shared/data}), {@code --misses N}
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path goldFile = null;
        Path data = Path.of("../shared/data");
        int misses = 0;
        int extras = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> goldFile = Path.of(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--misses" -> misses = Integer.parseInt(args[++i]);
                case "--extras" -> extras = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<GoldTranscript> set = goldFile != null
                ? DeidGoldGenerator.read(Files.readAllLines(goldFile, StandardCharsets.UTF_8)) : builtInGoldSet();
        List<Board> boards = boards(set, data, true);
        for (Board b : boards) {
            System.out.println(b.report());
            for (int i = 0; i < Math.min(misses, b.missedExamples.size()); i++) {
                System.out.println("  missed " + b.missedExamples.get(i));
            }
            for (int i = 0; i < Math.min(extras, b.extraExamples.size()); i++) {
                System.out.println("  extra " + b.extraExamples.get(i));
            }
        }
    }
}
