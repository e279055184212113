package org.clinicalnotes.fhir.internal;

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
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.fhir.SigningKeys;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;

/**
 * The JWS core that signed documents share (notes through {@code NoteSignatures}, treatment plans through
 * {@code PlanSignatures}): RS256 for an RSA key, ES256 for a P-256 EC key, through nimbus-jose-jwt; a compact JWS
 * over a small claims object that names the document's canonical SHA-256; and the FHIR {@code Provenance.signature}
 * that carries it. Stateless and thread-safe. Internal: not part of the public API.
 */
public final class Jws {

    /** ASTM E1762-95 signature type: verification signature. */
    public static final Coding VERIFICATION = new Coding("urn:iso-astm:E1762-95:2013", "1.2.840.10065.1.12.1.5",
            "Verification Signature");

    private Jws() {
    }

    /**
     * @param claims the payload (insertion order kept); not null
     * @param key the signing key; not null, with a private half
     * @param type the JWS {@code typ} header, such as {@code clinical-note+jws}; not null
     * @return the compact JWS
     * @throws BadInputException CN-3320 when the key is neither RSA nor EC, or cannot sign
     */
    public static String sign(Map<String, Object> claims, SigningKeys.KeyPair key, String type) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
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
            JWSObject jws = new JWSObject(new JWSHeader.Builder(alg).type(new JOSEObjectType(type)).build(),
                    new Payload(claims));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new BadInputException("CN-3320", key.source(), 0, "the key cannot sign (" + e.getClass()
                    .getSimpleName() + ")", "Use an RSA key of 2048 bits or more, or a P-256 EC key.", null);
        }
    }

    /**
     * Checks a compact JWS with a public key and against the claims the document gives now.
     *
     * @param jws the compact JWS; not null
     * @param key the signer's public key; not null
     * @param expected the claims of the document as read back; not null
     * @param invalid builds the caller's typed error from what failed; not null
     * @throws RuntimeException what {@code invalid} builds, when the signature does not verify or does not match
     */
    public static void verify(String jws, PublicKey key, Map<String, Object> expected,
                              Function<String, ? extends RuntimeException> invalid) {
        Objects.requireNonNull(jws, "jws");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(invalid, "invalid");
        JWSObject parsed;
        try {
            parsed = JWSObject.parse(jws);
        } catch (ParseException e) {
            throw invalid.apply("the signature is not a compact JWS");
        }
        try {
            JWSVerifier v;
            if (key instanceof RSAPublicKey rsa && JWSAlgorithm.RS256.equals(parsed.getHeader().getAlgorithm())) {
                v = new RSASSAVerifier(rsa);
            } else if (key instanceof ECPublicKey ec
                    && JWSAlgorithm.ES256.equals(parsed.getHeader().getAlgorithm())) {
                v = new ECDSAVerifier(ec);
            } else {
                throw invalid.apply("the signature's algorithm (" + parsed.getHeader().getAlgorithm()
                        + ") does not fit the key");
            }
            if (!parsed.verify(v)) {
                throw invalid.apply("the signature does not verify with this key");
            }
        } catch (JOSEException e) {
            throw invalid.apply("the signature cannot be checked with this key");
        }
        Map<String, Object> got = parsed.getPayload().toJSONObject();
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            if (got == null || !String.valueOf(e.getValue()).equals(String.valueOf(got.get(e.getKey())))) {
                throw invalid.apply("the signature is valid but was made for another document or version ("
                        + e.getKey() + " differs)");
            }
        }
    }

    /**
     * Adds a verification signature to a Provenance.
     *
     * @param provenance the Provenance; not null
     * @param when when it was signed; not null
     * @param practitionerId the signer's FHIR Practitioner id; not null
     * @param jws the compact JWS; not null
     */
    public static void attach(Provenance provenance, Instant when, String practitionerId, String jws) {
        Signature s = provenance.addSignature();
        s.addType(VERIFICATION.copy());
        s.setWhen(Date.from(when));
        s.setWho(new Reference("Practitioner/" + practitionerId));
        s.setSigFormat("application/jose");
        s.setTargetFormat("application/json");
        s.setData(jws.getBytes(StandardCharsets.US_ASCII));
    }
}
