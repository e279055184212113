package org.clinicalnotes.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Code systems, codes and id derivations the mapper uses. */
final class Codes {

    static final String LOINC = "http://loinc.org";
    static final String US_CORE_DOC_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    static final String V3_OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    static final String AI_DEVICE_TYPE = "http://hl7.org/fhir/uv/aitransparency/CodeSystem/AIdeviceTypeCS";
    static final String PROVENANCE_PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
    static final String FORMAT_CODE = "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode";
    static final String FORMAT_MIME_SUFFICIENT = "urn:ihe:iti:xds:2017:mimeTypeSufficient";
    static final String URI_SYSTEM = "urn:ietf:rfc:3986";

    /** LOINC displays for the document types of the built-in templates. */
    static final Map<String, String> DOCUMENT_TYPES = Map.of(
            "11506-3", "Progress note",
            "34117-2", "History and physical note",
            "11488-4", "Consult note",
            "34904-3", "Mental health Progress note",
            "78306-8", "Mental health History and physical note",
            "28627-8", "Psychiatry Progress note",
            "28635-1", "Psychiatry Initial evaluation note");

    private Codes() {
    }

    /** The note's UUID: its id when that is a UUID, else a name-based UUID of it. */
    static UUID noteUuid(String noteId) {
        try {
            return UUID.fromString(noteId);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(("clinical-notes:note:" + noteId).getBytes(StandardCharsets.UTF_8));
        }
    }

    static UUID deviceUuid(String modelId) {
        return UUID.nameUUIDFromBytes(("clinical-notes:device:" + modelId).getBytes(StandardCharsets.UTF_8));
    }

    static UUID provenanceUuid(UUID note, String status) {
        return UUID.nameUUIDFromBytes(("clinical-notes:provenance:" + note + ":" + status)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String urn(UUID uuid) {
        return "urn:uuid:" + uuid;
    }
}
