package org.clinicalnotes.between;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the monitor read from one entry. The two signals shown are on a 0-10 scale where higher is worse:
 * {@code anxiety} is the client's own rating (self-rated anxiety, else the GAD-2 total × 10/6) when the entry
 * has one, else the text's anxiety × 10; {@code distress} is 10 − mood (else the PHQ-2 total × 10/6), else the
 * text's distress × 10. The monitor keeps ratings and words as separate components with their own baselines.
 *
 * @param entryId the entry; not blank
 * @param time when it was written; not null
 * @param text the text's scores; null when the entry has no text
 * @param anxiety the anxiety signal 0-10; null when the entry has nothing to compute it from
 * @param distress the distress signal 0-10; null when the entry has nothing to compute it from
 * @param mood the self-rated mood 0-10, or null
 * @param selfAnxiety the self-rated anxiety 0-10, or null
 * @param sleepHours hours slept, or null
 * @param phq2 the PHQ-2 total 0-6, or null
 * @param gad2 the GAD-2 total 0-6, or null
 * @param risks what the risk screen read in the text, one per kind
 * @since 0.2.0
 */
public record EntrySignals(String entryId, ZonedDateTime time, TextScore text, Double anxiety, Double distress,
                           Integer mood, Integer selfAnxiety, Double sleepHours, Integer phq2, Integer gad2,
                           List<JournalRisk> risks) {

    /** Validates and copies. */
    public EntrySignals {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(time, "time");
        risks = List.copyOf(risks);
    }

    /** @return the text's scores, when the entry had text */
    public Optional<TextScore> textScore() {
        return Optional.ofNullable(text);
    }

    /** Leaves out evidence words and sentences. */
    @Override
    public String toString() {
        return "EntrySignals[entry=" + entryId + ", anxiety=" + anxiety + ", distress=" + distress + ", risks="
                + risks + "]";
    }
}
