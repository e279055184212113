package org.clinicalnotes.analysis.internal;

import java.util.List;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.internal.InterventionFinder;
import org.clinicalnotes.transcript.Transcript;

/**
 * note-core's offline model asks for the interventions of a session through this provider
 * ({@code META-INF/services}): the default {@link SessionAnalyzer}'s interventions, kind by constant name.
 * Not API.
 */
public final class AnalyzerInterventions implements InterventionFinder {

    /** For {@link java.util.ServiceLoader}. */
    public AnalyzerInterventions() {
    }

    @Override
    public List<Found> find(Transcript transcript) {
        // interventions do not depend on risk flags: no risk screen is run for them
        return SessionAnalyzer.create().analyze(transcript, List.of()).interventions().stream()
                .map(i -> new Found(i.kind().name(), i.evidence()))
                .toList();
    }
}
