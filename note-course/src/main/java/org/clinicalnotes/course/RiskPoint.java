package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;

/**
 * The risk read in one session (or journal entry): the present kinds and the highest C-SSRS ideation or
 * behaviour level.
 *
 * @param session the session id, or {@link Evidence#JOURNAL}; not null
 * @param level the suicide and self-harm level, for charts and comparison: 0 none, 1–5 the C-SSRS ideation levels
 *     (wish to be dead … plan), 6 preparatory behaviour, 7 attempt; self-harm without a level 1–3 by severity; other
 *     kinds (abuse, violence, substances) are listed in {@code kinds} and do not raise the level
 * @param kinds the present risk kinds, lower-case ({@code suicidal_ideation}); not null
 * @param description a short fixed phrase for the level ("wish to be dead"), never patient text; not null
 * @param evidence the utterance or entry ids; not null
 * @since 0.3.0
 */
public record RiskPoint(String session, int level, List<String> kinds, String description, List<String> evidence) {
    /** Validates and copies. */
    public RiskPoint {
        Objects.requireNonNull(session, "session");
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(description, "description");
        evidence = List.copyOf(evidence);
    }
}
