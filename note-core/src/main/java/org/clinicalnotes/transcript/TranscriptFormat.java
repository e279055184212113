package org.clinicalnotes.transcript;

/**
 * Text formats the {@link TranscriptReader} understands.
 *
 * @since 0.1.0
 */
public enum TranscriptFormat {
    /** Detect from the content. */
    AUTO,
    /** One turn per line starting with a bracketed tag: {@code [doctor] …}, {@code [client] …}. */
    TAGGED,
    /** One turn per line starting with {@code Label:}: {@code Doctor: …}, {@code Guest_family: …}. */
    SPEAKER_COLON,
    /** WebVTT cues with {@code <v Name>} voice tags and timings. */
    WEBVTT,
    /** A JSON array of {@code {speaker, text, start?, end?}} objects. */
    JSON
}
