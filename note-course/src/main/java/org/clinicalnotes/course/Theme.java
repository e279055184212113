package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;

/**
 * A theme that recurs across sessions: what the client keeps coming back to.
 *
 * @param label a short label made of its key words; not null
 * @param keywords the key words, most telling first; not empty
 * @param sessions the sessions that carry it, in order; not empty
 * @param evidence per session, the utterance ids that carry it; not empty
 * @param firstSeen the first session that carries it
 * @param lastSeen the last session that carries it
 * @param trend whether it is rising, steady or fading
 * @since 0.3.0
 */
public record Theme(String label, List<String> keywords, List<String> sessions, List<Evidence> evidence,
                    String firstSeen, String lastSeen, Trend trend) {

    /** Validates and copies. */
    public Theme {
        Objects.requireNonNull(label, "label");
        keywords = List.copyOf(keywords);
        sessions = List.copyOf(sessions);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(trend, "trend");
    }
}
