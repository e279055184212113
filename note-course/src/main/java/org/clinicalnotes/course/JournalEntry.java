package org.clinicalnotes.course;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One between-session journal or mood entry, read tolerantly from a {@code *.jsonl} line (fields {@code id},
 * {@code client} or {@code clientId}, {@code time} or {@code timestamp}, {@code text}, {@code mood},
 * {@code anxiety}, {@code sleepHours}; any may be missing except the time).
 *
 * @param id the entry id ({@code e<line>} when the line has none); not null
 * @param time when it was written; not null
 * @param text what the client wrote; may be empty, never null
 * @param mood mood rating as given (often 0–10); null when absent
 * @param anxiety anxiety rating as given; null when absent
 * @param sleepHours hours slept; null when absent
 * @since 0.3.0
 */
public record JournalEntry(String id, Instant time, String text, Double mood, Double anxiety, Double sleepHours) {

    /** Validates. */
    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        text = text == null ? "" : text;
    }

    /** @return the mood rating, when given */
    public Optional<Double> moodRating() {
        return Optional.ofNullable(mood);
    }

    /** Never shows the text. */
    @Override
    public String toString() {
        return "JournalEntry[id=" + id + ", time=" + time + ", text=" + text.length() + " chars]";
    }
}
