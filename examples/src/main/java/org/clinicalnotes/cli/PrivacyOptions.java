package org.clinicalnotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.fhir.AuditEvents;
import org.clinicalnotes.privacy.AuditListener;
import picocli.CommandLine.Option;

/** --audit FILE: FHIR AuditEvents as JSON Lines, for generate, sign, amend, verify, journal scan, course and plan. */
final class PrivacyOptions {

    @Option(names = "--audit", paramLabel = "FILE",
            description = "Append a FHIR AuditEvent (JSON, one per line; no patient text) for this action to FILE.")
    Path audit;

    /** Appends one AuditEvent line when --audit was given. */
    void record(AuditListener.Event r) {
        if (audit == null) {
            return;
        }
        try {
            Files.writeString(audit, AuditEvents.toJsonLine(r) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BadInputException("CN-3312", String.valueOf(audit.getFileName()), 0,
                    "the audit file cannot be written (" + e.getClass().getSimpleName() + ")",
                    "Check the folder exists and is writable.", null);
        }
    }

    void record(AuditListener.Event.Action action, String agent, String noteId, String errorCode) {
        record(new AuditListener.Event(action, Instant.now(), agent, noteId,
                errorCode == null ? AuditListener.Event.Outcome.SUCCESS : AuditListener.Event.Outcome.FAILURE, errorCode));
    }

    /** One event of the SDK acting on these clients' records (journal scan, course, plan). */
    void recordClients(AuditListener.Event.Action action, List<String> clientIds, String errorCode) {
        record(AuditListener.Event.ofClients(action, Instant.now(), clientIds, errorCode));
    }
}
