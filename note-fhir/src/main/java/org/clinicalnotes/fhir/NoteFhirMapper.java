package org.clinicalnotes.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * Maps a {@link ClinicalNote} to FHIR R4: a DocumentReference shaped for US Core, a Device for the AI
 * model and a Provenance, per HL7 AI Transparency on FHIR.
 *
 * <ul>
 *   <li>DocumentReference: {@code status} current; {@code docStatus} preliminary, final after sign-off,
 *       amended after an amendment (which {@code relatesTo} replaces the note it amends);
 *       {@code type} the template's LOINC document type; {@code category} us-core clinical-note;
 *       {@code meta.security} AIAST; {@code identifier} {@code urn:uuid:<note id>}; {@code author}
 *       the Device, plus the signer after sign-off, who is also the {@code authenticator};
 *       {@code content} the note as text/plain and the structured note ({@code note.json}) as
 *       application/json, both base64 with size and SHA-1 hash.</li>
 *   <li>Device: type Artificial-Intelligence, the model's name, version and provider. No patient data.</li>
 *   <li>Provenance: targets the DocumentReference; author agent the Device; reason AIAST; after
 *       sign-off the signer as verifier; the clinician of the conversation, when given, as informant.</li>
 * </ul>
 *
 * <p>Built once, immutable and thread-safe. The resources it returns are new HAPI objects per call
 * (HAPI resources are mutable and not thread-safe).
 *
 * @since 0.1.0
 */
public final class NoteFhirMapper {

    private final TemplateRegistry templates;

    private NoteFhirMapper(Builder b) {
        this.templates = b.templates;
    }

    /** @return a mapper over the built-in templates */
    public static NoteFhirMapper create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Maps a note whose template is registered with this mapper; the model is read from the note's
     * metadata ({@code name/version}).
     *
     * @param note the note; not null
     * @param references the EHR references; not null
     * @return the resources
     * @throws FhirMappingException (CN-1502) when the note's template is not registered
     */
    public NoteResources map(ClinicalNote note, FhirReferences references) {
        Objects.requireNonNull(note, "note");
        String templateId = note.metadata().templateId();
        NoteTemplate template = templates.find(templateId).orElseThrow(() -> new FhirMappingException("CN-1502",
                "the note's template '" + templateId + "' is not registered, so its document type is unknown",
                "Pass the template (for example one read with TemplateRegistry.load) used to generate the note."));
        return map(note, references, template, null);
    }

    /**
     * Maps a note.
     *
     * @param note the note; not null
     * @param references the EHR references; not null
     * @param template the template the note was made with (for its document type and title); not null
     * @param model the model that drafted the note, or null to read name and version from the note
     * @return the resources
     * @throws FhirMappingException (CN-1503) when the template id differs from the note's
     */
    public NoteResources map(ClinicalNote note, FhirReferences references, NoteTemplate template, ModelInfo model) {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(template, "template");
        if (!template.id().equals(note.metadata().templateId())) {
            throw new FhirMappingException("CN-1503", "the note was made with template '"
                    + note.metadata().templateId() + "', not '" + template.id() + "'",
                    "Pass the template the note was generated with.");
        }
        NoteMetadata m = note.metadata();
        ModelInfo info = model != null ? model : m.model();
        UUID docId = Codes.noteUuid(note.id());
        UUID deviceId = Codes.deviceUuid(info.id());
        UUID provId = Codes.provenanceUuid(docId, m.status().name());
        Device device = device(info, deviceId);
        DocumentReference doc = documentReference(note, references, template, info, docId, deviceId);
        Provenance prov = provenance(note, references, info, docId, deviceId, provId);
        PrivacyFhir.apply(m, doc, prov);
        return new NoteResources(doc, device, prov);
    }

    private static Device device(ModelInfo info, UUID id) {
        Device d = new Device();
        d.setId(id.toString());
        d.addIdentifier(new Identifier().setSystem(Codes.URI_SYSTEM).setValue(Codes.urn(id)));
        d.setStatus(Device.FHIRDeviceStatus.ACTIVE);
        d.setType(new CodeableConcept(new Coding(Codes.AI_DEVICE_TYPE, "Artificial-Intelligence",
                "Artificial Intelligence")).setText("AI note model"));
        d.addDeviceName().setName(info.name()).setType(Device.DeviceNameType.MODELNAME);
        if (!info.version().isBlank()) {
            d.addVersion().setValue(info.version());
        }
        if (!info.provider().isBlank()) {
            d.setManufacturer(info.provider());
        }
        d.setText(narrative("AI note model " + info.id()
                + (info.provider().isBlank() ? "" : " by " + info.provider())
                + (info.local() ? ", running in-process" : "") + "."));
        return d;
    }

    private DocumentReference documentReference(ClinicalNote note, FhirReferences refs, NoteTemplate template,
                                                ModelInfo info, UUID docId, UUID deviceId) {
        NoteMetadata m = note.metadata();
        DocumentReference d = new DocumentReference();
        d.setId(docId.toString());
        d.getMeta().addSecurity(aiast());
        d.setText(narrative(switch (m.status()) {
            case PRELIMINARY -> "Preliminary " + template.title() + " drafted by AI model " + info.id()
                    + "; not yet reviewed or signed by a clinician.";
            case FINAL -> template.title() + " drafted by AI model " + info.id() + ", reviewed and signed by a clinician.";
            case AMENDED -> "Amended " + template.title() + " drafted by AI model " + info.id()
                    + ", amended and signed by a clinician.";
        }));
        d.addIdentifier(new Identifier().setSystem(Codes.URI_SYSTEM).setValue(Codes.urn(docId)));
        d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        d.setDocStatus(switch (m.status()) {
            case PRELIMINARY -> DocumentReference.ReferredDocumentStatus.PRELIMINARY;
            case FINAL -> DocumentReference.ReferredDocumentStatus.FINAL;
            case AMENDED -> DocumentReference.ReferredDocumentStatus.AMENDED;
        });
        String code = template.documentTypeCode();
        Coding type = new Coding().setSystem(Codes.LOINC).setCode(code);
        String display = Codes.DOCUMENT_TYPES.get(code);
        if (display != null) {
            type.setDisplay(display);
        }
        d.setType(new CodeableConcept(type).setText(template.title()));
        d.addCategory(new CodeableConcept(new Coding(Codes.US_CORE_DOC_CATEGORY, "clinical-note", "Clinical Note")));
        d.setSubject(new Reference("Patient/" + refs.patientId()));
        Instant date = m.signedAt() != null ? m.signedAt() : m.created();
        d.setDate(Date.from(date));
        d.addAuthor(deviceReference(deviceId, info));
        if (m.signer() != null) {
            requireFhirId(m.signer(), "metadata.signer");
            d.addAuthor(new Reference("Practitioner/" + m.signer()));
            d.setAuthenticator(new Reference("Practitioner/" + m.signer()));
        }
        refs.organizationId().ifPresent(o -> d.setCustodian(new Reference("Organization/" + o)));
        if (m.status() == NoteMetadata.Status.AMENDED && m.replaces() != null) {
            d.addRelatesTo().setCode(DocumentReference.DocumentRelationshipType.REPLACES)
                    .setTarget(new Reference().setType("DocumentReference").setIdentifier(new Identifier()
                            .setSystem(Codes.URI_SYSTEM).setValue(Codes.urn(Codes.noteUuid(m.replaces())))));
        }
        d.setDescription(template.title());
        byte[] text = NoteText.render(note, template.title()).getBytes(StandardCharsets.UTF_8);
        byte[] json = NoteJson.write(note).getBytes(StandardCharsets.UTF_8);
        d.addContent(content(text, "text/plain; charset=utf-8", template.title(), m.created()));
        d.addContent(content(json, FhirNoteReader.JSON_CONTENT_TYPE, template.title() + " (structured)", m.created()));
        DocumentReference.DocumentReferenceContextComponent ctx = d.getContext();
        refs.encounterId().ifPresent(e -> ctx.addEncounter(new Reference("Encounter/" + e)));
        if (refs.periodStart().isPresent() || refs.periodEnd().isPresent()) {
            Period p = new Period();
            refs.periodStart().ifPresent(s -> p.setStart(Date.from(s)));
            refs.periodEnd().ifPresent(e -> p.setEnd(Date.from(e)));
            ctx.setPeriod(p);
        }
        return d;
    }

    private static DocumentReference.DocumentReferenceContentComponent content(byte[] data, String contentType,
                                                                               String title, Instant created) {
        Attachment a = new Attachment();
        a.setContentType(contentType);
        a.setLanguage("en");
        a.setDataElement(new Base64Data(data));
        a.setSize(data.length);
        a.setHash(sha1Bytes(data));
        a.setTitle(title);
        a.setCreation(Date.from(created));
        return new DocumentReference.DocumentReferenceContentComponent(a)
                .setFormat(new Coding(Codes.FORMAT_CODE, Codes.FORMAT_MIME_SUFFICIENT, "mimeType Sufficient"));
    }

    private static Provenance provenance(ClinicalNote note, FhirReferences refs, ModelInfo info, UUID docId,
                                         UUID deviceId, UUID provId) {
        NoteMetadata m = note.metadata();
        Provenance p = new Provenance();
        p.setId(provId.toString());
        p.addTarget(new Reference(Codes.urn(docId)).setType("DocumentReference"));
        p.setOccurred(new org.hl7.fhir.r4.model.DateTimeType(Date.from(m.created())));
        p.setRecorded(Date.from(m.signedAt() != null ? m.signedAt() : m.created()));
        p.addReason(new CodeableConcept(aiast()));
        // how the transcript was protected before the model saw it: surrogates, not needed (local model),
        // or disabled by the user; a fixed policy name, never patient data
        p.addPolicy(DEIDENTIFICATION_POLICY + m.deidentification());
        p.setActivity(new CodeableConcept(m.status() == NoteMetadata.Status.AMENDED
                ? new Coding(Codes.DATA_OPERATION, "UPDATE", "revise")
                : new Coding(Codes.DATA_OPERATION, "CREATE", "create")));
        p.addAgent().setType(new CodeableConcept(new Coding(Codes.PROVENANCE_PARTICIPANT, "author", "Author")))
                .setWho(deviceReference(deviceId, info));
        if (m.signer() != null) {
            p.addAgent().setType(new CodeableConcept(new Coding(Codes.PROVENANCE_PARTICIPANT, "verifier", "Verifier")))
                    .setWho(new Reference("Practitioner/" + m.signer()));
        }
        refs.practitionerId().filter(id -> !id.equals(m.signer())).ifPresent(id -> p.addAgent()
                .setType(new CodeableConcept(new Coding(Codes.PROVENANCE_PARTICIPANT, "informant", "Informant")))
                .setWho(new Reference("Practitioner/" + id)));
        if (m.status() == NoteMetadata.Status.AMENDED && m.replaces() != null) {
            p.addEntity().setRole(Provenance.ProvenanceEntityRole.REVISION)
                    .setWhat(new Reference().setType("DocumentReference").setIdentifier(new Identifier()
                            .setSystem(Codes.URI_SYSTEM).setValue(Codes.urn(Codes.noteUuid(m.replaces())))));
        }
        p.setText(narrative("Note drafted by AI model " + info.id() + " (AI asserted)"
                + (m.signer() != null ? "; verified and signed by a clinician at " + m.signedAt() : "; not yet verified")
                + "."));
        return p;
    }

    /** Prefix of the {@code Provenance.policy} URI that records the de-identification policy of the draft. */
    public static final String DEIDENTIFICATION_POLICY = "urn:clinicalnotes:deidentification:";

    private static Reference deviceReference(UUID deviceId, ModelInfo info) {
        return new Reference(Codes.urn(deviceId)).setType("Device")
                .setIdentifier(new Identifier().setSystem(Codes.URI_SYSTEM).setValue(Codes.urn(deviceId)))
                .setDisplay("AI model " + info.id());
    }

    static Coding aiast() {
        return new Coding(Codes.V3_OBSERVATION_VALUE, "AIAST", "Artificial Intelligence asserted");
    }

    private static Narrative narrative(String text) {
        Narrative n = new Narrative();
        n.setStatus(Narrative.NarrativeStatus.GENERATED);
        XhtmlNode div = new XhtmlNode(org.hl7.fhir.utilities.xhtml.NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addTag("p").addText(text);
        n.setDiv(div);
        return n;
    }

    private static void requireFhirId(String id, String field) {
        if (!FhirReferences.isValidId(id)) {
            throw new FhirMappingException("CN-1504", "the note's " + field + " is not a valid FHIR id",
                    "Sign the note with a practitioner id of 1 to 64 letters, digits, '-' or '.'.");
        }
    }

    static byte[] sha1Bytes(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "NoteFhirMapper[templates=" + templates.ids().size() + "]";
    }

    /** Builds a {@link NoteFhirMapper}. Not thread-safe. */
    public static final class Builder {
        private TemplateRegistry templates = TemplateRegistry.builtIn();

        private Builder() {
        }

        /**
         * @param registry templates to look note templates up in (default: built-in); not null
         * @return this builder
         */
        public Builder templates(TemplateRegistry registry) {
            this.templates = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** @return the mapper */
        public NoteFhirMapper build() {
            return new NoteFhirMapper(this);
        }
    }
}
