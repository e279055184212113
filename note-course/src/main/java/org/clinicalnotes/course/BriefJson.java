package org.clinicalnotes.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.io.UncheckedIOException;

/**
 * {@code brief.json}, versioned: {@code sessions[] {id, date}}, {@code themes[]}, {@code measures[]},
 * {@code risk {rising, evidence[], reasons[], points[]}}, {@code homework[]} and the brief's {@code lines[]}, each
 * with its evidence ({@code {session, utteranceIds[]}} or {@code {session: "journal", entryIds[]}}).
 * Deterministic: the same history gives the same bytes. Thread-safe.
 *
 * @since 0.3.0
 */
public final class BriefJson {

    /** The version of the layout. */
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BriefJson() {
    }

    /**
     * @param brief the brief; not null
     * @return its JSON text
     */
    public static String write(Brief brief) {
        try {
            return MAPPER.writeValueAsString(toTree(brief)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param brief the brief; not null
     * @return its JSON tree
     */
    static ObjectNode toTree(Brief brief) {
        Course c = brief.course();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", SCHEMA_VERSION);
        root.put("themeMethod", c.themeMethod());
        ArrayNode sessions = root.putArray("sessions");
        for (CourseSession s : c.history().sessions()) {
            ObjectNode n = sessions.addObject().put("id", s.id());
            if (s.date() != null) {
                n.put("date", s.date().toString());
            }
        }
        ArrayNode themes = root.putArray("themes");
        for (Theme t : c.themes()) {
            ObjectNode n = themes.addObject().put("label", t.label());
            strings(n.putArray("keywords"), t.keywords());
            strings(n.putArray("sessions"), t.sessions());
            evidence(n.putArray("evidence"), t.evidence());
            n.put("firstSeen", t.firstSeen()).put("lastSeen", t.lastSeen()).put("trend", t.trend().name());
        }
        ArrayNode measures = root.putArray("measures");
        for (MeasureTrajectory m : c.measures()) {
            ObjectNode n = measures.addObject().put("instrument", m.instrument());
            ArrayNode pts = n.putArray("points");
            for (MeasurePoint p : m.points()) {
                ObjectNode pn = pts.addObject().put("session", p.session());
                if (p.date() != null) {
                    pn.put("date", p.date().toString());
                }
                pn.put("value", p.value());
                strings(pn.putArray("utteranceIds"), p.utteranceIds());
            }
            if (m.reliableChange() != null) {
                n.put("rci", m.rci()).put("reliableChange", m.reliableChange().name())
                        .put("clinicallySignificant", m.clinicallySignificant()).put("response", m.response())
                        .put("remission", m.remission());
            }
        }
        ObjectNode risk = root.putObject("risk").put("rising", c.risk().rising());
        ArrayNode rev = risk.putArray("evidence");
        ArrayNode reasons = risk.putArray("reasons");
        for (RiskCourse.Reason r : c.risk().reasons()) {
            evidence(rev, r.evidence());
            ObjectNode rn = reasons.addObject().put("text", r.text());
            evidence(rn.putArray("evidence"), r.evidence());
        }
        ArrayNode points = risk.putArray("points");
        for (RiskPoint p : c.risk().points()) {
            ObjectNode pn = points.addObject().put("session", p.session()).put("level", p.level())
                    .put("description", p.description());
            strings(pn.putArray("kinds"), p.kinds());
            strings(pn.putArray(Evidence.JOURNAL.equals(p.session()) ? "entryIds" : "utteranceIds"), p.evidence());
        }
        ArrayNode homework = root.putArray("homework");
        for (Homework h : c.homework()) {
            ObjectNode n = homework.addObject().put("text", h.text()).put("setIn", h.setIn());
            strings(n.putArray("setEvidence"), h.setEvidence());
            if (h.followedUpIn() != null) {
                n.put("followedUpIn", h.followedUpIn());
                strings(n.putArray("followUpEvidence"), h.followUpEvidence());
            }
        }
        ArrayNode lines = root.putArray("lines");
        for (BriefLine l : brief.lines()) {
            ObjectNode n = lines.addObject().put("section", l.section()).put("text", l.text());
            evidence(n.putArray("evidence"), l.evidence());
        }
        return root;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void evidence(ArrayNode a, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            ObjectNode n = a.addObject().put("session", e.session());
            strings(n.putArray(e.isJournal() ? "entryIds" : "utteranceIds"), e.ids());
        }
    }
}
