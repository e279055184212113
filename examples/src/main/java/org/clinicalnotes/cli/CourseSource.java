package org.clinicalnotes.cli;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.nio.file.Path;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.course.FhirClientHistory;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a client's history comes from: a client folder, or a FHIR server and a patient id. */
final class CourseSource {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CLIENT_DIR",
            description = "Client folder: one sub-folder per session (sorted by date) with a transcript such as "
                    + "session.txt and optionally session.json {\"date\": \"YYYY-MM-DD\"}, note.json, analysis.json; "
                    + "journal files (*.jsonl) at its top.")
    Path clientDir;

    @Option(names = "--fhir-base", paramLabel = "URL",
            description = "FHIR R4 server base URL: read the history from it (with --patient-id) instead of CLIENT_DIR, "
                    + "or with --write-back write results to it.")
    String fhirBase;

    @Option(names = "--patient-id", paramLabel = "ID", description = "FHIR Patient id of the client.")
    String patientId;

    @Option(names = "--write-back", description = "Write the results to the FHIR server given by --fhir-base.")
    boolean writeBack;

    ClientHistory load(CommandLine cl) {
        if (fhirBase != null && patientId == null) {
            throw new CommandLine.ParameterException(cl, "--fhir-base needs --patient-id");
        }
        if (writeBack && fhirBase == null) {
            throw new CommandLine.ParameterException(cl, "--write-back needs --fhir-base");
        }
        if (patientId != null && !patientId.matches("[A-Za-z0-9\\-.]{1,64}")) {
            throw new CommandLine.ParameterException(cl, "--patient-id is not a FHIR id (1-64 letters, digits, '-', '.')");
        }
        if (clientDir != null) {
            return ClientHistory.load(clientDir);
        }
        if (fhirBase == null) {
            throw new CommandLine.ParameterException(cl, "give CLIENT_DIR, or --fhir-base URL --patient-id ID");
        }
        return FhirClientHistory.read(client(), patientId);
    }

    IGenericClient client() {
        FhirContexts.r4().getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        return FhirContexts.r4().newRestfulGenericClient(fhirBase);
    }

    String patientOrFolder(ClientHistory h) {
        if (patientId != null) {
            return patientId;
        }
        String id = h.clientId().replaceAll("[^A-Za-z0-9\\-.]", "-");
        return id.length() > 64 ? id.substring(0, 64) : id.isEmpty() ? "client" : id;
    }
}
