package org.clinicalnotes.cli;

import java.util.List;
import org.clinicalnotes.risk.RiskScreen;

/**
 * Loads, on a background thread, what a one-shot command will need later while the main thread reads the input and
 * drafts: the semantic risk matcher's exemplar index (an ONNX model and its embeddings), the session analyser's
 * classifier and, when FHIR output is asked for, HAPI's model definitions of the resources a note maps to. On a
 * machine with a spare core this takes them off the critical path; the work is the same and the results do not
 * change (each is a shared, thread-safe holder the main thread would otherwise fill itself).
 */
final class Warmup {

    private Warmup() {
    }

    /** @param fhir whether FHIR output will be written */
    static void start(boolean fhir) {
        Thread t = new Thread(() -> {
            try {
                // in the order the main thread needs them: the draft's interventions, the risk screen, the FHIR output
                org.clinicalnotes.analysis.SessionAnalyzer.create();
                RiskScreen.create().semanticMatcher().ifPresent(m -> m.match(List.of("warm up")));
                if (fhir) {
                    org.clinicalnotes.fhir.FhirContexts.warmUp();
                }
            } catch (RuntimeException | LinkageError e) {
                // nothing to report here: the main thread meets the same problem where it can say what to do
            }
        }, "clinical-notes-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY);
        t.start();
    }
}
