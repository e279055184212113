package org.clinicalnotes.eval.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;

/**
 * Scores a {@link RiskScreen} on a risk set in the blind format (JSON Lines: {@code id}, {@code turns[]
 * {speaker CLINICIAN|PATIENT|OTHER, text}}, {@code expect {KIND: PRESENT|DENIED}}, {@code allow[]},
 * {@code cssrs}, {@code perpetrator}, {@code group present|denial|hard_negative}, {@code style clean|asr}).
 * Per kind: recall of PRESENT, precision of PRESENT flags (a kind in {@code allow} is neither right nor
 * wrong), DENIED read as DENIED and read as not PRESENT; hard negatives with any PRESENT flag; C-SSRS level
 * and perpetrator agreement; the same split by style; and every miss with its case id.
 *
 * <p>Run: {@code java -cp examples/target/clinical-notes.jar org.clinicalnotes.eval.risk.BlindRiskReport
 * [--lexical] RESOURCE...} with resources such as {@code /risk-blind/test-2026-12/part-a.jsonl}.
 *
 * @since 0.2.0
 */
public final class BlindRiskReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BlindRiskReport() {
    }

    /**
     * One case of a blind set. {@code evidence}: the 0-based turn indices where the disclosure or denial is said
     * (empty when the set gives none); {@code perpetrator} uses the {@link org.clinicalnotes.note.RiskFlag.Perpetrator}
     * names (the writers' {@code PARTNER_OF_PARENT} is {@code PARENT_PARTNER}).
     */
    record Case(String id, Transcript transcript, Map<RiskFlag.Kind, RiskFlag.Status> expect, List<RiskFlag.Kind> allow,
                String cssrs, String perpetrator, String group, String style, List<Integer> evidence) {

        Case(String id, Transcript transcript, Map<RiskFlag.Kind, RiskFlag.Status> expect, List<RiskFlag.Kind> allow, String cssrs,
             String perpetrator, String group, String style) {
            this(id, transcript, expect, allow, cssrs, perpetrator, group, style, List.of());
        }
    }

    /**
     * Opens a set given as a file path, a class-path resource ({@code /risk-blind/x/part-a.jsonl}), or the same
     * resource path written without its leading slash or under {@code note-eval/src/main/resources/}.
     *
     * @return the stream, or null when none of these exists
     */
    static InputStream open(String source) throws IOException {
        Path file = Path.of(source);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        Path inTree = Path.of("note-eval/src/main/resources").resolve(source.startsWith("/") ? source.substring(1)
                : source);
        if (Files.isRegularFile(inTree)) {
            return Files.newInputStream(inTree);
        }
        return BlindRiskReport.class.getResourceAsStream(source.startsWith("/") ? source : "/" + source);
    }

    /**
     * @param source a file path, or else a class-path resource, in the blind format
     * @return its cases
     * @throws BadInputException CN-3502 when it is neither, or a line is not a case in the blind format
     */
    static List<Case> load(String source) {
        List<Case> out = new ArrayList<>();
        try (InputStream in = open(source)) {
            if (in == null) {
                throw new BadInputException("CN-3502", source, "the risk set is neither a readable file nor a"
                        + " class-path resource", "Give the path of a JSON Lines file in the blind risk format.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    try {
                        out.add(parse(JSON.readTree(line)));
                    } catch (IOException | RuntimeException e) {
                        throw new BadInputException("CN-3502", source, lineNo, "not a case in the blind risk format ("
                                + e.getClass().getSimpleName() + ")", "Each line needs id, turns[{speaker, text}] and"
                                + " expect {KIND: PRESENT|DENIED}.", null);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Case parse(JsonNode n) {
        String id = n.get("id").asText();
        List<Transcript.Turn> turns = new ArrayList<>();
        for (JsonNode t : n.get("turns")) {
            String sp = t.get("speaker").asText();
            Speaker speaker = switch (sp) {
                case "CLINICIAN" -> Speaker.CLINICIAN;
                case "PATIENT" -> Speaker.PATIENT;
                default -> Speaker.of(SpeakerRole.OTHER, "relative");
            };
            turns.add(new Transcript.Turn(speaker, t.get("text").asText()));
        }
        Map<RiskFlag.Kind, RiskFlag.Status> expect = new EnumMap<>(RiskFlag.Kind.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("expect").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            expect.put(RiskFlag.Kind.valueOf(e.getKey()), RiskFlag.Status.valueOf(e.getValue().asText()));
        }
        List<RiskFlag.Kind> allow = new ArrayList<>();
        n.path("allow").forEach(a -> allow.add(RiskFlag.Kind.valueOf(a.asText())));
        List<Integer> evidence = new ArrayList<>();
        n.path("evidence").forEach(e -> evidence.add(e.asInt()));
        String perp = text(n, "perpetrator");
        if ("PARTNER_OF_PARENT".equals(perp)) {
            perp = "PARENT_PARTNER";
        }
        return new Case(id, Transcript.ofTurns(id, turns), expect, allow, text(n, "cssrs"), perp,
                n.path("group").asText(""), n.path("style").asText("clean"), List.copyOf(evidence));
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Counts for one slice (a kind, a style, all). */
    static final class Tally {
        int present;
        int found;
        /** PRESENT labels read PRESENT or UNCLEAR (surfaced for review). */
        int surfaced;
        int flagged;
        int flaggedRight;
        int denied;
        int deniedRight;
        int deniedNotPresent;
        int hardNegativeFlags;

        String recall() {
            return pct(found, present);
        }

        String precision() {
            return pct(flaggedRight, flagged);
        }
    }

    /** The outcome of one run. */
    static final class Result {
        final Map<RiskFlag.Kind, Tally> byKind = new EnumMap<>(RiskFlag.Kind.class);
        final Map<String, Tally> byStyle = new LinkedHashMap<>();
        final Tally all = new Tally();
        int hardNegatives;
        int hardNegativeAlarms;
        /** Hard negatives with an UNCLEAR flag and no PRESENT one (a review asked for nothing). */
        int hardNegativeReviews;
        int levels;
        int levelsRight;
        int levelsWithinOne;
        int perpetrators;
        int perpetratorsRight;
        final List<String> misses = new ArrayList<>();
    }

    static Result score(RiskScreen screen, List<Case> cases) {
        return score(screen, cases, false);
    }

    /** The case's turns, one letter per speaker, cut to 300 characters (for the miss list of a report). */
    static String excerpt(Case c) {
        StringBuilder sb = new StringBuilder();
        c.transcript().utterances().forEach(u -> sb.append(sb.isEmpty() ? "" : " / ")
                .append(switch (u.speaker().role()) {
                    case CLINICIAN -> "C: ";
                    case PATIENT -> "P: ";
                    default -> "O: ";
                }).append(u.text()));
        String t = sb.toString().replaceAll("\\s+", " ");
        return "“" + (t.length() > 300 ? t.substring(0, 300) + "…" : t) + "”";
    }

    static Result score(RiskScreen screen, List<Case> cases, boolean withText) {
        Result r = new Result();
        for (Case c : cases) {
            Map<RiskFlag.Kind, RiskFlag> got = new EnumMap<>(RiskFlag.Kind.class);
            screen.screen(c.transcript()).forEach(f -> got.put(f.kind(), f));
            Tally style = r.byStyle.computeIfAbsent(c.style(), s -> new Tally());
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<RiskFlag.Kind, RiskFlag.Status> e : c.expect().entrySet()) {
                RiskFlag f = got.get(e.getKey());
                RiskFlag.Status st = f == null ? null : f.status();
                for (Tally t : List.of(r.all, style, r.byKind.computeIfAbsent(e.getKey(), k -> new Tally()))) {
                    if (e.getValue() == RiskFlag.Status.PRESENT) {
                        t.present++;
                        t.found += st == RiskFlag.Status.PRESENT ? 1 : 0;
                        t.surfaced += st == RiskFlag.Status.PRESENT || st == RiskFlag.Status.UNCLEAR ? 1 : 0;
                    } else if (e.getValue() == RiskFlag.Status.DENIED) {
                        t.denied++;
                        t.deniedRight += st == RiskFlag.Status.DENIED ? 1 : 0;
                        t.deniedNotPresent += st != RiskFlag.Status.PRESENT ? 1 : 0;
                    }
                }
                if (e.getValue() != st) {
                    wrong.add(e.getKey() + " " + e.getValue() + "→" + (st == null ? "none" : st));
                }
                if (e.getValue() == RiskFlag.Status.PRESENT && st == RiskFlag.Status.PRESENT) {
                    if (c.cssrs() != null && f.cssrs() != null && (e.getKey() == RiskFlag.Kind.SUICIDAL_IDEATION)) {
                        r.levels++;
                        int d = Math.abs(f.cssrs().ordinal() - org.clinicalnotes.note.RiskFlag.CssrsLevel.valueOf(c.cssrs()).ordinal());
                        r.levelsRight += d == 0 ? 1 : 0;
                        r.levelsWithinOne += d <= 1 ? 1 : 0;
                        if (d != 0) {
                            wrong.add("level " + c.cssrs() + "→" + f.cssrs());
                        }
                    }
                    if (c.perpetrator() != null) {
                        r.perpetrators++;
                        boolean ok = f.perpetrator() != null && f.perpetrator().name().equals(c.perpetrator());
                        r.perpetratorsRight += ok ? 1 : 0;
                        if (!ok) {
                            wrong.add("perpetrator " + c.perpetrator() + "→" + f.perpetrator());
                        }
                    }
                }
            }
            boolean alarm = false;
            for (RiskFlag f : got.values()) {
                if (f.status() != RiskFlag.Status.PRESENT || c.allow().contains(f.kind())) {
                    continue;
                }
                boolean right = c.expect().get(f.kind()) == RiskFlag.Status.PRESENT;
                for (Tally t : List.of(r.all, style, r.byKind.computeIfAbsent(f.kind(), k -> new Tally()))) {
                    t.flagged++;
                    t.flaggedRight += right ? 1 : 0;
                }
                if (!right) {
                    alarm = true;
                    if ("hard_negative".equals(c.group())) {
                        r.byKind.get(f.kind()).hardNegativeFlags++;
                        style.hardNegativeFlags++;
                    }
                    if (!c.expect().containsKey(f.kind())) {
                        wrong.add(f.kind() + " none→PRESENT");
                    }
                }
            }
            if ("hard_negative".equals(c.group())) {
                r.hardNegatives++;
                r.hardNegativeAlarms += alarm ? 1 : 0;
                r.hardNegativeReviews += !alarm && got.values().stream().anyMatch(f -> f.status() == RiskFlag.Status.UNCLEAR
                        && !c.allow().contains(f.kind())) ? 1 : 0;
            }
            if (!wrong.isEmpty()) {
                r.misses.add(c.id() + " [" + c.group() + ", " + c.style() + "]: " + String.join("; ", wrong)
                        + (withText ? " — " + excerpt(c) : ""));
            }
        }
        return r;
    }

    static String markdown(String title, Result r, boolean withMisses) {
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
        sb.append("| kind | PRESENT cases | recall | PRESENT flags | precision | DENIED cases | read DENIED | not read PRESENT"
                + " | flags on hard negatives |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<RiskFlag.Kind, Tally> e : r.byKind.entrySet()) {
            row(sb, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
        }
        for (Map.Entry<String, Tally> e : r.byStyle.entrySet()) {
            row(sb, "*style " + e.getKey() + "*", e.getValue());
        }
        row(sb, "**all**", r.all);
        sb.append("\nHard negatives flagged PRESENT: ").append(r.hardNegativeAlarms).append(" of ")
                .append(r.hardNegatives).append(" (").append(pct(r.hardNegativeAlarms, r.hardNegatives)).append(");")
                .append(" with an UNCLEAR flag only: ").append(r.hardNegativeReviews).append('.')
                .append(" PRESENT labels surfaced (read PRESENT or UNCLEAR): ").append(r.all.surfaced).append(" of ")
                .append(r.all.present).append(" (").append(pct(r.all.surfaced, r.all.present)).append(").")
                .append(" C-SSRS level exact: ").append(pct(r.levelsRight, r.levels)).append(" (within one level ")
                .append(pct(r.levelsWithinOne, r.levels)).append(", n=").append(r.levels).append(").")
                .append(" Perpetrator right: ").append(pct(r.perpetratorsRight, r.perpetrators)).append(" (n=")
                .append(r.perpetrators).append(").\n");
        if (withMisses) {
            sb.append("\nMisses (").append(r.misses.size()).append("):\n\n");
            r.misses.forEach(m -> sb.append("- ").append(m).append('\n'));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, Tally t) {
        sb.append("| ").append(label).append(" | ").append(t.present).append(" | ").append(t.recall()).append(" | ")
                .append(t.flagged).append(" | ").append(t.precision()).append(" | ").append(t.denied).append(" | ")
                .append(pct(t.deniedRight, t.denied)).append(" | ").append(pct(t.deniedNotPresent, t.denied))
                .append(" | ").append(t.hardNegativeFlags).append(" |\n");
    }

    static String pct(int a, int b) {
        return b == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * a / b);
    }

    /**
     * Scores the default screen (and the same screen without its learned model, and the lexical screen alone) on
     * blind risk sets and writes a markdown report with every miss. One command for a new blind set:
     * {@code java -cp examples/target/clinical-notes.jar org.clinicalnotes.eval.risk.BlindRiskReport --out
     * report.md FILE.jsonl...}.
     *
     * @param args {@code [--out REPORT.md] [--lexical-only] [--default-only] [--no-misses] FILE_OR_RESOURCE...}
     * @throws IOException when the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean lexicalOnly = false;
        boolean defaultOnly = false;
        boolean misses = true;
        Path out = null;
        List<Case> cases = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lexical-only" -> lexicalOnly = true;
                case "--default-only" -> defaultOnly = true;
                case "--no-misses" -> misses = false;
                case "--out" -> {
                    if (i + 1 >= args.length) {
                        System.err.println("usage: BlindRiskReport [--out REPORT.md] [--lexical-only] [--default-only] [--no-misses]"
                                + " FILE...");
                        System.exit(2);
                    }
                    out = Path.of(args[++i]);
                }
                default -> {
                    // A folder stands for its JSON Lines files, in name order.
                    List<String> parts = Files.isDirectory(Path.of(args[i])) ? jsonl(Path.of(args[i]))
                            : List.of(args[i]);
                    for (String part : parts) {
                        cases.addAll(load(part));
                        names.add(part);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            System.err.println("usage: BlindRiskReport [--out REPORT.md] [--lexical-only] [--default-only] [--no-misses] FILE...");
            System.exit(2);
        }
        StringBuilder sb = new StringBuilder("## Risk screen on " + String.join(" + ", names) + " (" + cases.size()
                + " cases)\n\n");
        for (String n : names) {
            sb.append("- `").append(n).append("`: SHA-256 `").append(sha256(n)).append("`\n");
        }
        sb.append("- scored at ").append(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append("\n\n");
        RiskScreen def = RiskScreen.create();
        if (!lexicalOnly && def.semanticMatcher().isPresent()) {
            sb.append(markdown("Screen " + def.id() + " (the default)", score(def, cases, true), misses)).append('\n');
            if (defaultOnly) {
                emit(out, sb, cases.size());
                return;
            }
            if (def.model().isPresent()) {
                RiskScreen rules = def.withoutModel();
                sb.append(markdown("Screen " + rules.id() + " (the rules without the learned model)",
                        score(rules, cases, true), misses)).append('\n');
            }
        }
        sb.append(markdown("Screen " + RiskScreen.lexical().id() + " (lexical rules alone)",
                score(RiskScreen.lexical(), cases, true), misses));
        emit(out, sb, cases.size());
    }

    private static void emit(Path out, StringBuilder sb, int cases) throws IOException {
        if (out == null) {
            System.out.println(sb);
            return;
        }
        Path abs = out.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "risk-report", ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote " + abs + " (" + cases + " cases)");
    }

    private static List<String> jsonl(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().map(Path::toString)
                    .toList();
        }
    }

    private static String sha256(String source) throws IOException {
        try (InputStream in = open(source)) {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(in.readAllBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
