package org.clinicalnotes.fhir.course;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinicalnotes.course.Evidence;
import org.clinicalnotes.course.PlanDocument;
import org.clinicalnotes.course.PlanDraft;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a {@link PlanDraft} to a FHIR R4 transaction {@code Bundle}: a {@code CarePlan} (status {@code draft},
 * intent {@code proposal}) that addresses one {@code Condition} per problem (verification status provisional),
 * with one {@code Goal} per goal (lifecycle {@code proposed}, a target measure with a {@code <} quantity and a due
 * date), one activity per intervention and per measure to track; every element carries its evidence as an
 * annotation ({@code Evidence: session u1, u2}). AI transparency as for notes: {@code meta.security} AIAST, a
 * {@code Device} for the drafting model and a {@code Provenance} with the Device as author and, once a clinician
 * has reviewed the plan, the clinician as verifier. Deterministic ids; stateless and thread-safe.
 *
 * @since 0.3.0
 */
public final class CarePlanMapper {

    static final String LOINC = "http://loinc.org";
    static final String V3_OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    static final String AI_DEVICE_TYPE = "http://hl7.org/fhir/uv/aitransparency/CodeSystem/AIdeviceTypeCS";
    static final String PROVENANCE_PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String URI_SYSTEM = "urn:ietf:rfc:3986";
    /** The drafting model's id: the local, deterministic course reader. */
    public static final String MODEL_ID = "clinical-notes-course/1";

    private CarePlanMapper() {
    }

    /**
     * @param plan the draft; not null
     * @param patientId the FHIR patient id; not null
     * @param verifierPractitionerId the clinician who reviewed and approved the draft, or null while unreviewed
     * @param created when the draft was made; not null
     * @return the transaction bundle
     */
    public static Bundle map(PlanDraft plan, String patientId, String verifierPractitionerId, Instant created) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(created, "created");
        return build(plan, patientId, verifierPractitionerId, created, null, MODEL_ID, null);
    }

    /**
     * Maps a stored plan: a draft gives CarePlan status {@code draft} (intent {@code proposal}) and Goals
     * {@code proposed}, with the AI device as the Provenance's author; a signed plan gives status {@code active}
     * and Goals {@code accepted}, and its Provenance adds the signer as verifier, recorded at the signing time,
     * with the digest of the reviewed draft in its narrative.
     *
     * @param doc the plan; not null
     * @return the transaction bundle
     */
    public static Bundle map(PlanDocument doc) {
        Objects.requireNonNull(doc, "doc");
        return build(doc.plan(), doc.patientId(), doc.signer(), doc.created(),
                doc.signed() ? doc.signedAt() : null, doc.model(), doc.reviewedDigest());
    }

    /**
     * Maps a signed plan with its JWS signature ({@link PlanSignatures#sign}): as {@link #map(PlanDocument)}, and
     * the Provenance carries the signature (type verification signature, {@code sigFormat application/jose}).
     *
     * @param doc the signed plan; not null
     * @param signature the compact JWS over it; not null
     * @return the transaction bundle
     * @throws IllegalArgumentException when the plan is not signed
     */
    public static Bundle map(PlanDocument doc, String signature) {
        Objects.requireNonNull(signature, "signature");
        Bundle bundle = map(doc);
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (e.getResource() instanceof Provenance p) {
                PlanSignatures.attach(p, doc, signature);
            }
        }
        return bundle;
    }

    private static Bundle build(PlanDraft plan, String patientId, String verifierPractitionerId, Instant created,
                                Instant signedAt, String modelId, String reviewedDigest) {
        boolean active = signedAt != null;
        Reference patient = new Reference("Patient/" + patientId);
        String seed = patientId + "|" + plan.start() + "|" + plan.goals().size() + "|" + plan.problems().size();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Device device = device(modelId);
        add(bundle, device, "Device");
        List<Resource> targets = new ArrayList<>();
        CarePlan cp = new CarePlan();
        cp.setId(uuid("careplan", seed).toString());
        ai(cp);
        cp.setStatus(active ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.DRAFT)
                .setIntent(active ? CarePlan.CarePlanIntent.PLAN : CarePlan.CarePlanIntent.PROPOSAL)
                .setSubject(patient).setTitle(active ? "Treatment plan (AI-assisted, signed by a clinician)"
                        : "Treatment plan draft (AI-assisted, for clinician review)");
        cp.addCategory(new CodeableConcept(new Coding("http://snomed.info/sct", "736351009",
                "Mental health care plan")).setText("Mental health care plan"));
        cp.setDescription(active ? "Drawn from the client's sessions (every element cites its evidence), reviewed and "
                + "signed by a clinician." : "Draft drawn from the client's sessions; every element cites its evidence. "
                + "Not final until a clinician reviews and signs it.");
        if (plan.start() != null) {
            cp.setPeriod(new Period().setStart(date(plan.start())));
        }
        cp.setCreated(Date.from(created));
        cp.setAuthor(new Reference(urn(uuid("device", modelId))).setType("Device").setDisplay("AI model " + modelId));
        int i = 0;
        for (PlanDraft.Problem p : plan.problems()) {
            Condition c = new Condition();
            c.setId(uuid("condition", seed + "|" + i++).toString());
            ai(c);
            c.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "active", "Active")));
            c.setVerificationStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-ver-status", "provisional", "Provisional")));
            c.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category",
                    "problem-list-item", "Problem List Item")));
            c.setCode(new CodeableConcept().setText(p.text()));
            c.setSubject(patient);
            c.addNote(evidence(p.evidence()));
            String url = add(bundle, c, "Condition");
            cp.addAddresses(new Reference(url).setType("Condition"));
            targets.add(c);
        }
        i = 0;
        for (PlanDraft.Goal g : plan.goals()) {
            Goal goal = new Goal();
            goal.setId(uuid("goal", seed + "|" + i++).toString());
            ai(goal);
            goal.setLifecycleStatus(active ? Goal.GoalLifecycleStatus.ACCEPTED : Goal.GoalLifecycleStatus.PROPOSED);
            goal.setDescription(new CodeableConcept().setText(g.text()));
            goal.setSubject(patient);
            Goal.GoalTargetComponent target = goal.addTarget();
            target.setMeasure(measure(g.instrument()));
            target.setDetail(new Quantity().setComparator(Quantity.QuantityComparator.LESS_THAN).setValue(g.below())
                    .setUnit("{score}").setSystem("http://unitsofmeasure.org").setCode("{score}"));
            if (g.due() != null) {
                target.setDue(new DateType(date(g.due())));
            }
            goal.addNote(evidence(g.evidence()));
            String url = add(bundle, goal, "Goal");
            cp.addGoal(new Reference(url).setType("Goal"));
            targets.add(goal);
        }
        for (PlanDraft.Intervention in : plan.interventions()) {
            CarePlan.CarePlanActivityComponent a = cp.addActivity();
            a.addProgress(evidence(in.evidence()));
            a.setDetail(new CarePlan.CarePlanActivityDetailComponent().setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                    .setDescription(in.text()));
        }
        for (PlanDraft.Tracked t : plan.measures()) {
            CarePlan.CarePlanActivityComponent a = cp.addActivity();
            a.addProgress(evidence(t.evidence()));
            a.setDetail(new CarePlan.CarePlanActivityDetailComponent().setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                    .setCode(measure(t.instrument())).setDescription("Track: " + t.text()));
        }
        cp.setText(narrative((active ? "Treatment plan: " : "Treatment plan draft: ") + plan.problems().size() + " problems, " + plan.goals().size()
                + " goals, " + plan.interventions().size() + " interventions, " + plan.measures().size()
                + " measures to track. AI-assisted; " + (active ? "signed by a clinician at " + signedAt + "."
                : verifierPractitionerId == null ? "not yet reviewed by a clinician." : "reviewed by a clinician.")));
        String cpUrl = add(bundle, cp, "CarePlan");
        Provenance prov = new Provenance();
        prov.setId(uuid("provenance", seed + "|" + verifierPractitionerId + "|" + signedAt).toString());
        prov.addTarget(new Reference(cpUrl).setType("CarePlan"));
        for (Resource r : targets) {
            prov.addTarget(new Reference(urn(UUID.fromString(r.getIdElement().getIdPart()))).setType(r.fhirType()));
        }
        prov.setRecorded(Date.from(active ? signedAt : created));
        prov.addReason(new CodeableConcept(aiast()));
        prov.setActivity(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-DataOperation", "CREATE",
                "create")));
        prov.addAgent().setType(new CodeableConcept(new Coding(PROVENANCE_PARTICIPANT, "author", "Author")))
                .setWho(new Reference(urn(uuid("device", modelId))).setType("Device").setDisplay("AI model " + modelId));
        if (verifierPractitionerId != null) {
            prov.addAgent().setType(new CodeableConcept(new Coding(PROVENANCE_PARTICIPANT, "verifier", "Verifier")))
                    .setWho(new Reference("Practitioner/" + verifierPractitionerId));
        }
        prov.setText(narrative("Treatment plan drafted by AI model " + modelId + " (AI asserted)"
                + (active ? "; verified and signed by Practitioner/" + verifierPractitionerId + " at " + signedAt
                + " (reviewed draft SHA-256 " + reviewedDigest + ")."
                : verifierPractitionerId == null ? "; not yet verified." : "; verified by a clinician.")));
        add(bundle, prov, "Provenance");
        return bundle;
    }

    static CodeableConcept measure(String instrument) {
        return switch (instrument) {
            case "PHQ-9" -> new CodeableConcept(new Coding(LOINC, "44261-6",
                    "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")).setText("PHQ-9 total score");
            case "GAD-7" -> new CodeableConcept(new Coding(LOINC, "70274-6",
                    "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")).setText("GAD-7 total score");
            case "C-SSRS" -> new CodeableConcept(new Coding(LOINC, "93373-9",
                    "Columbia suicide severity rating scale screener - recent [C-SSRS]")).setText("C-SSRS screen");
            default -> new CodeableConcept().setText(instrument);
        };
    }

    static Annotation evidence(List<Evidence> evidence) {
        return new Annotation().setText("Evidence: " + evidence.stream().map(e -> e.isJournal()
                ? "journal entries " + String.join(", ", e.ids())
                : "session " + e.session() + (e.ids().isEmpty() ? "" : " " + String.join(", ", e.ids())))
                .collect(Collectors.joining("; ")));
    }

    private static Device device(String modelId) {
        UUID id = uuid("device", modelId);
        Device d = new Device();
        d.setId(id.toString());
        d.addIdentifier(new Identifier().setSystem(URI_SYSTEM).setValue(urn(id)));
        d.setStatus(Device.FHIRDeviceStatus.ACTIVE);
        d.setType(new CodeableConcept(new Coding(AI_DEVICE_TYPE, "Artificial-Intelligence", "Artificial Intelligence"))
                .setText("AI course reader"));
        int slash = modelId.lastIndexOf('/');
        d.addDeviceName().setName(slash > 0 ? modelId.substring(0, slash) : modelId)
                .setType(Device.DeviceNameType.MODELNAME);
        d.addVersion().setValue(slash > 0 && slash < modelId.length() - 1 ? modelId.substring(slash + 1) : "1");
        d.setManufacturer("clinical-notes");
        return d;
    }

    private static void ai(Resource r) {
        r.getMeta().addSecurity(aiast());
    }

    static Coding aiast() {
        return new Coding(V3_OBSERVATION_VALUE, "AIAST", "Artificial Intelligence asserted");
    }

    private static String add(Bundle b, Resource r, String type) {
        String url = urn(UUID.fromString(r.getIdElement().getIdPart()));
        b.addEntry().setFullUrl(url).setResource(r).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(type);
        return url;
    }

    private static Narrative narrative(String text) {
        Narrative n = new Narrative();
        n.setStatus(Narrative.NarrativeStatus.GENERATED);
        n.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + text.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;") + "</div>");
        return n;
    }

    static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    static UUID uuid(String kind, String seed) {
        return UUID.nameUUIDFromBytes(("clinical-notes:course:" + kind + ":" + seed).getBytes(StandardCharsets.UTF_8));
    }

    static String urn(UUID id) {
        return "urn:uuid:" + id;
    }
}
