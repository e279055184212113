package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.R4Validation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan sign --key} and {@code verify} on a plan.json: a plan is JWS-signed and checked as a note is. */
class PlanKeySignCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path signedPlan(Path privateKey) {
        Path draft = dir.resolve("plan");
        assertThat(GenerateCommandTest.cli("plan", "samples/course-client", "-o", draft.toString(), "--patient-id",
                "p-sam").code()).isZero();
        Path signed = dir.resolve("signed");
        CliRun r = GenerateCommandTest.cli("plan", "sign", draft.toString(), "--practitioner-id", "dr-1", "--key",
                privateKey.toString(), "--signed-at", "2026-04-08T10:00:00Z", "-o", signed.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Signature: JWS with the RSA key from signer.pem");
        return signed;
    }

    private Path[] rsaKeys() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(2048);
        KeyPair kp = kpg.generateKeyPair();
        Path priv = dir.resolve("signer.pem");
        Files.writeString(priv, PrivacyCliTest.pem("PRIVATE KEY", kp.getPrivate().getEncoded()));
        Path pub = dir.resolve("signer-public.pem");
        Files.writeString(pub, PrivacyCliTest.pem("PUBLIC KEY", kp.getPublic().getEncoded()));
        return new Path[] {priv, pub};
    }

    @Test
    void a_plan_signed_with_a_key_carries_its_jws_and_verify_checks_it() throws Exception {
        Path[] keys = rsaKeys();
        Path signed = signedPlan(keys[0]);

        JsonNode json = JSON.readTree(signed.resolve("plan.json").toFile());
        String jws = json.get("integrity").get("signature").asText();
        assertThat(jws.split("\\.")).hasSize(3);
        Bundle b = FhirContexts.jsonParser().parseResource(Bundle.class,
                Files.readString(signed.resolve("careplan-bundle.json"), StandardCharsets.UTF_8));
        Provenance prov = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Provenance.class::isInstance).map(Provenance.class::cast).findFirst().orElseThrow();
        assertThat(Files.readString(signed.resolve("plan.md"))).contains("Signed with a JWS (RSA key)");
        assertThat(prov.getSignature()).hasSize(1);
        assertThat(prov.getSignatureFirstRep().getSigFormat()).isEqualTo("application/jose");
        assertThat(new String(prov.getSignatureFirstRep().getData(), StandardCharsets.US_ASCII)).isEqualTo(jws);
        assertThat(prov.getSignatureFirstRep().getWho().getReference()).isEqualTo("Practitioner/dr-1");
        assertThat(R4Validation.errors(b)).as(() -> R4Validation.describe(R4Validation.errors(b))).isEmpty();

        CliRun v = GenerateCommandTest.cli("verify", signed.resolve("plan.json").toString(), "--key",
                keys[1].toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("treatment plan, digest OK", "ACTIVE signed by Practitioner/dr-1",
                "signature: OK (RSA key from signer-public.pem)");
        CliRun noKey = GenerateCommandTest.cli("verify", signed.resolve("plan.json").toString());
        assertThat(noKey.code()).isZero();
        assertThat(noKey.out()).contains("signature: present, not checked");
    }

    @Test
    void a_changed_signed_plan_another_key_and_an_unsigned_plan_are_refused_naming_the_file() throws Exception {
        Path[] keys = rsaKeys();
        Path signed = signedPlan(keys[0]);
        Path file = signed.resolve("plan.json");
        String original = Files.readString(file);

        Files.writeString(file, original.replaceFirst("\"below\" : \\d+\\.0", "\"below\" : 27.0"));
        CliRun changed = GenerateCommandTest.cli("verify", file.toString(), "--key", keys[1].toString());
        assertThat(changed.code()).isEqualTo(3);
        assertThat(changed.err()).contains("CN-5160", "plan.json").doesNotContain("Exception");

        // a plan re-sealed by hand (digest recomputed) keeps its old signature: the signature refuses it
        Files.writeString(file, original.replace("\"signer\" : \"dr-1\"", "\"signer\" : \"dr-9\""));
        String resealed = reseal(Files.readString(file));
        Files.writeString(file, resealed);
        CliRun forged = GenerateCommandTest.cli("verify", file.toString(), "--key", keys[1].toString());
        assertThat(forged.code()).as(forged.out()).isEqualTo(3);
        assertThat(forged.err()).contains("CN-5250", "plan.json", "differs");

        Files.writeString(file, original);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        Path other = dir.resolve("other.pem");
        Files.writeString(other, PrivacyCliTest.pem("PUBLIC KEY", ec.generateKeyPair().getPublic().getEncoded()));
        CliRun wrongKey = GenerateCommandTest.cli("verify", file.toString(), "--key", other.toString());
        assertThat(wrongKey.code()).isEqualTo(3);
        assertThat(wrongKey.err()).contains("CN-5250", "plan.json");

        CliRun unsigned = GenerateCommandTest.cli("verify", dir.resolve("plan").resolve("plan.json").toString(),
                "--key", keys[1].toString());
        assertThat(unsigned.code()).isEqualTo(3);
        assertThat(unsigned.err()).contains("CN-5251", "plan.json");
    }

    /** Recomputes integrity.digest the way plan.json does, as someone forging a plan by hand would. */
    private static String reseal(String text) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(text);
        String digest = org.clinicalnotes.internal.CanonicalJson.sha256Without(root, "integrity", "a plan");
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("integrity")).put("digest", digest);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
