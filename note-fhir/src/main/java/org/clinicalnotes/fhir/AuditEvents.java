package org.clinicalnotes.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicalnotes.privacy.AuditListener;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Turns an {@link AuditListener.Event} into a FHIR R4 {@code AuditEvent}: type DICOM 110110 (patient record),
 * subtype the RESTful interaction (create for generate, amend and plan; update for sign; read for verify,
 * journal scan and course), action C/U/R, outcome 0 (success) or 4 (minor failure) with the error code as
 * its description, the agent (the practitioner, or the SDK), the SDK as source, the note as entity by
 * identifier, and each client as a Patient entity ({@code Patient/<id>} when the id is a FHIR id, else
 * {@code Patient/<name-based UUID>} as the journal bundle writes it, so that a client named by a name
 * is never written out). No free text holds patient data.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class AuditEvents {

    static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String RESTFUL = "http://hl7.org/fhir/restful-interaction";
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private AuditEvents() {
    }

    /**
     * @param r the record; not null
     * @return a new AuditEvent
     */
    public static AuditEvent toFhir(AuditListener.Event r) {
        Objects.requireNonNull(r, "record");
        AuditEvent e = new AuditEvent();
        e.setType(new Coding(DCM, "110110", "Patient Record"));
        String interaction = switch (r.action()) {
            case GENERATE, AMEND, PLAN -> "create";
            case SIGN -> "update";
            case VERIFY, JOURNAL_SCAN, COURSE -> "read";
        };
        e.addSubtype(new Coding(RESTFUL, interaction, interaction));
        e.setAction(switch (r.action()) {
            case GENERATE, AMEND, PLAN -> AuditEvent.AuditEventAction.C;
            case SIGN -> AuditEvent.AuditEventAction.U;
            case VERIFY, JOURNAL_SCAN, COURSE -> AuditEvent.AuditEventAction.R;
        });
        e.setRecorded(Date.from(r.at()));
        e.setOutcome(r.outcome() == AuditListener.Event.Outcome.SUCCESS ? AuditEvent.AuditEventOutcome._0
                : AuditEvent.AuditEventOutcome._4);
        if (r.errorCode() != null) {
            e.setOutcomeDesc(r.errorCode());
        }
        AuditEvent.AuditEventAgentComponent agent = e.addAgent().setRequestor(true);
        if (r.agent().equals("system")) {
            agent.setWho(new Reference().setDisplay("clinical-notes SDK"));
        } else {
            agent.setWho(new Reference("Practitioner/" + r.agent()));
        }
        e.getSource().setObserver(new Reference().setDisplay("clinical-notes"))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4",
                        "Application Server"));
        r.note().ifPresent(id -> e.addEntity()
                .setWhat(new Reference().setType("DocumentReference").setIdentifier(new Identifier()
                        .setSystem(Codes.URI_SYSTEM).setValue(Codes.urn(Codes.noteUuid(id)))))
                .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2",
                        "System Object")));
        for (String client : r.clientIds()) {
            e.addEntity().setWhat(patient(client))
                    .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"))
                    .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
        }
        return e;
    }

    /** As the journal and course bundles reference a client: its id when a FHIR id, else a name-based UUID. */
    static Reference patient(String client) {
        String id = FHIR_ID.matcher(client).matches() ? client
                : UUID.nameUUIDFromBytes(("clinical-notes/journal/patient/" + client).getBytes(StandardCharsets.UTF_8))
                        .toString();
        return new Reference("Patient/" + id);
    }

    /**
     * @param r the record; not null
     * @return the AuditEvent as one line of JSON, for a JSON Lines audit file
     */
    public static String toJsonLine(AuditListener.Event r) {
        return FhirContexts.r4().newJsonParser().setPrettyPrint(false).encodeResourceToString(toFhir(r));
    }
}
