package org.clinicalnotes.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A treatment-plan draft drawn from a course: problems, specific and measurable goals (a target score on an
 * instrument by a date), interventions from what was done, and the measures to track. Every element cites its
 * evidence. A draft only: nothing is final until the clinician signs it. {@code note-fhir}'s
 * {@code CarePlanMapper} turns it into a FHIR {@code CarePlan} (status draft, intent proposal) with
 * {@code Goal}s and a {@code Provenance}.
 *
 * @param problems the problems to address; not null
 * @param goals the goals; not null
 * @param interventions the interventions; not null
 * @param measures the measures to track; not null
 * @param start the plan's start (the latest session's day, or null when unknown)
 * @since 0.3.0
 */
public record PlanDraft(List<Problem> problems, List<Goal> goals, List<Intervention> interventions,
                        List<Tracked> measures, LocalDate start) {

    /** Weeks from the latest session to a goal's due date. */
    public static final int GOAL_WEEKS = 8;

    /** Copies. */
    public PlanDraft {
        problems = List.copyOf(problems);
        goals = List.copyOf(goals);
        interventions = List.copyOf(interventions);
        measures = List.copyOf(measures);
    }

    /**
     * A problem to address.
     *
     * @param key a short stable key ({@code depression}, {@code anxiety}, {@code risk}, {@code theme-1}); not null
     * @param text the problem; not null
     * @param evidence where it rests; not empty
     */
    public record Problem(String key, String text, List<Evidence> evidence) {
        /** Validates and copies. */
        public Problem {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A specific, measurable goal.
     *
     * @param text the goal in words; not null
     * @param problemKey the problem it addresses; not null
     * @param instrument the instrument that measures it ({@code PHQ-9}, {@code GAD-7}, {@code C-SSRS}); not null
     * @param below the target: a score below this value
     * @param due the date to reach it by; null when the sessions have no dates
     * @param evidence where it rests; not empty
     */
    public record Goal(String text, String problemKey, String instrument, double below, LocalDate due,
                       List<Evidence> evidence) {
        /** Validates and copies. */
        public Goal {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(problemKey, "problemKey");
            Objects.requireNonNull(instrument, "instrument");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * An intervention.
     *
     * @param text what to do; not null
     * @param evidence where it was done or agreed; not empty
     */
    public record Intervention(String text, List<Evidence> evidence) {
        /** Validates and copies. */
        public Intervention {
            Objects.requireNonNull(text, "text");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A measure to track.
     *
     * @param instrument the instrument; not null
     * @param text how often and why; not null
     * @param evidence its scores so far or the risk it follows; not empty
     */
    public record Tracked(String instrument, String text, List<Evidence> evidence) {
        /** Validates and copies. */
        public Tracked {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(text, "text");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Draws a plan from a course.
     *
     * @param course the course; not null
     * @return the draft
     */
    public static PlanDraft of(Course course) {
        Objects.requireNonNull(course, "course");
        List<Problem> problems = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        List<Intervention> interventions = new ArrayList<>();
        List<Tracked> tracked = new ArrayList<>();
        LocalDate start = course.history().latest().date();
        LocalDate due = start == null ? null : start.plusWeeks(GOAL_WEEKS);
        String dueText = due == null ? "within " + GOAL_WEEKS + " weeks" : "by " + due + " (" + GOAL_WEEKS + " weeks)";
        for (MeasureTrajectory m : course.measures()) {
            Trajectories.Criteria c = Trajectories.CRITERIA.get(m.instrument());
            if (c == null) {
                continue;
            }
            List<Evidence> ev = new ArrayList<>();
            m.points().forEach(p -> ev.add(new Evidence(p.session(), p.utteranceIds())));
            String key = m.instrument().equals("PHQ-9") ? "depression" : m.instrument().equals("GAD-7") ? "anxiety"
                    : m.instrument().toLowerCase(Locale.ROOT);
            double latest = m.latest().value();
            tracked.add(new Tracked(m.instrument(), m.instrument() + " at every session; reliable change needs a change of more than "
                    + String.format(Locale.ROOT, "%.1f", Trajectories.Z * c.sDiff()) + " points from the first score ("
                    + Brief.fmt(m.first().value()) + ").", ev));
            if (latest < c.remissionBelow()) {
                continue;
            }
            String what = key.equals("depression") ? "Depressive symptoms" : key.equals("anxiety") ? "Anxiety symptoms"
                    : m.instrument() + " symptoms";
            List<Evidence> latestEv = List.of(new Evidence(m.latest().session(), m.latest().utteranceIds()));
            problems.add(new Problem(key, what + ": " + m.instrument() + " " + Brief.fmt(latest) + " in "
                    + m.latest().session() + (latest >= c.cutoff() ? ", at or above the clinical cut-off of " + Brief.fmt(c.cutoff())
                    : ", below the cut-off but not in remission") + ".", latestEv));
            double target = latest >= c.cutoff() ? c.cutoff() : c.remissionBelow();
            goals.add(new Goal(m.instrument() + " below " + Brief.fmt(target) + " " + dueText + " (now " + Brief.fmt(latest)
                    + ")" + (target == c.cutoff() ? ": below the clinical cut-off." : ": remission."), key, m.instrument(),
                    target, due, latestEv));
        }
        RiskCourse risk = course.risk();
        List<Evidence> riskEv = new ArrayList<>();
        int n = course.history().sessions().size();
        for (RiskPoint p : risk.points()) {
            int idx = indexOf(course, p.session());
            if (!p.kinds().isEmpty() && (idx < 0 || idx >= n - RiskTracker.RECENT)) {
                riskEv.add(new Evidence(p.session(), p.evidence()));
            }
        }
        if (!riskEv.isEmpty()) {
            problems.add(0, new Problem("risk", (risk.rising() ? "Rising suicide risk" : "Suicide or self-harm risk")
                    + " in the latest sessions.", riskEv));
            goals.add(0, new Goal("No current suicidal ideation at the C-SSRS screen (level 0) " + dueText
                    + ", with the safety plan reviewed at every session.", "risk", "C-SSRS", 1, due, riskEv));
            interventions.add(0, new Intervention("Safety planning: review the safety plan and means restriction at every "
                    + "session; C-SSRS screen each session.", riskEv));
            tracked.add(0, new Tracked("C-SSRS", "C-SSRS screen at every session while risk is present.", riskEv));
        }
        int t = 0;
        for (Theme th : course.themes()) {
            if (t++ >= 3) {
                break;
            }
            problems.add(new Problem("theme-" + t, "Recurring theme (" + th.trend().name().toLowerCase(Locale.ROOT) + "): "
                    + th.label() + ", in " + th.sessions().size() + " of " + n + " sessions.", th.evidence()));
        }
        for (Homework h : course.homework()) {
            if (h.followedUpIn() != null) {
                interventions.add(new Intervention("Continue or build on the between-session task set in " + h.setIn()
                        + " and followed up in " + h.followedUpIn() + ": \"" + h.text() + "\"",
                        List.of(new Evidence(h.setIn(), h.setEvidence()), new Evidence(h.followedUpIn(), h.followUpEvidence()))));
            }
        }
        java.util.Map<String, List<Evidence>> byKind = new java.util.LinkedHashMap<>();
        for (CourseSession s : course.history().sessions()) {
            for (CourseSession.Intervention i : s.interventions()) {
                if (!i.utteranceIds().isEmpty()) {
                    byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(new Evidence(s.id(), i.utteranceIds()));
                }
            }
        }
        byKind.forEach((kind, ev) -> interventions.add(new Intervention("Continue "
                + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " (used in " + ev.size() + " session"
                + (ev.size() == 1 ? "" : "s") + ").", ev)));
        return new PlanDraft(problems, goals, interventions, tracked, start);
    }

    private static int indexOf(Course c, String session) {
        List<CourseSession> s = c.history().sessions();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).id().equals(session)) {
                return i;
            }
        }
        return -1;
    }

    /** Shows counts only. */
    @Override
    public String toString() {
        return "PlanDraft[problems=" + problems.size() + ", goals=" + goals.size() + ", interventions="
                + interventions.size() + ", measures=" + measures.size() + "]";
    }
}
