package org.clinicalnotes.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;

/**
 * A clinician's sign-off: who (a practitioner id, never a name) and when. The only way to make a
 * note {@link NoteMetadata.Status#FINAL} or {@link NoteMetadata.Status#AMENDED} through {@link NoteReview} is to pass
 * one, and one cannot exist without both parts.
 *
 * @param practitionerId the signer's id, usable as a FHIR {@code Practitioner} id: letters, digits,
 *     {@code -} and {@code .}, 1 to 64 characters; not null
 * @param signedAt when the note was signed; not null
 * @since 0.1.0
 */
public record Signature(String practitionerId, Instant signedAt) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /** Validates. */
    public Signature {
        Objects.requireNonNull(practitionerId, "practitionerId");
        Objects.requireNonNull(signedAt, "signedAt");
        if (!ID.matcher(practitionerId).matches()) {
            throw new IllegalArgumentException(
                    "practitioner id must be 1 to 64 letters, digits, '-' or '.' (a FHIR id)");
        }
    }

    /**
     * @param practitionerId the signer's id
     * @param signedAt when
     * @return the signature
     */
    public static Signature of(String practitionerId, Instant signedAt) {
        return new Signature(practitionerId, signedAt);
    }

    /**
     * @param id a candidate practitioner id
     * @return whether it is usable as a FHIR id
     */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * @param note a note; not null
     * @return the note's signature, when it is signed
     */
    public static Optional<Signature> of(ClinicalNote note) {
        Objects.requireNonNull(note, "note");
        if (note.status() == NoteMetadata.Status.PRELIMINARY) {
            return Optional.empty();
        }
        return Optional.of(new Signature(note.metadata().signer(), note.metadata().signedAt()));
    }
}
