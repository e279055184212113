package org.clinicalnotes.transcript;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One speaker turn.
 *
 * <p>{@link #toString()} never prints the text.
 *
 * @param id stable id within its transcript: {@code u1}, {@code u2}, …; not null
 * @param speaker who spoke; not null
 * @param text what was said, stripped, never blank
 * @param start offset of the turn from the start of the recording, or null when unknown
 * @param end end of the turn, or null when unknown
 * @since 0.1.0
 */
public record Utterance(String id, Speaker speaker, String text, Duration start, Duration end) {

    /** Validates. */
    public Utterance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(speaker, "speaker");
        text = Objects.requireNonNull(text, "text").strip();
        if (id.isBlank()) {
            throw new IllegalArgumentException("utterance id is blank");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("utterance " + id + " has no text");
        }
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("utterance " + id + " ends before it starts");
        }
    }

    /**
     * An utterance without times.
     *
     * @param id the id
     * @param speaker the speaker
     * @param text the text
     * @return the utterance
     */
    public static Utterance of(String id, Speaker speaker, String text) {
        return new Utterance(id, speaker, text, null, null);
    }

    /** @return the start time, when the source had one */
    public Optional<Duration> startTime() {
        return Optional.ofNullable(start);
    }

    /** @return the end time, when the source had one */
    public Optional<Duration> endTime() {
        return Optional.ofNullable(end);
    }

    /** @return the speaker's role */
    public SpeakerRole role() {
        return speaker.role();
    }

    @Override
    public String toString() {
        return "Utterance[id=" + id + ", role=" + speaker.role() + ", textLength=" + text.length() + "]";
    }
}
