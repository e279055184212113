package org.clinicalnotes.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.privacy.AuditListener;
import picocli.CommandLine.Option;

/** The output options of {@code course} and {@code plan} (a picocli mixin), and their audited run. */
final class CourseOutput {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace existing output files.")
    boolean force;

    @Option(names = "--no-cache", description = "Do not keep the reading (risk findings, sentence vectors) in "
            + ".course-cache.json files beside the sessions of CLIENT_DIR; the output is the same either way.")
    boolean noCache;

    /** Analyzes the history, keeping the reading beside the client folder's sessions unless --no-cache. */
    org.clinicalnotes.course.Course analyze(CourseSource source, org.clinicalnotes.course.ClientHistory history) {
        return org.clinicalnotes.course.CourseAnalyzer.create().analyze(history,
                noCache || source.clientDir == null ? null : source.clientDir);
    }

    /** @return the output files of this run, checked and committed by the command */
    OutputFiles files() {
        return new OutputFiles(out, force);
    }

    /**
     * Runs a command body, and with --audit appends one AuditEvent naming the client (by id) and the outcome.
     *
     * @param run the body; it adds the client it read to the list it is given
     */
    static int audited(PrivacyOptions privacy, AuditListener.Event.Action action, CourseSource source,
                       ToIntFunction<List<String>> run) {
        List<String> clients = new ArrayList<>();
        try {
            int code = run.applyAsInt(clients);
            privacy.recordClients(action, clients, null);
            return code;
        } catch (ClinicalNotesException e) {
            if (clients.isEmpty() && source.patientId != null) {
                clients.add(source.patientId);
            }
            privacy.recordClients(action, clients, e.code());
            throw e;
        }
    }
}
