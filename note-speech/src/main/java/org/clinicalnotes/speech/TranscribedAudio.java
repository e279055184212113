package org.clinicalnotes.speech;

import java.util.List;
import java.util.Objects;
import org.clinicalnotes.transcript.Transcript;

/**
 * The result of {@link AudioTranscriber#transcribe(AudioInput)}: the transcript with roles and times, and how each
 * speaker's role was decided.
 *
 * @param transcript the transcript; not null
 * @param speakers one assignment per speaker label, in order of first appearance; copied
 * @param parts how many uploads the audio was split into (1 when it fitted)
 * @param model the speech service and model that produced it; not null
 * @since 0.1.0
 */
public record TranscribedAudio(Transcript transcript, List<SpeakerAssignment> speakers, int parts, String model) {

    /** Validates and copies. */
    public TranscribedAudio {
        Objects.requireNonNull(transcript, "transcript");
        speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
        Objects.requireNonNull(model, "model");
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1");
        }
    }
}
