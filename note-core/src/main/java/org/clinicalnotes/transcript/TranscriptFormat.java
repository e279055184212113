package org.clinicalnotes.transcript;

import java.util.Locale;
import java.util.Optional;

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
    JSON;

    /**
     * The format a user names: {@code auto}, {@code tagged}, {@code speaker-colon} (or {@code speaker}),
     * {@code webvtt} (or {@code vtt}), {@code json}, in any case.
     *
     * @param name the name; not null
     * @return the format, or empty when the name is none of these
     * @since 0.3.0
     */
    public static Optional<TranscriptFormat> fromName(String name) {
        return Optional.ofNullable(switch (name.toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "tagged" -> TAGGED;
            case "speaker-colon", "speaker" -> SPEAKER_COLON;
            case "webvtt", "vtt" -> WEBVTT;
            case "json" -> JSON;
            default -> null;
        });
    }
}
