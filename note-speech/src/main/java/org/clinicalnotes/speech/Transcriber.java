package org.clinicalnotes.speech;

/**
 * The speech service SPI: turns one audio upload into recognised, optionally diarized, segments.
 *
 * <p>Implement {@link #transcribe(AudioInput)} for one upload; {@link AudioTranscriber} does everything around it
 * (splitting audio over {@link #maxUploadBytes()}, stitching, speaker roles). Implementations live in
 * {@code note-llm-adapters} ({@code org.clinicalnotes.speech.openai}, {@code org.clinicalnotes.speech.deepgram});
 * they must be thread-safe, never log audio or text, and wrap every provider failure.
 *
 * @since 0.1.0
 */
public interface Transcriber {

    /**
     * Transcribes one audio file of at most {@link #maxUploadBytes()} bytes.
     *
     * @param audio the audio; not null
     * @return the segments, times relative to the start of {@code audio}
     * @throws org.clinicalnotes.ModelCallException (CN-47xx) when the service fails after any retries
     * @throws org.clinicalnotes.ConfigurationException when the service is not usable as configured
     * @since 0.1.0
     */
    Transcription transcribe(AudioInput audio);

    /**
     * @return the largest file the service accepts in one request, in bytes; {@link Long#MAX_VALUE} when there is
     *         no practical limit
     * @since 0.1.0
     */
    default long maxUploadBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * @return a short name for metadata and messages, such as {@code openai:whisper-1}; never holds a key
     * @since 0.1.0
     */
    String name();
}
