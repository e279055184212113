package org.clinicalnotes.note;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a note was made and where it stands.
 *
 * <p>A note can only be {@link Status#FINAL} or {@link Status#AMENDED} with a signer and a
 * signing time: the constructor rejects anything else.
 *
 * @param model which note model drafted the note (name, version, provider, local or remote), a structured value;
 *     its {@link ModelInfo#id()} ({@code offline/0.1.0}) is what note.md and the FHIR text show; not null
 * @param templateId the template used; not null
 * @param deidentification the de-identification policy applied before the model
 *     ({@code not-needed-local-model}, {@code surrogates}, {@code disabled-by-user}); not null
 * @param created when the draft was made; not null
 * @param status the life-cycle status; not null
 * @param signer the signing practitioner's id (a reference, not a name), or null before sign-off
 * @param signedAt when it was signed, or null before sign-off
 * @param warnings check warnings ("required section plan is empty"), without PHI; not null
 * @param replaces the id of the signed note this one amends, or null when it is not an amendment;
 *     never set on a {@link Status#FINAL} note
 * @param riskScreen which risk screen ran ({@code lexical/5}, or {@code lexical/5+<semantic matcher id>}), or
 *     null for a note written before the screen was recorded
 * @param history the review chain, oldest first: one step per signing or amendment; empty before
 *     sign-off (and for a note written before the chain was recorded); not null
 * @param utteranceIds the ids of the transcript's utterances, in order, so that evidence can be checked
 *     without the transcript; empty when unknown; not null
 * @param consent the patient's consent the note relies on, or null when none was given
 * @param labels sensitivity labels from what the conversation contains, each with its evidence; not null
 * @since 0.1.0
 */
public record NoteMetadata(ModelInfo model, String templateId, String deidentification, Instant created,
                           Status status, String signer, Instant signedAt, List<String> warnings,
                           String replaces, String riskScreen, List<ReviewStep> history,
                           List<String> utteranceIds, ConsentRecord consent, List<SensitivityLabel> labels) {

    /** Validates and copies. */
    public NoteMetadata {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(deidentification, "deidentification");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        utteranceIds = List.copyOf(Objects.requireNonNull(utteranceIds, "utteranceIds"));
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
        if (status != Status.PRELIMINARY && (signer == null || signer.isBlank() || signedAt == null)) {
            throw new IllegalArgumentException("a " + status + " note needs a signer and a signing time");
        }
        if (status == Status.PRELIMINARY && (signer != null || signedAt != null)) {
            throw new IllegalArgumentException("a preliminary note has no signer");
        }
        if (replaces != null && (replaces.isBlank() || status == Status.FINAL)) {
            throw new IllegalArgumentException("only an amendment (preliminary or amended) replaces another note");
        }
    }

    /**
     * Metadata without a review chain, transcript ids or consent (a new preliminary note from a caller that
     * does not record them).
     *
     * @param model the note model that drafted the note
     * @param templateId the template used
     * @param deidentification the de-identification policy applied
     * @param created when the draft was made
     * @param status the life-cycle status
     * @param signer the signing practitioner's id, or null before sign-off
     * @param signedAt when it was signed, or null before sign-off
     * @param warnings check warnings
     * @param replaces the id of the note this one amends, or null
     * @param riskScreen which risk screen ran, or null
     */
    public NoteMetadata(ModelInfo model, String templateId, String deidentification, Instant created,
                        Status status, String signer, Instant signedAt, List<String> warnings,
                        String replaces, String riskScreen) {
        this(model, templateId, deidentification, created, status, signer, signedAt, warnings, replaces, riskScreen,
                List.of(), List.of(), null, List.of());
    }

    /**
     * Metadata that does not record the risk screen.
     *
     * @param model the note model that drafted the note
     * @param templateId the template used
     * @param deidentification the de-identification policy applied
     * @param created when the draft was made
     * @param status the life-cycle status
     * @param signer the signing practitioner's id, or null before sign-off
     * @param signedAt when it was signed, or null before sign-off
     * @param warnings check warnings
     * @param replaces the id of the note this one amends, or null
     */
    public NoteMetadata(ModelInfo model, String templateId, String deidentification, Instant created,
                        Status status, String signer, Instant signedAt, List<String> warnings,
                        String replaces) {
        this(model, templateId, deidentification, created, status, signer, signedAt, warnings, replaces, null);
    }

    /** @return the model's {@code name/version}, as note.md and the FHIR text show it */
    public String modelId() {
        return model.id();
    }

    /** @return the consent the note relies on, when one was given */
    public Optional<ConsentRecord> consentRecord() {
        return Optional.ofNullable(consent);
    }

    /**
     * @param step the review step to append to the chain; not null
     * @return a copy with the step appended
     */
    public NoteMetadata withStep(ReviewStep step) {
        List<ReviewStep> all = new java.util.ArrayList<>(history);
        all.add(Objects.requireNonNull(step, "step"));
        return new NoteMetadata(model, templateId, deidentification, created, status, signer, signedAt, warnings,
                replaces, riskScreen, all, utteranceIds, consent, labels);
    }

    /** @return which risk screen ran, when recorded */
    public Optional<String> riskScreenId() {
        return Optional.ofNullable(riskScreen);
    }

    /**
     * Metadata of a note that amends no other note.
     *
     * @param model the note model that drafted the note
     * @param templateId the template used
     * @param deidentification the de-identification policy applied
     * @param created when the draft was made
     * @param status the life-cycle status
     * @param signer the signing practitioner's id, or null before sign-off
     * @param signedAt when it was signed, or null before sign-off
     * @param warnings check warnings
     */
    public NoteMetadata(ModelInfo model, String templateId, String deidentification, Instant created,
                        Status status, String signer, Instant signedAt, List<String> warnings) {
        this(model, templateId, deidentification, created, status, signer, signedAt, warnings, null, null);
    }

    /** @return the id of the note this one amends, when it is an amendment */
    public Optional<String> amends() {
        return Optional.ofNullable(replaces);
    }

    /** @return the signer's id, once signed */
    public Optional<String> signedBy() {
        return Optional.ofNullable(signer);
    }

    /**
     * @param extra warnings to add
     * @return a copy with the warnings appended
     */
    public NoteMetadata withWarnings(List<String> extra) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(extra);
        return new NoteMetadata(model, templateId, deidentification, created, status, signer, signedAt, all, replaces,
                riskScreen, history, utteranceIds, consent, labels);
    }

    /**
     * Where a note is in its life. Every generated note starts {@link #PRELIMINARY}.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** Drafted by a model; not yet signed by a clinician. */
        PRELIMINARY,
        /** Signed by a clinician. */
        FINAL,
        /** Signed, then amended and signed again. */
        AMENDED
    }

    /**
     * One link in a note's review chain: a clinician signed or amended it. Each step names the digest of the
     * note as it stood before the step, so that a verifier holding the earlier file can confirm the chain;
     * the note's own digest (written by {@code NoteJson}) covers the whole chain.
     *
     * @param action what happened; not null
     * @param at when; not null
     * @param by the practitioner's FHIR id (a reference, never a name); not null
     * @param previousDigest SHA-256 (64 lower-case hex digits) of the canonical content before the step; not null
     * @param changes the review edits made in this step, without text: {@code edit subjective:2},
     *     {@code delete plan:1}, {@code add plan}; not null
     * @since 0.2.0
     */
    public record ReviewStep(Action action, Instant at, String by, String previousDigest, List<String> changes) {

        private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

        /** Validates and copies. */
        public ReviewStep {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(previousDigest, "previousDigest");
            if (!HEX64.matcher(previousDigest).matches()) {
                throw new IllegalArgumentException("previousDigest must be 64 lower-case hex digits");
            }
            changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        }

        /** What a review step did. */
        public enum Action {
            /** A preliminary note was signed: it became FINAL. */
            SIGNED,
            /** A signed note was amended and the amendment signed: AMENDED. */
            AMENDED
        }
    }
}
