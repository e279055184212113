package org.clinicalnotes.fhir;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.fhir.internal.Jws;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.render.NoteJson;
import org.hl7.fhir.r4.model.Provenance;

/**
 * JWS signatures on signed notes, with a key the vendor supplies (RS256 for an RSA key, ES256 for a P-256
 * EC key; see {@link SigningKeys}), through nimbus-jose-jwt, with the JWS core that treatment plans share.
 * The signed payload is {@code {"noteId", "digest", "status", "signer", "signedAt"}}: the digest is the
 * note's canonical SHA-256 ({@link NoteJson#digest}), so the signature covers every statement, flag, label and the review chain.
 * The compact JWS goes into {@code note.json} ({@code integrity.signature}) and into
 * {@code Provenance.signature} (type verification signature, {@code sigFormat application/jose}).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class NoteSignatures {

    private NoteSignatures() {
    }

    /**
     * @param note a signed (FINAL or AMENDED) note; not null
     * @param key the signing key; not null
     * @return the compact JWS
     * @throws IllegalArgumentException when the note is not signed
     */
    public static String sign(ClinicalNote note, SigningKeys.KeyPair key) {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(key, "key");
        if (note.status() == NoteMetadata.Status.PRELIMINARY) {
            throw new IllegalArgumentException("only a signed note carries a signature");
        }
        return Jws.sign(claims(note), key, "clinical-note+jws");
    }

    private static Map<String, Object> claims(ClinicalNote note) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("noteId", note.id());
        c.put("digest", NoteJson.digest(note));
        c.put("status", note.status().name());
        c.put("signer", note.metadata().signer());
        c.put("signedAt", note.metadata().signedAt().toString());
        return c;
    }

    /**
     * Checks a signature against a note and a public key.
     *
     * @param note the note as read back; not null
     * @param jws the compact JWS; not null
     * @param key the signer's public key; not null
     * @param source a name for messages (the note's file name)
     * @throws BadInputException CN-3321 when the signature does not verify with the key or does not match
     *     the note (other digest, id, status, signer or time)
     */
    public static void verify(ClinicalNote note, String jws, PublicKey key, String source) {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(jws, "jws");
        Objects.requireNonNull(key, "key");
        Jws.verify(jws, key, claims(note), what -> invalid(source, what));
    }

    /**
     * Adds the signature to a Provenance: type verification signature, when and who as in the note.
     *
     * @param provenance the note's Provenance; not null
     * @param note the signed note; not null
     * @param jws the compact JWS; not null
     */
    public static void attach(Provenance provenance, ClinicalNote note, String jws) {
        Jws.attach(provenance, note.metadata().signedAt(), note.metadata().signer(), jws);
    }

    private static BadInputException invalid(String source, String what) {
        return new BadInputException("CN-3321", source, 0, what,
                "Do not trust this note's signature; ask the signer for the note as signed.", null);
    }
}
