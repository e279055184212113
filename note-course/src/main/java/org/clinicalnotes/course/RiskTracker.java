package org.clinicalnotes.course;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/** Risk over time: the risk screen on every session and journal entry, and the rising-risk signal. */
final class RiskTracker {

    /** The latest sessions compared with everything before them. */
    static final int RECENT = 3;

    private RiskTracker() {
    }

    static RiskCourse track(List<CourseSession> sessions, List<JournalEntry> journal, RiskScreen screen) {
        return track(sessions, journal, screen::findings);
    }

    /** @param screen the screen's findings for a transcript (from the analyzer's cache when it has them) */
    static RiskCourse track(List<CourseSession> sessions, List<JournalEntry> journal,
                            Function<Transcript, List<RiskFinding>> screen) {
        List<RiskPoint> points = new ArrayList<>();
        List<Map<RiskFlag.Kind, RiskFlag>> present = new ArrayList<>();
        for (CourseSession s : sessions) {
            Map<RiskFlag.Kind, RiskFlag> flags = new EnumMap<>(RiskFlag.Kind.class);
            for (RiskFinding f : screen.apply(s.transcript())) {
                if (f.status() == RiskFlag.Status.PRESENT && !f.historical()) {
                    flags.put(f.kind(), f.flag());
                }
            }
            for (RiskFlag f : s.recordedRisk()) {
                if (f.status() == RiskFlag.Status.PRESENT) {
                    flags.merge(f.kind(), f, (a, b) -> level(b) > level(a) ? b : a);
                }
            }
            present.add(flags);
            points.add(disclosures(point(s.id(), flags), s));
        }
        int n = sessions.size();
        List<RiskCourse.Reason> reasons = new ArrayList<>();
        RiskPoint latest = points.get(n - 1);
        if (n >= 2 && (latest.level() > 0 || !present.get(n - 1).isEmpty())) {
            int split = Math.max(1, n - RECENT);
            int before = 0;
            for (int i = 0; i < split; i++) {
                before = Math.max(before, points.get(i).level());
            }
            RiskPoint peak = null;
            for (int i = split; i < n; i++) {
                if (peak == null || points.get(i).level() > peak.level()) {
                    peak = points.get(i);
                }
            }
            if (peak != null && peak.level() > before && latest.level() > 0) {
                reasons.add(new RiskCourse.Reason("highest risk in the latest sessions (" + peak.description() + ", session "
                        + peak.session() + ") is above anything before (" + (before == 0 ? "none" : "level " + before)
                        + "); latest session: " + latest.description(),
                        peak == latest ? List.of(new Evidence(latest.session(), latest.evidence()))
                                : List.of(new Evidence(peak.session(), peak.evidence()),
                                new Evidence(latest.session(), latest.evidence()))));
            }
            RiskPoint previous = points.get(n - 2);
            if (latest.level() > previous.level() && reasons.isEmpty()) {
                reasons.add(new RiskCourse.Reason("suicide and self-harm level rose since the previous session (level "
                        + previous.level() + " to " + latest.level() + ": " + latest.description() + ")", List.of(new Evidence(latest.session(), latest.evidence()))));
            }
            Set<RiskFlag.Kind> earlier = new LinkedHashSet<>();
            for (int i = 0; i < n - 1; i++) {
                earlier.addAll(present.get(i).keySet());
            }
            for (Map.Entry<RiskFlag.Kind, RiskFlag> e : present.get(n - 1).entrySet()) {
                if (!earlier.contains(e.getKey()) && e.getKey() != RiskFlag.Kind.SUICIDAL_IDEATION) {
                    reasons.add(new RiskCourse.Reason("new in the latest session: " + RiskFinding.label(e.getKey()),
                            List.of(new Evidence(latest.session(), disclosures(new RiskPoint(latest.session(), 0, List.of(),
                                    "", e.getValue().evidence()), sessions.get(n - 1)).evidence()))));
                }
            }
        }
        // journal entries: each read as the client speaking; those since the latest session can raise the signal
        LocalDate lastDay = sessions.get(n - 1).date();
        Instant since = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (JournalEntry e : journal) {
            if (e.text().isBlank()) {
                continue;
            }
            Transcript t = Transcript.of(List.of(Utterance.of(e.id(), Speaker.PATIENT, e.text())));
            Map<RiskFlag.Kind, RiskFlag> flags = new EnumMap<>(RiskFlag.Kind.class);
            for (RiskFinding f : screen.apply(t)) {
                if (f.status() == RiskFlag.Status.PRESENT && !f.historical()) {
                    flags.put(f.kind(), new RiskFlag(f.kind(), f.status(), f.severity(), List.of(e.id()),
                            List.of(), f.flag().cssrs(), null));
                }
            }
            if (flags.isEmpty()) {
                continue;
            }
            RiskPoint p = point(Evidence.JOURNAL, flags);
            points.add(new RiskPoint(Evidence.JOURNAL, p.level(), p.kinds(), p.description() + " (journal "
                    + e.time().toString().substring(0, 10) + ")", List.of(e.id())));
            boolean afterLatest = since == null || !e.time().isBefore(since);
            if (afterLatest && (flags.containsKey(RiskFlag.Kind.SUICIDAL_IDEATION) || flags.containsKey(RiskFlag.Kind.SELF_HARM)
                    || flags.containsKey(RiskFlag.Kind.SUICIDE_ATTEMPT))) {
                reasons.add(new RiskCourse.Reason("journal entry since the latest session: " + p.description(),
                        List.of(new Evidence(Evidence.JOURNAL, List.of(e.id())))));
            }
        }
        return new RiskCourse(!reasons.isEmpty(), reasons, points);
    }

    /** Cites the client's disclosures, not the clinician's questions, where the screen's evidence has both. */
    private static RiskPoint disclosures(RiskPoint p, CourseSession s) {
        List<String> own = p.evidence().stream().filter(id -> s.transcript().utterance(id)
                .map(u -> u.role() != org.clinicalnotes.transcript.SpeakerRole.CLINICIAN).orElse(false)).toList();
        return own.isEmpty() || own.size() == p.evidence().size() ? p
                : new RiskPoint(p.session(), p.level(), p.kinds(), p.description(), own);
    }

    private static RiskPoint point(String session, Map<RiskFlag.Kind, RiskFlag> flags) {
        int level = 0;
        String description = "no current risk raised";
        List<String> kinds = new ArrayList<>();
        Set<String> evidence = new LinkedHashSet<>();
        for (RiskFlag f : flags.values()) {
            kinds.add(f.kind().name().toLowerCase(Locale.ROOT));
            evidence.addAll(f.evidence());
            int l = level(f);
            if (l > level) {
                level = l;
                description = f.cssrsLevel().map(RiskFinding::label).orElse(RiskFinding.label(f.kind()));
            }
        }
        if (level == 0 && !flags.isEmpty()) {
            description = flags.keySet().stream().map(RiskFinding::label).collect(java.util.stream.Collectors.joining(", "));
        }
        return new RiskPoint(session, level, kinds, description, List.copyOf(evidence));
    }

    /** The suicide and self-harm level of a flag (other kinds: 0; they count as kinds, not levels). */
    static int level(RiskFlag f) {
        if (f.kind() != RiskFlag.Kind.SUICIDAL_IDEATION && f.kind() != RiskFlag.Kind.SUICIDE_ATTEMPT && f.kind() != RiskFlag.Kind.SELF_HARM) {
            return 0;
        }
        RiskFlag.CssrsLevel c = f.cssrs();
        if (c != null) {
            return c.ordinal() + 1;
        }
        return f.severity() == RiskFlag.Severity.HIGH ? 3 : f.severity() == RiskFlag.Severity.MODERATE ? 2 : 1;
    }
}
