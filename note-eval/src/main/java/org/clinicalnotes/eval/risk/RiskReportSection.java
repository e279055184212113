package org.clinicalnotes.eval.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.measure.internal.MeasureExtractor;
import org.clinicalnotes.measure.internal.MedicationExtractor;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.eval.report.BarChart;
import org.clinicalnotes.eval.report.ReportSection;
import org.clinicalnotes.eval.report.ReportSectionProvider;
import org.clinicalnotes.eval.report.ReportTable;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;

/**
 * The {@code risk} report section: {@link RiskScreen} on the risk gold set and {@link MeasureExtractor} /
 * {@link MedicationExtractor} on the score and medication gold set. Both sets ship in this module
 * ({@code /risk-gold/risk-gold.jsonl}, {@code /risk-gold/measure-gold.jsonl}, copies of note-core's test
 * gold sets); they need no shared data. Per risk kind: recall of PRESENT, how many DENIED items were read as
 * PRESENT, exact status agreement and precision of PRESENT flags; a status confusion table; exact-match
 * accuracy of score and medication mentions. Only counts go into the section. Found through
 * {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
public final class RiskReportSection implements ReportSectionProvider {

    /** The resource holding the risk gold set, one JSON object a line. */
    public static final String RISK_GOLD = "/risk-gold/risk-gold.jsonl";
    /** The resource holding the score and medication gold set, one JSON object a line. */
    public static final String MEASURE_GOLD = "/risk-gold/measure-gold.jsonl";
    /** The encounter date the measure gold set assumes for "today". */
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public RiskReportSection() {
    }

    @Override
    public String id() {
        return "risk";
    }

    @Override
    public Optional<ReportSection> section(Path dataDir) {
        return Optional.of(section(load(RISK_GOLD), load(MEASURE_GOLD)));
    }

    private static final int N = RiskFlag.Status.values().length;

    /** Risk counts for one kind. */
    static final class KindStat {
        final int[][] confusion = new int[N][N + 1]; // gold status x (each status, not flagged)
        int predictedPresent;
        int predictedPresentCorrect;

        int gold(RiskFlag.Status s) {
            int n = 0;
            for (int v : confusion[s.ordinal()]) {
                n += v;
            }
            return n;
        }
    }

    static ReportSection section(List<JsonNode> riskGold, List<JsonNode> measureGold) {
        Map<RiskFlag.Kind, KindStat> stats = scoreRisk(riskGold);
        List<List<String>> rows = new ArrayList<>();
        KindStat all = new KindStat();
        List<Double> recall = new ArrayList<>();
        List<Double> precision = new ArrayList<>();
        List<String> cats = new ArrayList<>();
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            KindStat s = stats.get(k);
            rows.add(riskRow(k.name().toLowerCase(Locale.ROOT).replace('_', ' '), s));
            for (int g = 0; g < N; g++) {
                for (int p = 0; p <= N; p++) {
                    all.confusion[g][p] += s.confusion[g][p];
                }
            }
            all.predictedPresent += s.predictedPresent;
            all.predictedPresentCorrect += s.predictedPresentCorrect;
            cats.add(k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (n=" + s.gold(RiskFlag.Status.PRESENT) + ")");
            recall.add(ratio(s.confusion[RiskFlag.Status.PRESENT.ordinal()][0], s.gold(RiskFlag.Status.PRESENT)));
            precision.add(ratio(s.predictedPresentCorrect, s.predictedPresent));
        }
        rows.add(riskRow("all", all));
        List<List<String>> confusion = new ArrayList<>();
        for (RiskFlag.Status g : RiskFlag.Status.values()) {
            int[] c = all.confusion[g.ordinal()];
            List<String> row = new ArrayList<>();
            row.add(g.name());
            for (int v : c) {
                row.add(String.valueOf(v));
            }
            confusion.add(row);
        }
        int[] m = scoreMeasures(measureGold);
        int items = riskGold.size();
        List<String> text = List.of(
                "RiskScreen on the risk gold set (" + items + " short dialogues, note-eval resource "
                        + RISK_GOLD + ", a copy of note-core's test gold set). Each dialogue lists the kinds it expects "
                        + "and their status; a kind it does not list counts as absent. Recall is the share of gold "
                        + "PRESENT items flagged PRESENT; \"DENIED → PRESENT\" counts gold denials the screen "
                        + "flagged PRESENT (false alarms that matter); precision is the share of PRESENT flags whose "
                        + "kind is gold PRESENT in that dialogue. The screen was written against this set, so these "
                        + "are development-set figures, not a held-out estimate; a miss here is a regression.",
                "The score and medication extractors on their gold set (" + measureGold.size() + " dialogues, "
                        + MEASURE_GOLD + "): a score mention is exact when instrument, value, unit, previous value, "
                        + "severity band and date all match; a medication mention when name and status match and dose "
                        + "and frequency match where the gold gives them.");
        List<ReportTable> tables = List.of(
                new ReportTable("Risk flags per kind", List.of("risk kind", "gold PRESENT", "recall",
                        "gold DENIED", "DENIED → PRESENT", "gold UNCLEAR", "status exact", "PRESENT flags",
                        "precision"), rows, List.of("all")),
                new ReportTable("Status confusion, all kinds (rows: gold; columns: screen)", List.of("gold status",
                        "PRESENT", "DENIED", "UNCLEAR", "HISTORICAL", "not flagged"), confusion, List.of()),
                new ReportTable("Scores and medications", List.of("mentions", "gold", "found exactly", "accuracy",
                        "extra mentions"), List.of(
                        List.of("scores (PHQ-9, GAD-7, AUDIT, ...)", String.valueOf(m[0]), String.valueOf(m[1]),
                                pct(m[1], m[0]), String.valueOf(m[2])),
                        List.of("medications", String.valueOf(m[3]), String.valueOf(m[4]), pct(m[4], m[3]),
                                String.valueOf(m[5]))), List.of()));
        List<BarChart> charts = List.of(new BarChart("Risk flags: recall and precision of PRESENT by kind", "%",
                cats, List.of("recall", "precision"), List.of(recall, precision)));
        return ReportSection.of("risk", "Risk flags, scores and medications (safety gold sets)", text, tables, charts);
    }

    private static List<String> riskRow(String name, KindStat s) {
        int present = s.gold(RiskFlag.Status.PRESENT);
        int exact = 0;
        int gold = 0;
        for (RiskFlag.Status g : RiskFlag.Status.values()) {
            exact += s.confusion[g.ordinal()][g.ordinal()];
            gold += s.gold(g);
        }
        return List.of(name, String.valueOf(present), pct(s.confusion[RiskFlag.Status.PRESENT.ordinal()][0], present),
                String.valueOf(s.gold(RiskFlag.Status.DENIED)),
                String.valueOf(s.confusion[RiskFlag.Status.DENIED.ordinal()][RiskFlag.Status.PRESENT.ordinal()]),
                String.valueOf(s.gold(RiskFlag.Status.UNCLEAR)), exact + " of " + gold, String.valueOf(s.predictedPresent),
                pct(s.predictedPresentCorrect, s.predictedPresent));
    }

    static Map<RiskFlag.Kind, KindStat> scoreRisk(List<JsonNode> gold) {
        Map<RiskFlag.Kind, KindStat> stats = new EnumMap<>(RiskFlag.Kind.class);
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            stats.put(k, new KindStat());
        }
        RiskScreen screen = RiskScreen.create();
        for (JsonNode n : gold) {
            String id = n.path("id").asText();
            Map<RiskFlag.Kind, RiskFlag.Status> expected = new EnumMap<>(RiskFlag.Kind.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = n.path("expect").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                expected.put(RiskFlag.Kind.valueOf(e.getKey()), RiskFlag.Status.valueOf(e.getValue().asText()));
            }
            Map<RiskFlag.Kind, RiskFlag.Status> got = new EnumMap<>(RiskFlag.Kind.class);
            for (RiskFlag f : screen.screen(dialog(id, n.path("dialog").asText()))) {
                got.put(f.kind(), f.status());
            }
            for (Map.Entry<RiskFlag.Kind, RiskFlag.Status> e : expected.entrySet()) {
                RiskFlag.Status g = got.get(e.getKey());
                stats.get(e.getKey()).confusion[e.getValue().ordinal()][g == null ? N : g.ordinal()]++;
            }
            for (Map.Entry<RiskFlag.Kind, RiskFlag.Status> e : got.entrySet()) {
                if (e.getValue() == RiskFlag.Status.PRESENT) {
                    KindStat s = stats.get(e.getKey());
                    s.predictedPresent++;
                    if (expected.get(e.getKey()) == RiskFlag.Status.PRESENT) {
                        s.predictedPresentCorrect++;
                    }
                }
            }
        }
        return stats;
    }

    /** @return gold scores, exact scores, extra scores, gold medications, exact medications, extra medications */
    static int[] scoreMeasures(List<JsonNode> gold) {
        int[] r = new int[6];
        MeasureExtractor measures = MeasureExtractor.create();
        MedicationExtractor medications = MedicationExtractor.create();
        for (JsonNode n : gold) {
            Transcript t = dialog(n.path("id").asText(), n.path("dialog").asText());
            if (n.has("measures")) {
                List<MeasureScore> got = new ArrayList<>(measures.extract(t, DAY));
                for (JsonNode e : n.get("measures")) {
                    r[0]++;
                    Optional<MeasureScore> hit = got.stream().filter(m -> measureMatches(m, e)).findFirst();
                    if (hit.isPresent()) {
                        r[1]++;
                        got.remove(hit.get());
                    }
                }
                r[2] += got.size();
            }
            if (n.has("medications")) {
                List<MedicationMention> got = new ArrayList<>(medications.extract(t));
                for (JsonNode e : n.get("medications")) {
                    r[3]++;
                    Optional<MedicationMention> hit = got.stream().filter(m -> medicationMatches(m, e)).findFirst();
                    if (hit.isPresent()) {
                        r[4]++;
                        got.remove(hit.get());
                    }
                }
                r[5] += got.size();
            }
        }
        return r;
    }

    static boolean measureMatches(MeasureScore m, JsonNode e) {
        return m.instrument().equals(e.path("instrument").asText())
                && m.value() == e.path("value").asDouble()
                && m.unit().equals(e.has("unit") ? e.get("unit").asText() : "")
                && Objects.equals(m.previousValue(), e.has("previous") ? e.get("previous").asDouble() : null)
                && Objects.equals(m.interpretation(), e.has("band") ? e.get("band").asText() : null)
                && Objects.equals(m.date(), e.has("today") ? DAY : null);
    }

    static boolean medicationMatches(MedicationMention m, JsonNode e) {
        return m.name().equals(e.path("name").asText())
                && m.status().name().equals(e.path("status").asText())
                && (!e.has("dose") || Objects.equals(m.dose(), e.get("dose").asText()))
                && (!e.has("frequency") || Objects.equals(m.frequency(), e.get("frequency").asText()));
    }

    /** Reads a gold dialog "C: … | P: … | O: …" (clinician, patient, another person) as a transcript. */
    static Transcript dialog(String id, String dialog) {
        List<Transcript.Turn> turns = new ArrayList<>();
        for (String part : dialog.split("\\s\\|\\s")) {
            String p = part.strip();
            Speaker speaker = switch (p.isEmpty() ? ' ' : p.charAt(0)) {
                case 'C' -> Speaker.CLINICIAN;
                case 'P' -> Speaker.PATIENT;
                case 'O' -> Speaker.of(SpeakerRole.OTHER, "relative");
                default -> throw new IllegalStateException("CN-1908: gold item " + id
                        + " has a turn that does not start with C:, P: or O:");
            };
            turns.add(new Transcript.Turn(speaker, p.substring(2).strip()));
        }
        return Transcript.ofTurns(id, turns);
    }

    static List<JsonNode> load(String resource) {
        try (InputStream in = RiskReportSection.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CN-1908: gold set " + resource + " is missing from the class path");
            }
            List<JsonNode> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("CN-1908: cannot read gold set " + resource, e);
        }
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
