package org.clinicalnotes.fhir;

import java.util.Objects;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

/**
 * The FHIR resources of one note, as {@link NoteFhirMapper} makes them. Their ids are UUIDs and the
 * references between them are {@code urn:uuid:} URLs, ready for {@link NoteBundle}; references to
 * the EHR ({@code Patient/…}, {@code Encounter/…}, {@code Practitioner/…}) are relative.
 *
 * <p>HAPI resources are mutable and not thread-safe: treat them as read-only, or copy them
 * ({@code copy()}) before changing them.
 *
 * @param documentReference the note; not null
 * @param device the AI model; not null
 * @param provenance who made and verified the note; not null
 * @since 0.1.0
 */
public record NoteResources(DocumentReference documentReference, Device device, Provenance provenance) {

    /** Validates. */
    public NoteResources {
        Objects.requireNonNull(documentReference, "documentReference");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * @return the DocumentReference's {@code urn:uuid:} full URL inside a bundle: what extra resources
     *     (Observations, RiskAssessments) use to point at the note, for example in {@code derivedFrom}
     */
    public String documentReferenceUrl() {
        return "urn:uuid:" + documentReference.getIdElement().getIdPart();
    }

    /** @return the Device's {@code urn:uuid:} full URL inside a bundle */
    public String deviceUrl() {
        return "urn:uuid:" + device.getIdElement().getIdPart();
    }

    /** @return the patient reference of the note ({@code Patient/ID}), for extra resources' subject */
    public Reference subject() {
        return documentReference.getSubject().copy();
    }

    /**
     * The DocumentReference on its own, for {@code document-reference.json}: a copy whose reference to
     * the Device keeps the Device's identifier and display but no {@code urn:uuid:} URL, which only
     * resolves inside a bundle.
     *
     * @return a new DocumentReference
     */
    public DocumentReference standaloneDocumentReference() {
        DocumentReference copy = documentReference.copy();
        for (Reference author : copy.getAuthor()) {
            if (author.hasReference() && author.getReference().startsWith("urn:uuid:")) {
                author.setReference(null);
            }
        }
        return copy;
    }

    @Override
    public String toString() {
        return "NoteResources[documentReference=" + documentReference.getIdElement().getIdPart() + ", docStatus="
                + documentReference.getDocStatus() + "]";
    }
}
