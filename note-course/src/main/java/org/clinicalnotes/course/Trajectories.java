package org.clinicalnotes.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.measure.internal.MeasureExtractor;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;

/** Measure trajectories with the Jacobson–Truax reliable change index. */
final class Trajectories {

    /** Questionnaires followed over a course (vital signs and the C-SSRS level are not). */
    private static final Set<String> FOLLOWED = Set.of("PHQ-9", "GAD-7", "PHQ-2", "AUDIT", "AUDIT-C", "PCL-5", "EPDS");
    /** The two-tailed 95 % criterion of Jacobson and Truax (1991). */
    static final double Z = 1.96;

    /** One instrument's criteria. */
    record Criteria(String instrument, double sd, double reliability, double cutoff, double remissionBelow) {
        double sDiff() {
            return Math.sqrt(2.0) * sd * Math.sqrt(1.0 - reliability);
        }
    }

    static final Map<String, Criteria> CRITERIA = load();

    private Trajectories() {
    }

    private static Map<String, Criteria> load() {
        Map<String, Criteria> out = new HashMap<>();
        for (String[] r : Tsv.rows(Trajectories.class, "change-criteria.tsv", 6)) {
            out.put(r[0], new Criteria(r[0], Double.parseDouble(r[1]), Double.parseDouble(r[2]),
                    Double.parseDouble(r[3]), Double.parseDouble(r[4])));
        }
        return Map.copyOf(out);
    }

    static List<MeasureTrajectory> of(List<CourseSession> sessions) {
        Map<String, List<MeasurePoint>> byInstrument = new LinkedHashMap<>();
        MeasureExtractor extractor = MeasureExtractor.create();
        for (CourseSession s : sessions) {
            Map<String, MeasurePoint> chosen = new LinkedHashMap<>();
            for (MeasureScore m : s.recordedMeasures()) {
                if (FOLLOWED.contains(m.instrument()) && !chosen.containsKey(m.instrument())) {
                    chosen.put(m.instrument(), new MeasurePoint(s.id(), s.date(), m.value(), m.evidence()));
                }
            }
            Map<String, MeasurePoint> said = new LinkedHashMap<>();
            for (MeasureScore m : extractor.extract(s.transcript(), s.date())) {
                if (!FOLLOWED.contains(m.instrument()) || chosen.containsKey(m.instrument())) {
                    continue;
                }
                boolean byClinician = saidByClinician(s.transcript(), m.evidence());
                MeasurePoint p = new MeasurePoint(s.id(), s.date(), m.value(), m.evidence());
                MeasurePoint old = said.get(m.instrument());
                if (old == null || byClinician && !saidByClinician(s.transcript(), old.utteranceIds())) {
                    said.put(m.instrument(), p);
                }
            }
            said.forEach(chosen::putIfAbsent);
            chosen.forEach((ins, p) -> byInstrument.computeIfAbsent(ins, k -> new ArrayList<>()).add(p));
        }
        List<MeasureTrajectory> out = new ArrayList<>();
        byInstrument.forEach((ins, points) -> out.add(judge(ins, points)));
        return out;
    }

    private static boolean saidByClinician(Transcript t, List<String> ids) {
        return ids.stream().anyMatch(id -> t.utterance(id).map(u -> u.role() == SpeakerRole.CLINICIAN).orElse(false));
    }

    /**
     * Judges the change from the first to the latest point.
     *
     * @param instrument the instrument
     * @param points its points in order
     * @return the trajectory
     */
    static MeasureTrajectory judge(String instrument, List<MeasurePoint> points) {
        Criteria c = CRITERIA.get(instrument);
        if (c == null || points.size() < 2) {
            return new MeasureTrajectory(instrument, points, null, null, false, false, false);
        }
        double first = points.get(0).value();
        double last = points.get(points.size() - 1).value();
        double rci = (last - first) / c.sDiff();
        ReliableChange rc = rci < -Z ? ReliableChange.IMPROVED : rci > Z ? ReliableChange.DETERIORATED
                : ReliableChange.NO_CHANGE;
        boolean significant = rc == ReliableChange.IMPROVED && first >= c.cutoff() && last < c.cutoff()
                || rc == ReliableChange.DETERIORATED && first < c.cutoff() && last >= c.cutoff();
        boolean response = first > 0 && last <= first / 2.0;
        boolean remission = last < c.remissionBelow();
        return new MeasureTrajectory(instrument, points, Math.round(rci * 100) / 100.0, rc, significant, response,
                remission);
    }
}
