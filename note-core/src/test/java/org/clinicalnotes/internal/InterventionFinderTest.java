package org.clinicalnotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

/**
 * note-core alone has no intervention finder (note-analysis provides it): the offline model then finds none and
 * drafts a therapy format's intervention section from the clinician's statements only.
 */
class InterventionFinderTest {

    @Test
    void without_note_analysis_on_the_class_path_no_intervention_is_found() {
        Transcript t = Transcript.ofTurns("s", List.of(
                new Turn(Speaker.CLINICIAN, "Let's practice a breathing exercise together."),
                new Turn(Speaker.PATIENT, "That helped, I feel calmer now.")));

        assertThat(InterventionFinder.Loaded.FINDER).isEmpty();
        assertThat(InterventionFinder.findIn(t)).isEmpty();
    }

    @Test
    void a_found_intervention_keeps_a_copy_of_its_evidence() {
        List<String> ids = new java.util.ArrayList<>(List.of("u1"));
        InterventionFinder.Found f = new InterventionFinder.Found("HOMEWORK", ids);
        ids.add("u2");

        assertThat(f.evidence()).containsExactly("u1");
    }
}
