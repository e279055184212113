package org.clinicalnotes.fhir;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.render.NoteJson;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;

/**
 * JWS signatures on signed notes, with a key the vendor supplies (RS256 for an RSA key, ES256 for a P-256
 * EC key; see {@link SigningKeys}), through nimbus-jose-jwt. The signed payload is
 * {@code {"noteId", "digest", "status", "signer", "signedAt"}}: the digest is the note's canonical SHA-256
 * ({@link NoteJson#digest}), so the signature covers every statement, flag, label and the review chain.
 * The compact JWS goes into {@code note.json} ({@code integrity.signature}) and into
 * {@code Provenance.signature} (type verification signature, {@code sigFormat application/jose}).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class NoteSignatures {

    /** ASTM E1762-95 signature type: verification signature. */
    static final Coding VERIFICATION = new Coding("urn:iso-astm:E1762-95:2013", "1.2.840.10065.1.12.1.5",
            "Verification Signature");

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
        PrivateKey k = key.privateKey();
        try {
            JWSAlgorithm alg;
            JWSSigner signer;
            if (k instanceof RSAPrivateKey rsa) {
                alg = JWSAlgorithm.RS256;
                signer = new RSASSASigner(rsa);
            } else if (k instanceof ECPrivateKey ec) {
                alg = JWSAlgorithm.ES256;
                signer = new ECDSASigner(ec);
            } else {
                throw new BadInputException("CN-3320", key.source(), 0, "the key is neither RSA nor EC",
                        "Use an RSA key (RS256) or a P-256 EC key (ES256).", null);
            }
            JWSObject jws = new JWSObject(new JWSHeader.Builder(alg).type(new JOSEObjectType("clinical-note+jws"))
                    .build(), new Payload(claims(note)));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new BadInputException("CN-3320", key.source(), 0, "the key cannot sign (" + e.getClass()
                    .getSimpleName() + ")", "Use an RSA key of 2048 bits or more, or a P-256 EC key.", null);
        }
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
        JWSObject parsed;
        try {
            parsed = JWSObject.parse(jws);
        } catch (ParseException e) {
            throw invalid(source, "the signature is not a compact JWS");
        }
        try {
            JWSVerifier v;
            if (key instanceof RSAPublicKey rsa && JWSAlgorithm.RS256.equals(parsed.getHeader().getAlgorithm())) {
                v = new RSASSAVerifier(rsa);
            } else if (key instanceof ECPublicKey ec
                    && JWSAlgorithm.ES256.equals(parsed.getHeader().getAlgorithm())) {
                v = new ECDSAVerifier(ec);
            } else {
                throw invalid(source, "the signature's algorithm (" + parsed.getHeader().getAlgorithm()
                        + ") does not fit the key");
            }
            if (!parsed.verify(v)) {
                throw invalid(source, "the signature does not verify with this key");
            }
        } catch (JOSEException e) {
            throw invalid(source, "the signature cannot be checked with this key");
        }
        Map<String, Object> expected = claims(note);
        Map<String, Object> got = parsed.getPayload().toJSONObject();
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            if (got == null || !String.valueOf(e.getValue()).equals(String.valueOf(got.get(e.getKey())))) {
                throw invalid(source, "the signature is valid but was made for another note or version ("
                        + e.getKey() + " differs)");
            }
        }
    }

    /**
     * Adds the signature to a Provenance: type verification signature, when and who as in the note.
     *
     * @param provenance the note's Provenance; not null
     * @param note the signed note; not null
     * @param jws the compact JWS; not null
     */
    public static void attach(Provenance provenance, ClinicalNote note, String jws) {
        Signature s = provenance.addSignature();
        s.addType(VERIFICATION.copy());
        s.setWhen(Date.from(note.metadata().signedAt()));
        s.setWho(new Reference("Practitioner/" + note.metadata().signer()));
        s.setSigFormat("application/jose");
        s.setTargetFormat("application/json");
        s.setData(jws.getBytes(StandardCharsets.US_ASCII));
    }

    private static BadInputException invalid(String source, String what) {
        return new BadInputException("CN-3321", source, 0, what,
                "Do not trust this note's signature; ask the signer for the note as signed.", null);
    }
}
