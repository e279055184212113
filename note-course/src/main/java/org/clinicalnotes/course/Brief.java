package org.clinicalnotes.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pre-session brief: one screen for the clinician before the next session. Rising risk comes first, then
 * what happened since the last session (journal), the measures and their reliable change, homework set last
 * time and whether earlier homework came up again, the open themes, and questions to consider. Every line
 * cites the session and utterance ids, or journal entries, it rests on. Render it with {@link BriefJson} and
 * {@link BriefMarkdown}.
 *
 * @param course the course it was drawn from; not null
 * @param lines the lines, in reading order; not null
 * @since 0.3.0
 */
public record Brief(Course course, List<BriefLine> lines) {

    /** Validates and copies. */
    public Brief {
        Objects.requireNonNull(course, "course");
        lines = List.copyOf(lines);
    }

    /**
     * Draws the brief from a course.
     *
     * @param course the course; not null
     * @return the brief
     */
    public static Brief of(Course course) {
        Objects.requireNonNull(course, "course");
        List<BriefLine> lines = new ArrayList<>();
        ClientHistory h = course.history();
        CourseSession latest = h.latest();
        RiskCourse risk = course.risk();
        // 1. risk, rising first
        for (RiskCourse.Reason r : risk.reasons()) {
            lines.add(new BriefLine("risk", "RISING RISK: " + r.text(), r.evidence()));
        }
        if (!risk.rising()) {
            RiskPoint lp = risk.points().stream().filter(p -> p.session().equals(latest.id())).findFirst().orElseThrow();
            lines.add(new BriefLine("risk", "No rising risk. Latest session (" + latest.id() + "): " + lp.description() + ".",
                    List.of(new Evidence(latest.id(), lp.evidence()))));
        }
        List<Evidence> earlier = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (RiskPoint p : risk.points()) {
            if (!p.kinds().isEmpty() && !p.session().equals(latest.id())) {
                sb.append(sb.length() == 0 ? "" : "; ").append(p.session().equals(Evidence.JOURNAL) ? "" : p.session() + ": ")
                        .append(p.description());
                earlier.add(new Evidence(p.session(), p.evidence()));
            }
        }
        if (!earlier.isEmpty()) {
            lines.add(new BriefLine("risk", "Risk raised before: " + sb + ".", earlier));
        }
        // 2. since the last session: journal
        Journals.sinceLatest(h).ifPresent(lines::add);
        // 3. measures
        for (MeasureTrajectory m : course.measures()) {
            lines.add(measureLine(m));
        }
        // 4. homework
        for (Homework hw : course.homework()) {
            if (hw.setIn().equals(latest.id())) {
                lines.add(new BriefLine("homework", "Set last time (" + hw.setIn() + "): \"" + hw.text() + "\"",
                        List.of(new Evidence(hw.setIn(), hw.setEvidence()))));
            } else if (hw.followedUpIn() == null) {
                lines.add(new BriefLine("homework", "Not followed up since " + hw.setIn() + ": \"" + hw.text() + "\"",
                        List.of(new Evidence(hw.setIn(), hw.setEvidence()))));
            } else if (hw.followedUpIn().equals(latest.id())) {
                lines.add(new BriefLine("homework", "Set in " + hw.setIn() + ", followed up in " + hw.followedUpIn()
                        + ": \"" + hw.text() + "\"", List.of(new Evidence(hw.setIn(), hw.setEvidence()),
                        new Evidence(hw.followedUpIn(), hw.followUpEvidence()))));
            }
        }
        // 5. themes
        for (Theme t : course.themes()) {
            lines.add(new BriefLine("themes", t.label() + " (" + t.trend().name().toLowerCase(Locale.ROOT) + "): in "
                    + t.sessions().size() + " of " + h.sessions().size() + " sessions, first " + t.firstSeen() + ", last "
                    + t.lastSeen() + ".", t.evidence()));
        }
        // 6. questions to consider
        if (risk.rising()) {
            List<Evidence> ev = risk.reasons().get(0).evidence();
            lines.add(new BriefLine("questions", "Ask about suicidal thoughts and any plan or preparation since the last "
                    + "session; review the safety plan.", ev));
        }
        for (MeasureTrajectory m : course.measures()) {
            if (m.reliableChange() == ReliableChange.DETERIORATED) {
                lines.add(new BriefLine("questions", "What lies behind the reliable worsening on the " + m.instrument() + "?",
                        List.of(new Evidence(m.latest().session(), m.latest().utteranceIds()))));
            }
            if (!m.latest().session().equals(latest.id())) {
                lines.add(new BriefLine("questions", "No " + m.instrument() + " in the latest session; the last was "
                        + fmt(m.latest().value()) + " in " + m.latest().session() + ". Repeat it?",
                        List.of(new Evidence(m.latest().session(), m.latest().utteranceIds()))));
            }
        }
        for (Homework hw : course.homework()) {
            if (hw.setIn().equals(latest.id())) {
                lines.add(new BriefLine("questions", "Ask how the homework set last time went.",
                        List.of(new Evidence(hw.setIn(), hw.setEvidence()))));
            }
        }
        for (Theme t : course.themes()) {
            if (t.trend() == Trend.RISING) {
                Evidence last = t.evidence().get(t.evidence().size() - 1);
                lines.add(new BriefLine("questions", "Explore " + t.label() + ": it comes up more and more.", List.of(last)));
            }
        }
        return new Brief(course, lines);
    }

    private static BriefLine measureLine(MeasureTrajectory m) {
        MeasurePoint first = m.first();
        MeasurePoint last = m.latest();
        StringBuilder sb = new StringBuilder();
        sb.append(m.instrument()).append(": ").append(fmt(last.value())).append(" in ").append(last.session());
        List<Evidence> ev = new ArrayList<>();
        ev.add(new Evidence(last.session(), last.utteranceIds()));
        if (m.points().size() >= 2) {
            MeasurePoint prev = m.points().get(m.points().size() - 2);
            sb.append(", ").append(fmt(prev.value())).append(" the time before (").append(prev.session()).append(")");
            if (prev != first) {
                sb.append(", ").append(fmt(first.value())).append(" at the start (").append(first.session()).append(")");
            }
            ev.add(new Evidence(prev.session(), prev.utteranceIds()));
            if (prev != first) {
                ev.add(new Evidence(first.session(), first.utteranceIds()));
            }
        }
        m.change().ifPresent(rc -> {
            sb.append(". Since the start: ").append(switch (rc) {
                case IMPROVED -> "reliable improvement";
                case DETERIORATED -> "reliable deterioration";
                case NO_CHANGE -> "no reliable change";
            }).append(" (RCI ").append(String.format(Locale.ROOT, "%.2f", m.rci())).append(")");
            sb.append(m.clinicallySignificant() ? ", clinically significant" : ", not clinically significant");
            if (m.response()) {
                sb.append(", response");
            }
            if (m.remission()) {
                sb.append(", remission");
            }
        });
        if (m.points().size() < 2) {
            sb.append(" (one score so far)");
        }
        sb.append('.');
        return new BriefLine("measures", sb.toString(), ev);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Shows counts only. */
    @Override
    public String toString() {
        return "Brief[lines=" + lines.size() + ", rising=" + course.risk().rising() + "]";
    }
}
