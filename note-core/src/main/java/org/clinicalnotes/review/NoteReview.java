package org.clinicalnotes.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.render.NoteJson;

/**
 * A clinician's review of one note: edit, delete and add statements, then {@link #sign sign}.
 *
 * <pre>{@code
 * ClinicalNote signed = NoteReview.of(draft)
 *         .edit("plan", 0, "Start omeprazole 20 mg daily for 8 weeks.")
 *         .delete("subjective", 3)
 *         .add("plan", "Return if symptoms worsen.")
 *         .sign(Signature.of("prac-123", Instant.now()));        // FINAL
 *
 * ClinicalNote amended = NoteReview.amend(signed)
 *         .edit("plan", 0, "Start omeprazole 40 mg daily for 8 weeks.")
 *         .sign(Signature.of("prac-123", Instant.now()));        // AMENDED, replaces signed.id()
 * }</pre>
 *
 * <p>An edited statement keeps its evidence and support status and remembers the model's original
 * text ({@link NoteStatement#originalText()}); an added statement is
 * {@link NoteStatement.Support#CLINICIAN_AUTHORED} with no evidence. Statement indexes are 0-based within
 * their section. A note becomes FINAL or AMENDED only through {@link #sign(Signature)}, and a
 * {@link Signature} cannot exist without a practitioner id and a time.
 *
 * <p>A review is a mutable working copy: not thread-safe; use one per reviewer. The notes it takes
 * and returns are immutable.
 *
 * @since 0.1.0
 */
public final class NoteReview {

    private final ClinicalNote base;
    private final String newId;
    private final String replaces;
    private final List<NoteSection> sections;
    private final List<String> changes = new ArrayList<>();
    private boolean changed;

    private NoteReview(ClinicalNote base, String newId, String replaces) {
        this.base = base;
        this.newId = newId;
        this.replaces = replaces;
        this.sections = new ArrayList<>(base.sections());
    }

    /**
     * Starts the review of a preliminary note.
     *
     * @param note the note; not null
     * @return the review
     * @throws IllegalStateException when the note is already signed (use {@link #amend})
     */
    public static NoteReview of(ClinicalNote note) {
        Objects.requireNonNull(note, "note");
        if (note.status() != NoteMetadata.Status.PRELIMINARY) {
            throw new IllegalStateException("note " + note.id() + " is already signed; amend it instead");
        }
        return new NoteReview(note, note.id(), note.metadata().replaces());
    }

    /**
     * Starts an amendment of a signed note with a new random note id.
     *
     * @param signed a FINAL or AMENDED note; not null
     * @return the review; {@link #sign} gives an AMENDED note that replaces {@code signed}
     * @throws IllegalStateException when the note is not signed
     */
    public static NoteReview amend(ClinicalNote signed) {
        return amend(signed, UUID.randomUUID().toString());
    }

    /**
     * Starts an amendment of a signed note.
     *
     * @param signed a FINAL or AMENDED note; not null
     * @param newNoteId the amendment's id (a UUID string); not null
     * @return the review
     * @throws IllegalStateException when the note is not signed
     */
    public static NoteReview amend(ClinicalNote signed, String newNoteId) {
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(newNoteId, "newNoteId");
        if (signed.status() == NoteMetadata.Status.PRELIMINARY) {
            throw new IllegalStateException("note " + signed.id() + " is not signed; sign it instead of amending");
        }
        if (newNoteId.equals(signed.id())) {
            throw new IllegalArgumentException("an amendment needs a new note id");
        }
        return new NoteReview(signed, newNoteId, signed.id());
    }

    /**
     * Replaces a statement's text, keeping its evidence, support status and the model's original text.
     *
     * @param sectionId the section id; not null
     * @param index 0-based statement index within the section
     * @param newText the clinician's text; not blank
     * @return this review
     * @throws IllegalArgumentException when the section or statement does not exist or the text is blank
     */
    public NoteReview edit(String sectionId, int index, String newText) {
        Objects.requireNonNull(newText, "newText");
        int s = sectionIndex(sectionId);
        NoteSection section = sections.get(s);
        NoteStatement old = statement(section, index);
        String original = old.originalText() != null ? old.originalText() : old.text();
        List<NoteStatement> sts = new ArrayList<>(section.statements());
        sts.set(index, new NoteStatement(newText, old.evidence(), old.support(), original));
        sections.set(s, section.withStatements(sts));
        changed = true;
        changes.add("edit " + sectionId + ":" + (index + 1));
        return this;
    }

    /**
     * Removes a statement.
     *
     * @param sectionId the section id; not null
     * @param index 0-based statement index within the section
     * @return this review
     * @throws IllegalArgumentException when the section or statement does not exist
     */
    public NoteReview delete(String sectionId, int index) {
        int s = sectionIndex(sectionId);
        NoteSection section = sections.get(s);
        statement(section, index);
        List<NoteStatement> sts = new ArrayList<>(section.statements());
        sts.remove(index);
        sections.set(s, section.withStatements(sts));
        changed = true;
        changes.add("delete " + sectionId + ":" + (index + 1));
        return this;
    }

    /**
     * Appends a clinician-authored statement (no evidence) to a section.
     *
     * @param sectionId the section id; not null
     * @param text the statement; not blank
     * @return this review
     * @throws IllegalArgumentException when the section does not exist or the text is blank
     */
    public NoteReview add(String sectionId, String text) {
        int s = sectionIndex(sectionId);
        return add(sectionId, sections.get(s).statements().size(), text);
    }

    /**
     * Inserts a clinician-authored statement (no evidence) at a position in a section.
     *
     * @param sectionId the section id; not null
     * @param index 0-based position, from 0 to the section's statement count
     * @param text the statement; not blank
     * @return this review
     * @throws IllegalArgumentException when the section does not exist, the position is out of range
     *     or the text is blank
     */
    public NoteReview add(String sectionId, int index, String text) {
        Objects.requireNonNull(text, "text");
        int s = sectionIndex(sectionId);
        NoteSection section = sections.get(s);
        if (index < 0 || index > section.statements().size()) {
            throw new IllegalArgumentException("section '" + sectionId + "' has " + section.statements().size()
                    + " statements; cannot insert at " + index);
        }
        List<NoteStatement> sts = new ArrayList<>(section.statements());
        sts.add(index, new NoteStatement(text, List.of(), NoteStatement.Support.CLINICIAN_AUTHORED, null));
        sections.set(s, section.withStatements(sts));
        changed = true;
        changes.add("add " + sectionId + ":" + (index + 1));
        return this;
    }

    /** @return whether any edit, deletion or addition was made */
    public boolean hasChanges() {
        return changed;
    }

    /** @return whether this review amends a signed note */
    public boolean isAmendment() {
        return replaces != null;
    }

    /**
     * The reviewed note as it stands, still {@link NoteMetadata.Status#PRELIMINARY}: for saving work in progress.
     *
     * @return the unsigned note
     */
    public ClinicalNote draft() {
        NoteMetadata m = base.metadata();
        return new ClinicalNote(newId, sections, base.riskFlags(), base.measures(), base.medications(),
                new NoteMetadata(m.model(), m.templateId(), m.deidentification(), m.created(),
                        NoteMetadata.Status.PRELIMINARY, null, null, m.warnings(), replaces,
                        m.riskScreen(), m.history(), m.utteranceIds(), m.consent(), m.labels()));
    }

    /**
     * Signs the reviewed note: FINAL for a first sign-off, AMENDED for an amendment.
     *
     * @param signature who signs and when; not null
     * @return the signed note
     * @throws IllegalArgumentException when the signing time is before the note was created
     */
    public ClinicalNote sign(Signature signature) {
        Objects.requireNonNull(signature, "signature");
        NoteMetadata m = base.metadata();
        if (signature.signedAt().isBefore(m.created())) {
            throw new IllegalArgumentException("a note cannot be signed before it was created");
        }
        if (replaces != null && base.status() != NoteMetadata.Status.PRELIMINARY
                && signature.signedAt().isBefore(base.metadata().signedAt())) {
            throw new IllegalArgumentException("an amendment cannot be signed before the note it amends");
        }
        NoteMetadata.Status status = replaces != null ? NoteMetadata.Status.AMENDED : NoteMetadata.Status.FINAL;
        NoteMetadata.ReviewStep step = new NoteMetadata.ReviewStep(replaces != null ? NoteMetadata.ReviewStep.Action.AMENDED : NoteMetadata.ReviewStep.Action.SIGNED,
                signature.signedAt(), signature.practitionerId(), NoteJson.digest(base), changes);
        return new ClinicalNote(newId, sections, base.riskFlags(), base.measures(), base.medications(),
                new NoteMetadata(m.model(), m.templateId(), m.deidentification(), m.created(), status,
                        signature.practitionerId(), signature.signedAt(), m.warnings(), replaces,
                        m.riskScreen(), m.history(), m.utteranceIds(), m.consent(), m.labels()).withStep(step));
    }

    /**
     * Shorthand for {@code sign(Signature.of(practitionerId, signedAt))}.
     *
     * @param practitionerId the signer's id
     * @param signedAt when
     * @return the signed note
     */
    public ClinicalNote sign(String practitionerId, java.time.Instant signedAt) {
        return sign(Signature.of(practitionerId, signedAt));
    }

    private int sectionIndex(String sectionId) {
        Objects.requireNonNull(sectionId, "sectionId");
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the note has no section '" + sectionId + "'");
    }

    private static NoteStatement statement(NoteSection section, int index) {
        if (index < 0 || index >= section.statements().size()) {
            throw new IllegalArgumentException("section '" + section.id() + "' has " + section.statements().size()
                    + " statements; no statement " + index);
        }
        return section.statements().get(index);
    }

    @Override
    public String toString() {
        return "NoteReview[note=" + base.id() + ", amendment=" + isAmendment() + ", changed=" + changed + "]";
    }
}
