package org.clinicalnotes.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.clinicalnotes.transcript.Transcript;

/**
 * The interventions a clinician used in a session, for the offline model's intervention section (BIRP and other
 * therapy formats). note-core does not analyse sessions itself: note-analysis provides the finder through
 * {@link ServiceLoader} ({@code META-INF/services/org.clinicalnotes.internal.InterventionFinder}), so the
 * dependency points from the analysis to the core and not back. Without note-analysis on the class path the
 * offline model finds no interventions and drafts that section from the clinician's own statements only.
 *
 * <p>Not API: implemented by note-analysis only.
 */
public interface InterventionFinder {

    /**
     * One intervention.
     *
     * @param kind the intervention's constant name, e.g. {@code MOTIVATIONAL_INTERVIEWING} or {@code HOMEWORK}
     * @param evidence the ids of the utterances that carried it out, in transcript order
     */
    record Found(String kind, List<String> evidence) {
        public Found {
            Objects.requireNonNull(kind, "kind");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * @param transcript a session, not null
     * @return the interventions found, in the analysis's order
     */
    List<Found> find(Transcript transcript);

    /**
     * @param transcript a session, not null
     * @return the interventions the class path's finder sees, or none when no finder is on the class path
     */
    static List<Found> findIn(Transcript transcript) {
        return Loaded.FINDER.map(f -> f.find(transcript)).orElse(List.of());
    }

    /** The finder on the class path, looked up once. */
    final class Loaded {
        static final Optional<InterventionFinder> FINDER =
                ServiceLoader.load(InterventionFinder.class, InterventionFinder.class.getClassLoader()).findFirst();

        private Loaded() {
        }
    }
}
