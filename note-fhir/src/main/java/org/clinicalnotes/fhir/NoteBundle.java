package org.clinicalnotes.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * Puts a note's resources, and any extra resources about the same note (Observations for measure
 * scores, a RiskAssessment, MedicationStatements), into one Bundle:
 *
 * <pre>{@code
 * NoteResources res = mapper.map(note, FhirReferences.ofPatient("p1"));
 * Observation phq9 = ...;                                  // subject res.subject(), derivedFrom res.documentReferenceUrl()
 * Bundle tx = NoteBundle.of(res).add(phq9).transaction();   // POST all in one transaction
 * String json = NoteBundle.of(res).add(phq9).toJson(NoteBundle.Type.TRANSACTION);
 * }</pre>
 *
 * <p>Every entry's {@code fullUrl} is {@code urn:uuid:<id>}: the resource's id when it is a UUID,
 * otherwise a new random UUID (set as the resource's id). In a transaction every entry is a POST; the
 * DocumentReference and the Device are conditional creates on their identifier ({@code ifNoneExist}),
 * so sending the same bundle twice, or two notes by the same model, makes one Device. Extra resources
 * follow the note's resources in the order added.
 *
 * <p>Not thread-safe (it collects resources); the bundles it returns are new objects.
 *
 * @since 0.1.0
 */
public final class NoteBundle {

    /** The bundle kind. */
    public enum Type {
        /** A transaction for a FHIR server: every entry a POST. */
        TRANSACTION,
        /** A collection, for storage or hand-over. */
        COLLECTION
    }

    private final NoteResources resources;
    private final List<Resource> extra = new ArrayList<>();

    private NoteBundle(NoteResources resources) {
        this.resources = resources;
    }

    /**
     * @param resources the note's resources; not null
     * @return a bundle builder holding them
     */
    public static NoteBundle of(NoteResources resources) {
        return new NoteBundle(Objects.requireNonNull(resources, "resources"));
    }

    /**
     * Adds an extra resource about the note.
     *
     * @param resource the resource; not null
     * @return this builder
     */
    public NoteBundle add(Resource resource) {
        extra.add(Objects.requireNonNull(resource, "resource"));
        return this;
    }

    /**
     * Adds extra resources about the note, in order.
     *
     * @param more the resources; not null
     * @return this builder
     */
    public NoteBundle addAll(List<? extends Resource> more) {
        Objects.requireNonNull(more, "more").forEach(this::add);
        return this;
    }

    /** @return a transaction Bundle */
    public Bundle transaction() {
        return build(Type.TRANSACTION);
    }

    /** @return a collection Bundle */
    public Bundle collection() {
        return build(Type.COLLECTION);
    }

    /**
     * The bundle as JSON, byte for byte what {@code FhirContexts.jsonParser().encodeResourceToString(build(type))}
     * writes. When no resource in it holds a reference to an in-memory resource object, a local {@code #id}
     * reference or contained resources (true of everything the SDK maps), it is written without HAPI's
     * containment walk, on the SDK's private writing context; otherwise on {@link FhirContexts#r4()} as before.
     *
     * @param type the bundle kind; not null
     * @return the bundle as pretty-printed JSON
     */
    public String toJson(Type type) {
        return FhirJson.pretty(build(type));
    }

    /**
     * @param type the bundle kind; not null
     * @return a new Bundle
     */
    public Bundle build(Type type) {
        Objects.requireNonNull(type, "type");
        Bundle b = new Bundle();
        b.setType(type == Type.TRANSACTION ? Bundle.BundleType.TRANSACTION : Bundle.BundleType.COLLECTION);
        DocumentReference doc = resources.documentReference();
        if (type == Type.COLLECTION) {
            b.setIdentifier(new Identifier().setSystem(Codes.URI_SYSTEM)
                    .setValue("urn:uuid:" + UUID.nameUUIDFromBytes(("clinical-notes:bundle:"
                            + doc.getIdElement().getIdPart()).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            b.setTimestamp(doc.getDate() != null ? doc.getDate() : new Date());
        }
        entry(b, type, doc, conditional(doc.getIdentifierFirstRep()));
        Device device = resources.device();
        entry(b, type, device, conditional(device.getIdentifierFirstRep()));
        entry(b, type, resources.provenance(), null);
        List<org.hl7.fhir.r4.model.Coding> labels = doc.getMeta().getSecurity().stream()
                .filter(PrivacyFhir::isPrivacyLabel).toList();
        for (Resource r : extra) {
            // the note's sensitivity travels with what was derived from it (risk assessments, scores, ...)
            PrivacyFhir.label(r, labels);
            entry(b, type, r, null);
        }
        return b;
    }

    private static String conditional(Identifier id) {
        return id == null || !id.hasValue() ? null : "identifier=" + id.getSystem() + "|" + id.getValue();
    }

    private static void entry(Bundle b, Type type, Resource r, String ifNoneExist) {
        String id = r.getIdElement().getIdPart();
        UUID uuid;
        try {
            uuid = id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            uuid = null;
        }
        if (uuid == null) {
            uuid = UUID.randomUUID();
            r.setId(uuid.toString());
        }
        Bundle.BundleEntryComponent e = b.addEntry().setFullUrl("urn:uuid:" + uuid).setResource(r);
        if (type == Type.TRANSACTION) {
            Bundle.BundleEntryRequestComponent req = e.getRequest().setMethod(Bundle.HTTPVerb.POST)
                    .setUrl(r.fhirType());
            if (ifNoneExist != null) {
                req.setIfNoneExist(ifNoneExist);
            }
        }
    }

    @Override
    public String toString() {
        return "NoteBundle[note=" + resources.documentReference().getIdElement().getIdPart() + ", extra="
                + extra.size() + "]";
    }
}
