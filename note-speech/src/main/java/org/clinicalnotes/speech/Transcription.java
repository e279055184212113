package org.clinicalnotes.speech;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Transcriber} returns for one upload: the recognised segments in order, times relative to that
 * upload. {@link AudioTranscriber} turns these into a {@link org.clinicalnotes.transcript.Transcript}.
 *
 * @param segments the segments in order; not null, copied (may be empty when nothing was recognised)
 * @param model the model or service that produced them, for metadata (no PHI); not null
 * @since 0.1.0
 */
public record Transcription(List<SpeechSegment> segments, String model) {

    /** Copies. */
    public Transcription {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        Objects.requireNonNull(model, "model");
    }

    /** @return whether the service told speakers apart (some segment has a speaker label) */
    public boolean diarized() {
        return segments.stream().anyMatch(s -> !s.speaker().isEmpty());
    }

    @Override
    public String toString() {
        return "Transcription[segments=" + segments.size() + ", model=" + model + "]";
    }
}
