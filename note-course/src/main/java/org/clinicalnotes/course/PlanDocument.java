package org.clinicalnotes.course;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;

/**
 * A treatment plan as stored in {@code plan.json}: the {@link PlanDraft}, who it is for, and where it stands in
 * the clinician's review. A plan is a {@link Status#DRAFT} until a clinician signs it, as notes are: the clinician
 * reviews the draft (its {@link #digest()} is printed with it), may edit or delete elements (an edited element
 * keeps its evidence), and signs; the signed plan is {@link Status#ACTIVE}, names its signer and time and the
 * digest of the draft that was signed, and can no longer be edited or signed again. {@code note-fhir}'s
 * {@code CarePlanMapper} turns it into a CarePlan (draft/proposal, or active once signed) with a Provenance
 * whose author is the AI device and, once signed, whose verifier is the clinician.
 *
 * <pre>{@code
 * PlanDocument draft = PlanDocument.draft(PlanDraft.of(course), "p-sam", Instant.now(), "clinical-notes-course/1");
 * Files.writeString(dir.resolve("plan.json"), draft.toJson());
 * // later, after review
 * PlanDocument stored = PlanDocument.read(Files.readString(dir.resolve("plan.json")), "plan.json");
 * PlanDocument signed = stored.edit(PlanDocument.Part.GOALS, 0, "…").sign("prac-1", Instant.now());
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@code toString()} holds counts and ids only.
 *
 * @param plan the plan; not null
 * @param patientId the client's FHIR patient id (or the folder's name); not null
 * @param created when the draft was made; not null
 * @param model the id of what drafted the wording (the local course reader, or an LLM); not null
 * @param status where the plan stands; not null
 * @param signer the signing clinician's FHIR Practitioner id, when signed
 * @param signedAt when it was signed, when signed
 * @param reviewedDigest the digest of the draft as the clinician signed it, when signed
 * @param edits the clinician's changes before signing, such as {@code edit goals:1}; not null
 * @since 0.3.0
 */
public record PlanDocument(PlanDraft plan, String patientId, Instant created, String model, Status status,
                           String signer, Instant signedAt, String reviewedDigest, List<String> edits) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /** Where a plan stands. */
    public enum Status {
        /** Drafted by the tool; not yet signed (FHIR CarePlan status {@code draft}, intent {@code proposal}). */
        DRAFT,
        /** Signed by a clinician (CarePlan status {@code active}); no longer editable. */
        ACTIVE
    }

    /** The plan's parts, as numbered in {@code plan.md} (1-based on the command line, 0-based here). */
    public enum Part {
        /** Problems. */
        PROBLEMS,
        /** Goals. */
        GOALS,
        /** Interventions. */
        INTERVENTIONS,
        /** Measures to track. */
        MEASURES;

        /** @return the lower-case name used in {@code plan.md} and on the command line */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates and copies. */
    public PlanDocument {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(status, "status");
        edits = List.copyOf(edits);
        if (status == Status.ACTIVE && (signer == null || signedAt == null || reviewedDigest == null)) {
            throw new IllegalArgumentException("an active plan names its signer, time and reviewed digest");
        }
    }

    /**
     * @param plan the draft; not null
     * @param patientId the client's id; not null
     * @param created when it was made; not null
     * @param model what drafted the wording; not null
     * @return an unsigned plan
     */
    public static PlanDocument draft(PlanDraft plan, String patientId, Instant created, String model) {
        return new PlanDocument(plan, patientId, created, model, Status.DRAFT, null, null, null, List.of());
    }

    /**
     * Reads {@code plan.json} and checks its digest.
     *
     * @param json the file's text; not null
     * @param source the file's name, for messages; not null
     * @return the plan
     * @throws BadInputException CN-5160 when the content does not match its digest (changed by hand),
     *     CN-5163 when the text is not a plan.json
     */
    public static PlanDocument read(String json, String source) {
        return PlanJson.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(source, "source"));
    }

    /** @return the plan.json text, with its digest */
    public String toJson() {
        return PlanJson.write(this);
    }

    /**
     * Writes a signed plan with its JWS signature in {@code integrity.signature}, outside the digested content
     * (which the signature covers), as {@code note.json} carries a note's.
     *
     * @param signature a compact JWS over this plan (note-fhir's {@code PlanSignatures.sign}); not null
     * @return the plan.json text, with its digest and signature
     * @throws IllegalArgumentException when the plan is not signed
     */
    public String toJson(String signature) {
        Objects.requireNonNull(signature, "signature");
        if (!signed()) {
            throw new IllegalArgumentException("only a signed plan carries a signature");
        }
        return PlanJson.write(this, signature);
    }

    /**
     * @param json a plan.json's text; not null
     * @return its JWS signature ({@code integrity.signature}), when it has one and is JSON
     */
    public static Optional<String> signature(String json) {
        return PlanJson.signature(Objects.requireNonNull(json, "json"));
    }

    /** @return the SHA-256 (hex) of this plan's canonical JSON, what {@code plan.json} stores as its digest */
    public String digest() {
        return PlanJson.digest(this);
    }

    /** @return whether a clinician has signed it */
    public boolean signed() {
        return status == Status.ACTIVE;
    }

    /**
     * Replaces one element's wording; it keeps its evidence (and a goal its measure, target and date).
     *
     * @param part which part; not null
     * @param index the element, 0-based
     * @param text the clinician's wording; not blank
     * @return the edited draft
     * @throws BadInputException CN-5161 when the plan is signed, CN-5164 when there is no such element
     */
    public PlanDocument edit(Part part, int index, String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new BadInputException("CN-5164", "plan.json", 0, "an edit of " + part.id() + " " + (index + 1)
                    + " has no text", "Give the new wording.", null);
        }
        return change(part, index, text, "edit");
    }

    /**
     * Deletes one element.
     *
     * @param part which part; not null
     * @param index the element, 0-based
     * @return the changed draft
     * @throws BadInputException CN-5161 when the plan is signed, CN-5164 when there is no such element
     */
    public PlanDocument delete(Part part, int index) {
        return change(part, index, null, "delete");
    }

    private PlanDocument change(Part part, int index, String text, String action) {
        Objects.requireNonNull(part, "part");
        refuseSigned(action);
        PlanDraft p = plan;
        List<PlanDraft.Problem> problems = new ArrayList<>(p.problems());
        List<PlanDraft.Goal> goals = new ArrayList<>(p.goals());
        List<PlanDraft.Intervention> interventions = new ArrayList<>(p.interventions());
        List<PlanDraft.Tracked> measures = new ArrayList<>(p.measures());
        List<?> list = switch (part) {
            case PROBLEMS -> problems;
            case GOALS -> goals;
            case INTERVENTIONS -> interventions;
            case MEASURES -> measures;
        };
        if (index < 0 || index >= list.size()) {
            throw new BadInputException("CN-5164", "plan.json", 0, "the plan has no " + part.id() + " " + (index + 1)
                    + " (it has " + list.size() + ")", "Number elements as plan.md does, from 1.", null);
        }
        if (text == null) {
            list.remove(index);
        } else {
            switch (part) {
                case PROBLEMS -> problems.set(index, new PlanDraft.Problem(problems.get(index).key(), text,
                        problems.get(index).evidence()));
                case GOALS -> {
                    PlanDraft.Goal g = goals.get(index);
                    goals.set(index, new PlanDraft.Goal(text, g.problemKey(), g.instrument(), g.below(), g.due(),
                            g.evidence()));
                }
                case INTERVENTIONS -> interventions.set(index, new PlanDraft.Intervention(text,
                        interventions.get(index).evidence()));
                case MEASURES -> measures.set(index, new PlanDraft.Tracked(measures.get(index).instrument(), text,
                        measures.get(index).evidence()));
            }
        }
        List<String> log = new ArrayList<>(edits);
        log.add(action + " " + part.id() + ":" + (index + 1));
        return new PlanDocument(new PlanDraft(problems, goals, interventions, measures, p.start()), patientId, created,
                model, Status.DRAFT, null, null, null, log);
    }

    /**
     * The clinician's sign-off: DRAFT to ACTIVE, with the signer, the time and the digest of this draft.
     *
     * @param practitionerId the clinician's FHIR Practitioner id (1 to 64 letters, digits, '-' or '.'); not null
     * @param at when; not null
     * @return the signed plan
     * @throws BadInputException CN-5161 when the plan is already signed
     * @throws ConfigurationException CN-5165 when the practitioner id is not a valid FHIR id
     */
    public PlanDocument sign(String practitionerId, Instant at) {
        Objects.requireNonNull(at, "at");
        refuseSigned("sign");
        if (practitionerId == null || !ID.matcher(practitionerId).matches()) {
            throw new ConfigurationException("CN-5165", "the signer's practitioner id is not a valid FHIR id: use 1 to "
                    + "64 letters, digits, '-' or '.'");
        }
        return new PlanDocument(plan, patientId, created, model, Status.ACTIVE, practitionerId, at, digest(), edits);
    }

    /**
     * Checks that this plan is the one the clinician reviewed.
     *
     * @param reviewed the digest the clinician saw (all 64 hex digits, or a prefix of at least 12); not null
     * @return this plan
     * @throws BadInputException CN-5162 when it differs
     */
    public PlanDocument checkReviewed(String reviewed) {
        String d = digest();
        String r = reviewed.strip().toLowerCase(Locale.ROOT);
        if (r.length() < 12 || !d.startsWith(r)) {
            throw new BadInputException("CN-5162", "plan.json", 0, "the plan is not the one that was reviewed "
                    + "(its digest starts " + d.substring(0, 12) + ")",
                    "Review the plan as it is now (plan.md shows its digest) before signing it.", null);
        }
        return this;
    }

    private void refuseSigned(String action) {
        if (signed()) {
            throw new BadInputException("CN-5161", "plan.json", 0, "the plan is signed (ACTIVE) and cannot be "
                    + (action.equals("sign") ? "signed again" : "changed") + " (" + action + ")",
                    "Draft a new plan with 'plan', review it and sign that one.", null);
        }
    }

    /** Shows counts and ids only. */
    @Override
    public String toString() {
        return "PlanDocument[" + plan + ", status=" + status + ", edits=" + edits.size() + "]";
    }
}
