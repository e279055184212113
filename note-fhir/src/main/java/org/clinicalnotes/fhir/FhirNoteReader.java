package org.clinicalnotes.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.render.NoteJson;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads a stored DocumentReference (one written by {@link NoteFhirMapper}) back into the structured
 * {@link ClinicalNote}, from its application/json attachment, so that a vendor can amend a stored
 * note. The round trip note → DocumentReference → note is lossless.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class FhirNoteReader {

    /** The content type of the structured-note attachment. */
    public static final String JSON_CONTENT_TYPE = "application/json";

    private FhirNoteReader() {
    }

    /**
     * Parses a DocumentReference, or a Bundle holding one, from JSON.
     *
     * @param json the JSON text; not null
     * @param sourceName a name for error messages (a file name)
     * @return the DocumentReference
     * @throws BadInputException (CN-1505) when the text is not a FHIR R4 resource, (CN-1506) when it is
     *     neither a DocumentReference nor a Bundle holding one
     */
    public static DocumentReference parseDocumentReference(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        IBaseResource resource;
        try {
            resource = FhirContexts.parseUntrusted(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new BadInputException("CN-1505", sourceName, 0, "not a FHIR R4 resource in JSON",
                    "Pass a document-reference.json or bundle.json written by clinical-notes.", null);
        }
        if (resource instanceof DocumentReference d) {
            return d;
        }
        if (resource instanceof Bundle b) {
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                if (e.getResource() instanceof DocumentReference d) {
                    return d;
                }
            }
        }
        throw new BadInputException("CN-1506", sourceName, 0, "holds no DocumentReference ("
                + resource.fhirType() + ")", "Pass a document-reference.json or bundle.json written by clinical-notes.",
                null);
    }

    /**
     * Reads the structured note out of a DocumentReference.
     *
     * @param documentReference the resource; not null
     * @param sourceName a name for error messages
     * @return the note
     * @throws BadInputException (CN-1507) when there is no application/json attachment with data,
     *     (CN-1508) when its size or hash does not match, (CN-1509) when docStatus contradicts the note's
     *     status, or CN-13xx when the attachment is not a valid note
     */
    public static ClinicalNote read(DocumentReference documentReference, String sourceName) {
        return read(documentReference, sourceName, false);
    }

    /**
     * Like {@link #read(DocumentReference, String)}, but the structured note must carry its digest, which
     * must match, and keep the structural rules, as sign and amend require ({@code NoteJson.readSealed}).
     *
     * @param documentReference the resource; not null
     * @param sourceName a name for error messages
     * @return the note
     * @throws BadInputException as {@link #read(DocumentReference, String)}, and CN-3302, CN-3303 or CN-3304
     * @since 0.2.0
     */
    public static ClinicalNote readSealed(DocumentReference documentReference, String sourceName) {
        return read(documentReference, sourceName, true);
    }

    private static ClinicalNote read(DocumentReference documentReference, String sourceName, boolean sealed) {
        Objects.requireNonNull(documentReference, "documentReference");
        Attachment json = null;
        for (DocumentReference.DocumentReferenceContentComponent c : documentReference.getContent()) {
            Attachment a = c.getAttachment();
            if (a.hasContentType() && a.getContentType().startsWith(JSON_CONTENT_TYPE) && a.hasData()) {
                json = a;
                break;
            }
        }
        if (json == null) {
            throw new BadInputException("CN-1507", sourceName, 0,
                    "the DocumentReference has no application/json attachment with the structured note",
                    "Read back only DocumentReferences written by clinical-notes.", null);
        }
        byte[] data = json.getData();
        if ((json.hasSize() && json.getSize() != data.length)
                || (json.hasHash() && !Arrays.equals(json.getHash(), NoteFhirMapper.sha1Bytes(data)))) {
            throw new BadInputException("CN-1508", sourceName, 0,
                    "the structured-note attachment does not match its size or hash (changed or truncated)",
                    "Use the stored DocumentReference unchanged.", null);
        }
        String text = new String(data, StandardCharsets.UTF_8);
        ClinicalNote note = sealed ? NoteJson.readSealed(text, sourceName) : NoteJson.read(text, sourceName);
        if (documentReference.hasDocStatus() && !documentReference.getDocStatus().toCode()
                .equalsIgnoreCase(note.status().name())) {
            throw new BadInputException("CN-1509", sourceName, 0, "docStatus " + documentReference.getDocStatus()
                    .toCode() + " contradicts the structured note's status " + note.status(),
                    "Use the stored DocumentReference unchanged.", null);
        }
        return note;
    }

    /**
     * Shorthand for {@code read(parseDocumentReference(json, sourceName), sourceName)}.
     *
     * @param json a DocumentReference or Bundle in JSON; not null
     * @param sourceName a name for error messages
     * @return the note
     */
    public static ClinicalNote read(String json, String sourceName) {
        return read(parseDocumentReference(json, sourceName), sourceName);
    }

    /**
     * The EHR references of a stored DocumentReference: subject, first encounter, custodian and period.
     *
     * @param documentReference the resource; not null
     * @param sourceName a name for error messages
     * @return the references
     * @throws BadInputException (CN-1510) when the subject is not a {@code Patient/ID} reference
     */
    public static FhirReferences references(DocumentReference documentReference, String sourceName) {
        Objects.requireNonNull(documentReference, "documentReference");
        String patient = idOf(documentReference.getSubject(), "Patient");
        if (patient == null) {
            throw new BadInputException("CN-1510", sourceName, 0, "the DocumentReference's subject is not a Patient/ID"
                    + " reference", "Pass the patient id (FhirReferences patientId).", null);
        }
        FhirReferences.Builder b = FhirReferences.builder().patientId(patient);
        if (documentReference.hasContext()) {
            DocumentReference.DocumentReferenceContextComponent ctx = documentReference.getContext();
            if (ctx.hasEncounter()) {
                b.encounterId(idOf(ctx.getEncounterFirstRep(), "Encounter"));
            }
            if (ctx.hasPeriod()) {
                b.encounterPeriod(instant(ctx.getPeriod().getStart()), instant(ctx.getPeriod().getEnd()));
            }
        }
        if (documentReference.hasCustodian()) {
            b.organizationId(idOf(documentReference.getCustodian(), "Organization"));
        }
        try {
            return b.build();
        } catch (org.clinicalnotes.ConfigurationException e) {
            throw new BadInputException("CN-1510", sourceName, 0, "the DocumentReference has an invalid reference",
                    "Pass the references (FhirReferences) explicitly.", null);
        }
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String idOf(Reference ref, String type) {
        if (ref == null || !ref.hasReference()) {
            return null;
        }
        String r = ref.getReference();
        String prefix = type + "/";
        if (!r.startsWith(prefix)) {
            return null;
        }
        String id = r.substring(prefix.length());
        int history = id.indexOf("/_history");
        return history >= 0 ? id.substring(0, history) : id;
    }

}
