package org.clinicalnotes.speech;

import java.util.List;
import java.util.Objects;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * How one diarized speaker was mapped to a role: returned beside the {@link org.clinicalnotes.transcript.Transcript}
 * in {@link TranscribedAudio}, so that a reviewer can see which speaker became the clinician and how sure the
 * mapping is.
 *
 * @param speaker the service's speaker label ({@code 0}, {@code A}); empty for undiarized audio; not null
 * @param role the role given; not null
 * @param label the label written in the transcript: {@code clinician}, {@code patient}, an override's name, or
 *        {@code speaker_X} for other speakers; not null
 * @param confidence how sure the mapping is, 0 to 1 (1 for overrides and dictation)
 * @param basis how the role was decided; not null
 * @param utterances how many utterances the speaker has
 * @param cues the evidence that decided an inferred role, as counts ({@code "questions=4"}, never text); copied
 * @since 0.1.0
 */
public record SpeakerAssignment(String speaker, SpeakerRole role, String label, double confidence, Basis basis,
                                int utterances, List<String> cues) {

    /** Validates and copies. */
    public SpeakerAssignment {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(basis, "basis");
        cues = List.copyOf(Objects.requireNonNull(cues, "cues"));
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** Prints the role, basis and confidence; not the labels, which may be names. */
    @Override
    public String toString() {
        return "SpeakerAssignment[role=" + role + ", basis=" + basis + ", confidence="
                + String.format(java.util.Locale.ROOT, "%.2f", confidence) + ", utterances=" + utterances + "]";
    }

    /**
     * How a role was decided.
     *
     * @since 0.1.0
     */
    public enum Basis {
        /** From the text: questions, clinical vocabulary, introductions, answers about symptoms. */
        INFERRED,
        /** Given by the caller ({@code --speakers "0=clinician,1=patient"}). */
        OVERRIDE,
        /** Dictation mode: the single speaker is the clinician. */
        DICTATION
    }
}
