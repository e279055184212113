package org.clinicalnotes.speech;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of recognised speech as a speech service returns it: a speaker label from diarization (empty when
 * the service does not diarize), the text, and times relative to the audio that was sent.
 *
 * <p>{@link #toString()} prints lengths and times, never the text.
 *
 * @param speaker the service's speaker label ({@code 0}, {@code A}, {@code SPEAKER_01}), trimmed; empty when
 *        unknown; not null
 * @param text the recognised text, trimmed; not null (may be empty: such segments are dropped when stitching)
 * @param start start time, or null when the service gave none
 * @param end end time, or null when the service gave none
 * @since 0.1.0
 */
public record SpeechSegment(String speaker, String text, Duration start, Duration end) {

    /** Validates and trims; an end before the start is raised to the start. */
    public SpeechSegment {
        speaker = Objects.requireNonNull(speaker, "speaker").strip();
        text = Objects.requireNonNull(text, "text").strip();
        if (start != null && start.isNegative()) {
            start = Duration.ZERO;
        }
        if (start != null && end != null && end.compareTo(start) < 0) {
            end = start;
        }
    }

    /**
     * @param speaker the speaker label, or empty
     * @param text the text
     * @param startSeconds start in seconds
     * @param endSeconds end in seconds
     * @return a segment
     * @since 0.1.0
     */
    public static SpeechSegment of(String speaker, String text, double startSeconds, double endSeconds) {
        return new SpeechSegment(speaker, text, seconds(startSeconds), seconds(endSeconds));
    }

    /**
     * @param seconds seconds, may be fractional
     * @return the duration, rounded to the microsecond
     * @since 0.1.0
     */
    public static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1_000_000.0) * 1000L);
    }

    /** @return the start, when known */
    public Optional<Duration> startTime() {
        return Optional.ofNullable(start);
    }

    /** @return the end, when known */
    public Optional<Duration> endTime() {
        return Optional.ofNullable(end);
    }

    @Override
    public String toString() {
        return "SpeechSegment[speakerLength=" + speaker.length() + ", textLength=" + text.length() + ", start="
                + start + ", end=" + end + "]";
    }
}
