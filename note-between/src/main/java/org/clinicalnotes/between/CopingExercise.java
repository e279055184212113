package org.clinicalnotes.between;

import java.util.List;
import java.util.Objects;

/**
 * A coping exercise from the shipped library ({@code coping.tsv}): grounding 5-4-3-2-1, paced breathing, a
 * cognitive reframe prompt, a behavioural activation step.
 *
 * @param id a stable id, for example {@code paced-breathing}; not blank
 * @param title the title; not blank
 * @param target which signal it helps with: {@code anxiety}, {@code distress} or {@code both}; not blank
 * @param cues word starts or phrases in an entry that make it a better fit
 * @param instructions what the client would receive once a clinician approves; not blank
 * @since 0.2.0
 */
public record CopingExercise(String id, String title, String target, List<String> cues, String instructions) {

    /** Validates and copies. */
    public CopingExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(instructions, "instructions");
        cues = List.copyOf(cues);
    }
}
