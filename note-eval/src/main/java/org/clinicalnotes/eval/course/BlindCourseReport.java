package org.clinicalnotes.eval.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicalnotes.course.Brief;
import org.clinicalnotes.course.BriefLine;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.CourseSession;
import org.clinicalnotes.course.Evidence;
import org.clinicalnotes.course.Homework;
import org.clinicalnotes.course.JournalEntry;
import org.clinicalnotes.course.MeasurePoint;
import org.clinicalnotes.course.MeasureTrajectory;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.course.RiskPoint;
import org.clinicalnotes.course.Theme;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Utterance;

/**
 * Scores the course tools on a series with a key ({@code key.json}: per client themes with session lists and
 * trend, measure points, homework, risk). Run:
 * {@code java -cp examples/target/clinical-notes.jar org.clinicalnotes.eval.course.BlindCourseReport KEY.json CLIENTS_DIR [--lexical-risk] [--lexical-themes]}.
 *
 * <ul>
 *   <li>Themes: each key theme is matched one-to-one (greedily, most shared stems first) to a found theme sharing a
 *       key-word stem with its key words or label; precision and recall of the sessions the matched theme cites.</li>
 *   <li>Reliable change, by hand: |last − first| ≥ 6 on the PHQ-9 and ≥ 4 on the GAD-7 (the Jacobson–Truax criterion
 *       with the README's SD and reliability, in whole points) on the key's points, against the tool's decision on
 *       the points it read; also the points read (value right in the right session).</li>
 *   <li>Rising risk per client; sessions with risk (any present kind) against the key's risk sessions.</li>
 *   <li>Homework: set in the right session; followed up in the right session (or correctly never).</li>
 *   <li>Grounding: a brief or plan line is supported when every citation names an existing session and utterance
 *       (or journal entry) and the cited text carries the line's content: the instrument for a score, a key word
 *       for a theme, the task's words for homework, a client's turn for risk.</li>
 * </ul>
 */
public final class BlindCourseReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BlindCourseReport() {
    }

    /**
     * @param args KEY.json CLIENTS_DIR [--lexical-risk] [--lexical-themes]
     * @throws IOException when the key cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BlindCourseReport KEY.json CLIENTS_DIR [--lexical-risk] [--lexical-themes]");
            System.exit(2);
        }
        List<String> opts = List.of(args).subList(2, args.length);
        CourseAnalyzer.Builder b = CourseAnalyzer.builder();
        b.riskScreen(opts.contains("--lexical-risk") ? RiskScreen.lexical() : RiskScreen.create());
        if (!opts.contains("--lexical-themes")) {
            b.embedder(CourseAnalyzer.create().embedder().orElse(null));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(JSON.readTree(Path.of(args[0]).toFile()), Path.of(args[1]), b.build(), out);
    }

    static void run(JsonNode key, Path clients, CourseAnalyzer analyzer, PrintStream out) {
        int keyThemes = 0;
        int found = 0;
        int trendRight = 0;
        int tp = 0;
        int citedSessions = 0;
        int keySessions = 0;
        int rcCases = 0;
        int rcRight = 0;
        int pointsKey = 0;
        int pointsRight = 0;
        int pointsRead = 0;
        int riskRight = 0;
        int riskTp = 0;
        int riskFound = 0;
        int riskKey = 0;
        int hwKey = 0;
        int hwSet = 0;
        int hwFollow = 0;
        int hwFound = 0;
        int lines = 0;
        int grounded = 0;
        List<String> misses = new ArrayList<>();
        String method = "";
        for (JsonNode c : key.get("clients")) {
            String id = c.get("id").asText();
            long t0 = System.nanoTime();
            ClientHistory h = ClientHistory.load(clients.resolve(id));
            Course course = analyzer.analyze(h);
            method = course.themeMethod();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.printf(Locale.ROOT, "%n## %s (%d sessions, %d ms)%n%n", id, h.sessions().size(), ms);
            // themes
            List<Theme> free = new ArrayList<>(course.themes());
            for (Theme t : course.themes()) {
                out.println("- found theme: " + t.label() + " " + t.keywords() + " " + t.sessions().size() + " sessions, "
                        + t.trend());
            }
            for (JsonNode kt : c.get("themes")) {
                keyThemes++;
                Set<String> keyStems = new LinkedHashSet<>();
                kt.get("keywords").forEach(k -> keyStems.addAll(stems(k.asText())));
                keyStems.addAll(stems(kt.get("label").asText()));
                Set<String> ks = new LinkedHashSet<>();
                kt.get("sessions").forEach(s -> ks.add(s.asText()));
                Theme best = null;
                int bestShared = 0;
                for (Theme t : free) {
                    Set<String> mine = new HashSet<>();
                    t.keywords().forEach(k -> mine.addAll(stems(k)));
                    int shared = (int) mine.stream().filter(keyStems::contains).count();
                    if (shared > bestShared) {
                        best = t;
                        bestShared = shared;
                    }
                }
                keySessions += ks.size();
                if (best == null) {
                    misses.add(id + " theme not found: " + kt.get("label").asText());
                    out.println("- key theme NOT FOUND: " + kt.get("label").asText());
                    continue;
                }
                free.remove(best);
                found++;
                Set<String> mineS = new LinkedHashSet<>(best.sessions());
                int inter = (int) mineS.stream().filter(ks::contains).count();
                tp += inter;
                citedSessions += mineS.size();
                boolean trendOk = best.trend().name().equals(kt.get("trend").asText());
                trendRight += trendOk ? 1 : 0;
                out.printf(Locale.ROOT, "- key theme \"%s\" -> \"%s\": sessions P %d/%d R %d/%d, trend %s (key %s)%n",
                        kt.get("label").asText(), best.label(), inter, mineS.size(), inter, ks.size(), best.trend(),
                        kt.get("trend").asText());
            }
            // measures and reliable change
            for (JsonNode km : c.get("measures")) {
                String ins = km.get("instrument").asText();
                JsonNode pts = km.get("points");
                MeasureTrajectory mine = course.measures().stream().filter(m -> m.instrument().equals(ins)).findFirst()
                        .orElse(null);
                for (JsonNode p : pts) {
                    pointsKey++;
                    boolean right = mine != null && mine.points().stream().anyMatch(mp -> mp.session()
                            .equals(p.get("session").asText()) && mp.value() == p.get("value").asDouble());
                    pointsRight += right ? 1 : 0;
                    if (!right) {
                        misses.add(id + " " + ins + " point " + p.get("session").asText() + "=" + p.get("value").asInt()
                                + " read as " + (mine == null ? "nothing" : mine.points().stream()
                                .filter(mp -> mp.session().equals(p.get("session").asText()))
                                .map(mp -> Double.toString(mp.value())).toList()));
                    }
                }
                if (mine != null) {
                    pointsRead += mine.points().size();
                }
                if (pts.size() < 2) {
                    continue;
                }
                rcCases++;
                int first = pts.get(0).get("value").asInt();
                int last = pts.get(pts.size() - 1).get("value").asInt();
                String hand = hand(ins, first, last);
                String sys = mine == null || mine.reliableChange() == null ? "NONE" : mine.reliableChange() + "/"
                        + (mine.clinicallySignificant() ? "CS" : "not CS");
                boolean ok = hand.equals(sys);
                rcRight += ok ? 1 : 0;
                out.printf(Locale.ROOT, "- %s %d -> %d: hand %s, tool %s%s%n", ins, first, last, hand, sys, ok ? "" : "  MISMATCH");
                if (!ok) {
                    misses.add(id + " " + ins + " reliable change: hand " + hand + ", tool " + sys);
                }
            }
            // risk
            boolean keyRising = c.get("risk").get("rising").asBoolean();
            riskRight += keyRising == course.risk().rising() ? 1 : 0;
            if (keyRising != course.risk().rising()) {
                misses.add(id + " rising risk: key " + keyRising + ", tool " + course.risk().rising());
            }
            Set<String> keyRisk = new HashSet<>();
            c.get("risk").get("sessions").forEach(s -> keyRisk.add(s.asText()));
            Set<String> myRisk = new LinkedHashSet<>();
            for (RiskPoint p : course.risk().points()) {
                if (!p.kinds().isEmpty() && !p.session().equals(Evidence.JOURNAL)) {
                    myRisk.add(p.session());
                }
            }
            riskKey += keyRisk.size();
            riskFound += myRisk.size();
            riskTp += (int) myRisk.stream().filter(keyRisk::contains).count();
            out.println("- rising: key " + keyRising + ", tool " + course.risk().rising() + "; risk sessions key " + keyRisk.size()
                    + ", tool " + myRisk + course.risk().reasons().stream().map(r -> "\n  - " + r.text()).toList());
            // homework
            hwFound += course.homework().size();
            for (JsonNode kh : c.get("homework")) {
                hwKey++;
                String setIn = kh.get("setIn").asText();
                String fu = kh.get("followedUpIn").isNull() ? null : kh.get("followedUpIn").asText();
                Homework mine = course.homework().stream().filter(x -> x.setIn().equals(setIn)).findFirst().orElse(null);
                if (mine == null) {
                    misses.add(id + " homework set in " + setIn + " not found");
                    continue;
                }
                hwSet++;
                boolean ok = fu == null ? mine.followedUpIn() == null : fu.equals(mine.followedUpIn());
                hwFollow += ok ? 1 : 0;
                if (!ok) {
                    misses.add(id + " homework set in " + setIn + " followed up: key " + fu + ", tool " + mine.followedUpIn());
                }
            }
            // grounding
            Brief brief = Brief.of(course);
            for (BriefLine l : brief.lines()) {
                lines++;
                String why = grounded(h, course, l.section(), l.text(), l.evidence());
                grounded += why == null ? 1 : 0;
                if (why != null) {
                    misses.add(id + " brief line not grounded (" + l.section() + "): " + why);
                }
            }
            PlanDraft plan = PlanDraft.of(course);
            List<Object[]> planLines = new ArrayList<>();
            plan.problems().forEach(p -> planLines.add(new Object[] {p.key().startsWith("theme") ? "themes"
                    : p.key().equals("risk") ? "risk" : "measures", p.text(), p.evidence()}));
            plan.goals().forEach(g -> planLines.add(new Object[] {g.problemKey().equals("risk") ? "risk" : "measures", g.text(),
                    g.evidence()}));
            plan.interventions().forEach(i -> planLines.add(new Object[] {i.text().startsWith("Safety") ? "risk"
                    : i.text().startsWith("Continue or build") ? "homework" : "other", i.text(), i.evidence()}));
            plan.measures().forEach(m -> planLines.add(new Object[] {m.instrument().equals("C-SSRS") ? "risk" : "measures",
                    m.text(), m.evidence()}));
            for (Object[] pl : planLines) {
                lines++;
                @SuppressWarnings("unchecked")
                String why = grounded(h, course, (String) pl[0], (String) pl[1], (List<Evidence>) pl[2]);
                grounded += why == null ? 1 : 0;
                if (why != null) {
                    misses.add(id + " plan line not grounded (" + pl[0] + "): " + why);
                }
            }
        }
        out.printf(Locale.ROOT, "%n## Summary (themes: %s)%n%n", method);
        out.printf(Locale.ROOT, "| figure | value |%n|---|---:|%n");
        out.printf(Locale.ROOT, "| planted themes found | %d / %d (%.1f %%) |%n", found, keyThemes, pct(found, keyThemes));
        out.printf(Locale.ROOT, "| sessions cited by matched themes: precision | %d / %d (%.1f %%) |%n", tp, citedSessions,
                pct(tp, citedSessions));
        out.printf(Locale.ROOT, "| sessions of planted themes: recall (unfound themes count as missed) | %d / %d (%.1f %%) |%n", tp,
                keySessions, pct(tp, keySessions));
        out.printf(Locale.ROOT, "| theme trend right (matched themes) | %d / %d |%n", trendRight, found);
        out.printf(Locale.ROOT, "| measure points read right | %d / %d (%.1f %%); %d read in all |%n", pointsRight, pointsKey,
                pct(pointsRight, pointsKey), pointsRead);
        out.printf(Locale.ROOT, "| reliable-change and clinical-significance decisions = hand computation | %d / %d |%n",
                rcRight, rcCases);
        out.printf(Locale.ROOT, "| rising risk right (clients) | %d / %d |%n", riskRight, key.get("clients").size());
        out.printf(Locale.ROOT, "| risk sessions: precision / recall | %d / %d, %d / %d |%n", riskTp, riskFound, riskTp, riskKey);
        out.printf(Locale.ROOT, "| homework found in the right session | %d / %d (%d found in all) |%n", hwSet, hwKey, hwFound);
        out.printf(Locale.ROOT, "| homework follow-up right (of those found) | %d / %d |%n", hwFollow, hwSet);
        out.printf(Locale.ROOT, "| brief and plan lines grounded | %d / %d (%.1f %%) |%n", grounded, lines, pct(grounded, lines));
        out.printf(Locale.ROOT, "%n### Misses%n%n");
        misses.forEach(m -> out.println("- " + m));
    }

    /** The hand rule: whole-point thresholds from the Jacobson–Truax criterion with the README's SD and r. */
    static String hand(String instrument, int first, int last) {
        int threshold = instrument.equals("PHQ-9") ? 6 : 4;
        int cutoff = instrument.equals("PHQ-9") ? 10 : 8;
        int d = last - first;
        String rc = d <= -threshold ? "IMPROVED" : d >= threshold ? "DETERIORATED" : "NO_CHANGE";
        boolean cs = rc.equals("IMPROVED") && first >= cutoff && last < cutoff
                || rc.equals("DETERIORATED") && first < cutoff && last >= cutoff;
        return rc + "/" + (cs ? "CS" : "not CS");
    }

    private static String grounded(ClientHistory h, Course course, String section, String text, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "no evidence";
        }
        List<String> cited = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.isJournal()) {
                for (String id : e.ids()) {
                    JournalEntry j = h.journal().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                    if (j == null) {
                        return "unknown journal entry " + id;
                    }
                    cited.add(j.text());
                }
                continue;
            }
            CourseSession s = h.session(e.session()).orElse(null);
            if (s == null) {
                return "unknown session " + e.session();
            }
            for (String id : e.ids()) {
                Utterance u = s.transcript().utterance(id).orElse(null);
                if (u == null) {
                    return "unknown utterance " + e.session() + ":" + id;
                }
                cited.add(u.text());
                if (section.equals("risk") && u.role() == org.clinicalnotes.transcript.SpeakerRole.CLINICIAN) {
                    return "risk cites the clinician's turn " + e.session() + ":" + id;
                }
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        switch (section) {
            case "measures" -> {
                String ins = lower.contains("phq-9") ? "phq" : lower.contains("gad-7") ? "gad" : null;
                if (ins != null) {
                    for (String c : cited) {
                        if (!c.toLowerCase(Locale.ROOT).replace(" ", "").contains(ins)) {
                            return "a cited turn does not name the " + ins.toUpperCase(Locale.ROOT);
                        }
                    }
                }
            }
            case "themes" -> {
                Theme t = course.themes().stream().filter(x -> lower.contains(x.label().toLowerCase(Locale.ROOT))).findFirst()
                        .orElse(null);
                if (t != null) {
                    Set<String> keys = new HashSet<>();
                    t.keywords().forEach(k -> keys.addAll(stems(k)));
                    for (String c : cited) {
                        if (stems(c).stream().noneMatch(keys::contains)) {
                            return "a cited turn carries none of the theme's key words";
                        }
                    }
                }
            }
            case "homework" -> {
                int q = text.indexOf('"');
                if (q >= 0 && !cited.isEmpty()) {
                    String task = text.substring(q + 1, Math.min(text.length(), q + 30));
                    if (cited.stream().noneMatch(c -> c.contains(task.substring(0, Math.min(task.length(), 20))))) {
                        return "the cited turns do not hold the task's words";
                    }
                }
            }
            default -> {
                // risk, questions, journal: the citations exist (checked above)
            }
        }
        return null;
    }

    static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (w.length() < 3) {
                continue;
            }
            String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (s.endsWith("ies") && s.length() > 4) {
                s = s.substring(0, s.length() - 3) + "y";
            } else if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.endsWith("ing") && s.length() > 5) {
                s = s.substring(0, s.length() - 3);
            } else if (s.endsWith("ed") && s.length() > 4) {
                s = s.substring(0, s.length() - 2);
            }
            if (s.endsWith("e") && s.length() > 3) {
                s = s.substring(0, s.length() - 1);
            }
            if (!STOP.contains(w)) {
                out.add(s);
            }
        }
        return out;
    }

    private static final Set<String> STOP = Set.of("and", "the", "for", "with", "about", "from", "her", "his", "their",
            "of", "to", "in", "on", "at", "a", "an", "being", "not", "she", "him", "they", "that", "this");

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
