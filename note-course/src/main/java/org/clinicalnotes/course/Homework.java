package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A task the clinician set between sessions and whether a later session came back to it.
 *
 * @param text the clinician's words that set it; not null
 * @param setIn the session it was set in; not null
 * @param setEvidence the utterance ids that set it; not empty
 * @param followedUpIn the first later session that came back to it; null when none did
 * @param followUpEvidence the utterance ids of the follow-up; empty when none
 * @since 0.3.0
 */
public record Homework(String text, String setIn, List<String> setEvidence, String followedUpIn,
                       List<String> followUpEvidence) {

    /** Validates and copies. */
    public Homework {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(setIn, "setIn");
        setEvidence = List.copyOf(setEvidence);
        followUpEvidence = List.copyOf(followUpEvidence);
    }

    /** @return the session that followed it up, when one did */
    public Optional<String> followUp() {
        return Optional.ofNullable(followedUpIn);
    }

    /** Never shows the text. */
    @Override
    public String toString() {
        return "Homework[setIn=" + setIn + ", followedUpIn=" + followedUpIn + "]";
    }
}
