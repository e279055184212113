package org.clinicalnotes.fhir.course;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.course.PlanDocument;
import org.clinicalnotes.fhir.SigningKeys;
import org.clinicalnotes.fhir.internal.Jws;
import org.hl7.fhir.r4.model.Provenance;

/**
 * JWS signatures on signed treatment plans, exactly as notes are signed ({@code NoteSignatures}: the same key files
 * through {@link SigningKeys}, RS256 for an RSA key, ES256 for a P-256 EC key, the same JWS code). The signed
 * payload is {@code {"kind", "patientId", "digest", "status", "signer", "signedAt", "reviewedDigest"}}: the digest
 * is the signed plan's canonical SHA-256 ({@link PlanDocument#digest()}), so the signature covers every problem,
 * goal, intervention, measure, their evidence and the clinician's edits. The compact JWS goes into
 * {@code plan.json} ({@code integrity.signature}, see {@link PlanDocument#toJson(String)}) and into the CarePlan's
 * {@code Provenance.signature} ({@link CarePlanMapper#map(PlanDocument, String)}).
 *
 * <pre>{@code
 * SigningKeys.KeyPair key = SigningKeys.load(Path.of("dr-1.p12"), password);
 * PlanDocument signed = draft.sign("dr-1", Instant.now());
 * String jws = PlanSignatures.sign(signed, key);
 * Files.writeString(dir.resolve("plan.json"), signed.toJson(jws));
 * // later
 * PlanSignatures.verify(PlanDocument.read(text, "plan.json"), PlanDocument.signature(text).orElseThrow(),
 *         SigningKeys.load(Path.of("dr-1.pem"), null).publicKey(), "plan.json");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.3.0
 */
public final class PlanSignatures {

    private PlanSignatures() {
    }

    /**
     * @param plan a signed (ACTIVE) plan; not null
     * @param key the signing key, with its private half; not null
     * @return the compact JWS
     * @throws IllegalArgumentException when the plan is not signed
     * @throws BadInputException CN-3320 when the key cannot sign
     */
    public static String sign(PlanDocument plan, SigningKeys.KeyPair key) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(key, "key");
        if (!plan.signed()) {
            throw new IllegalArgumentException("only a signed plan carries a signature");
        }
        return Jws.sign(claims(plan), key, "treatment-plan+jws");
    }

    /**
     * Checks a plan's signature with the signer's public key and against the plan as read back.
     *
     * @param plan the plan as read back (its digest already checked by {@link PlanDocument#read}); not null
     * @param jws the compact JWS; not null
     * @param key the signer's public key; not null
     * @param source the plan's file name, for messages
     * @throws BadInputException CN-5250 when the signature does not verify with the key or was made for another
     *     plan or version (other digest, patient, status, signer or time)
     */
    public static void verify(PlanDocument plan, String jws, PublicKey key, String source) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(jws, "jws");
        Objects.requireNonNull(key, "key");
        Jws.verify(jws, key, claims(plan), what -> new BadInputException("CN-5250", source, 0, what,
                "Do not trust this plan's signature; ask the signer for the plan as signed.", null));
    }

    /**
     * Adds the signature to the plan's Provenance: type verification signature, when and who as in the plan.
     *
     * @param provenance the CarePlan's Provenance; not null
     * @param plan the signed plan; not null
     * @param jws the compact JWS; not null
     */
    public static void attach(Provenance provenance, PlanDocument plan, String jws) {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(jws, "jws");
        if (!plan.signed()) {
            throw new IllegalArgumentException("only a signed plan carries a signature");
        }
        Jws.attach(provenance, plan.signedAt(), plan.signer(), jws);
    }

    private static Map<String, Object> claims(PlanDocument plan) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", "treatment-plan");
        c.put("patientId", plan.patientId());
        c.put("digest", plan.digest());
        c.put("status", plan.status().name());
        c.put("signer", plan.signer());
        c.put("signedAt", String.valueOf(plan.signedAt()));
        c.put("reviewedDigest", plan.reviewedDigest());
        return c;
    }
}
