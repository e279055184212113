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
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.note.RiskKind;
import org.clinicalnotes.note.RiskStatus;
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

    /** One case of a blind set. */
    record Case(String id, Transcript transcript, Map<RiskKind, RiskStatus> expect, List<RiskKind> allow,
                String cssrs, String perpetrator, String group, String style) {
    }

    /**
     * @param resource a class-path resource in the blind format
     * @return its cases
     */
    static List<Case> load(String resource) {
        List<Case> out = new ArrayList<>();
        try (InputStream in = BlindRiskReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(parse(JSON.readTree(line)));
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
        Map<RiskKind, RiskStatus> expect = new EnumMap<>(RiskKind.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("expect").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            expect.put(RiskKind.valueOf(e.getKey()), RiskStatus.valueOf(e.getValue().asText()));
        }
        List<RiskKind> allow = new ArrayList<>();
        n.path("allow").forEach(a -> allow.add(RiskKind.valueOf(a.asText())));
        return new Case(id, Transcript.ofTurns(id, turns), expect, allow, text(n, "cssrs"), text(n, "perpetrator"),
                n.path("group").asText(""), n.path("style").asText("clean"));
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Counts for one slice (a kind, a style, all). */
    static final class Tally {
        int present;
        int found;
        int flagged;
        int flaggedRight;
        int denied;
        int deniedRight;
        int deniedNotPresent;

        String recall() {
            return pct(found, present);
        }

        String precision() {
            return pct(flaggedRight, flagged);
        }
    }

    /** The outcome of one run. */
    static final class Result {
        final Map<RiskKind, Tally> byKind = new EnumMap<>(RiskKind.class);
        final Map<String, Tally> byStyle = new LinkedHashMap<>();
        final Tally all = new Tally();
        int hardNegatives;
        int hardNegativeAlarms;
        int levels;
        int levelsRight;
        int levelsWithinOne;
        int perpetrators;
        int perpetratorsRight;
        final List<String> misses = new ArrayList<>();
    }

    static Result score(RiskScreen screen, List<Case> cases) {
        Result r = new Result();
        for (Case c : cases) {
            Map<RiskKind, RiskFlag> got = new EnumMap<>(RiskKind.class);
            screen.screen(c.transcript()).forEach(f -> got.put(f.kind(), f));
            Tally style = r.byStyle.computeIfAbsent(c.style(), s -> new Tally());
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<RiskKind, RiskStatus> e : c.expect().entrySet()) {
                RiskFlag f = got.get(e.getKey());
                RiskStatus st = f == null ? null : f.status();
                for (Tally t : List.of(r.all, style, r.byKind.computeIfAbsent(e.getKey(), k -> new Tally()))) {
                    if (e.getValue() == RiskStatus.PRESENT) {
                        t.present++;
                        t.found += st == RiskStatus.PRESENT ? 1 : 0;
                    } else if (e.getValue() == RiskStatus.DENIED) {
                        t.denied++;
                        t.deniedRight += st == RiskStatus.DENIED ? 1 : 0;
                        t.deniedNotPresent += st != RiskStatus.PRESENT ? 1 : 0;
                    }
                }
                if (e.getValue() != st) {
                    wrong.add(e.getKey() + " " + e.getValue() + "→" + (st == null ? "none" : st));
                }
                if (e.getValue() == RiskStatus.PRESENT && st == RiskStatus.PRESENT) {
                    if (c.cssrs() != null && f.cssrs() != null && (e.getKey() == RiskKind.SUICIDAL_IDEATION)) {
                        r.levels++;
                        int d = Math.abs(f.cssrs().ordinal() - org.clinicalnotes.note.CssrsLevel.valueOf(c.cssrs()).ordinal());
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
                if (f.status() != RiskStatus.PRESENT || c.allow().contains(f.kind())) {
                    continue;
                }
                boolean right = c.expect().get(f.kind()) == RiskStatus.PRESENT;
                for (Tally t : List.of(r.all, style, r.byKind.computeIfAbsent(f.kind(), k -> new Tally()))) {
                    t.flagged++;
                    t.flaggedRight += right ? 1 : 0;
                }
                if (!right) {
                    alarm = true;
                    if (!c.expect().containsKey(f.kind())) {
                        wrong.add(f.kind() + " none→PRESENT");
                    }
                }
            }
            if ("hard_negative".equals(c.group())) {
                r.hardNegatives++;
                r.hardNegativeAlarms += alarm ? 1 : 0;
            }
            if (!wrong.isEmpty()) {
                r.misses.add(c.id() + " [" + c.group() + ", " + c.style() + "]: " + String.join("; ", wrong));
            }
        }
        return r;
    }

    static String markdown(String title, Result r, boolean withMisses) {
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
        sb.append("| kind | PRESENT cases | recall | PRESENT flags | precision | DENIED cases | read DENIED | not read PRESENT |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<RiskKind, Tally> e : r.byKind.entrySet()) {
            row(sb, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
        }
        for (Map.Entry<String, Tally> e : r.byStyle.entrySet()) {
            row(sb, "*style " + e.getKey() + "*", e.getValue());
        }
        row(sb, "**all**", r.all);
        sb.append("\nHard negatives flagged PRESENT: ").append(r.hardNegativeAlarms).append(" of ")
                .append(r.hardNegatives).append(" (").append(pct(r.hardNegativeAlarms, r.hardNegatives)).append(").")
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
                .append(" |\n");
    }

    static String pct(int a, int b) {
        return b == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * a / b);
    }

    /**
     * Prints the report for the given resources, with the default screen and the lexical screen alone.
     *
     * @param args {@code [--lexical-only] [--no-misses] RESOURCE...}
     */
    public static void main(String[] args) {
        boolean lexicalOnly = false;
        boolean misses = true;
        List<Case> cases = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--lexical-only" -> lexicalOnly = true;
                case "--no-misses" -> misses = false;
                default -> {
                    cases.addAll(load(a));
                    names.add(a);
                }
            }
        }
        System.out.println("## Risk screen on " + String.join(" + ", names) + " (" + cases.size() + " cases)\n");
        RiskScreen def = RiskScreen.create();
        if (!lexicalOnly && def.semanticMatcher().isPresent()) {
            System.out.println(markdown("Screen " + def.id(), score(def, cases), misses));
            if (def.model().isPresent()) {
                RiskScreen rules = def.withoutModel();
                System.out.println(markdown("Screen " + rules.id() + " (the rules without the learned model)",
                        score(rules, cases), misses));
            }
        }
        System.out.println(markdown("Screen " + RiskScreen.lexical().id(), score(RiskScreen.lexical(), cases), misses));
    }
}
