package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.R4Validation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consent, sensitivity labels, audit and signatures through the command line, validated as FHIR R4. */
class PrivacyCliTest {

    @TempDir
    Path dir;

    /** The environment and de-identifier the CLI sees in this test. */
    private CliContext context = CliContext.system();

    CliRun cli(String... args) {
        return CliRun.of(context, args);
    }

    static final String SESSION = "[therapist] How has the week been?\n"
            + "[client] I relapsed on alcohol on Friday and my partner hit me again.\n"
            + "[therapist] I'm sorry. Are you safe at home tonight?\n"
            + "[client] I think so. My HIV clinic visit went fine at least.\n"
            + "[therapist] Let's make a safety plan together and talk about detox options.\n";

    static IBaseResource parse(Path file) throws Exception {
        return FhirContexts.r4().newJsonParser().parseResource(Files.readString(file, StandardCharsets.UTF_8));
    }

    static void assertValid(IBaseResource r, String what) {
        assertThat(R4Validation.errors(r)).as(what + "\n" + R4Validation.describe(R4Validation.errors(r))).isEmpty();
    }

    Path session() throws Exception {
        Path t = dir.resolve("session.txt");
        Files.writeString(t, SESSION);
        return t;
    }

    Path consent() throws Exception {
        Path c = dir.resolve("consent.json");
        Files.writeString(c, "{\"id\": \"consent-7\", \"date\": \"2026-01-05\", "
                + "\"scopes\": [\"RECORDING\", \"AI_DRAFTING\"], \"method\": \"verbal\"}");
        return c;
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    @Test
    void a_consented_labelled_signed_note_round_trips_through_sign_verify_and_fhir_validation() throws Exception {
        Path gen = dir.resolve("gen");
        Path audit = dir.resolve("audit.jsonl");
        CliRun g = cli("generate", session().toString(), "-t", "dap", "--out", gen.toString(), "--patient-id", "p-1",
                "--consent", consent().toString(), "--require-consent", "--audit", audit.toString());
        assertThat(g.code()).as(g.err()).isZero();

        Bundle bundle = (Bundle) parse(gen.resolve("bundle.json"));
        assertValid(bundle, "bundle");
        DocumentReference doc = (DocumentReference) bundle.getEntryFirstRep().getResource();
        assertThat(doc.getMeta().getSecurity()).extracting(Coding::getCode)
                .contains("AIAST", "R", "PSY", "ETH", "42CFRPart2", "SDV", "HIV");
        assertThat(doc.getContext().getRelatedFirstRep().getReference()).isEqualTo("Consent/consent-7");
        Provenance prov = (Provenance) bundle.getEntry().get(2).getResource();
        assertThat(prov.getEntity()).anySatisfy(e -> assertThat(e.getWhat().getReference())
                .isEqualTo("Consent/consent-7"));
        for (Bundle.BundleEntryComponent e : bundle.getEntry().subList(3, bundle.getEntry().size())) {
            assertThat(e.getResource().getMeta().getSecurity()).extracting(Coding::getCode).contains("R", "SDV");
        }
        assertThat(Files.readString(gen.resolve("note.json"))).contains("\"consent\"", "\"sensitivity\"",
                "\"term:hiv\"");

        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(2048);
        KeyPair kp = kpg.generateKeyPair();
        Path priv = dir.resolve("signer.pem");
        Files.writeString(priv, pem("PRIVATE KEY", kp.getPrivate().getEncoded()));
        Path pub = dir.resolve("signer-public.pem");
        Files.writeString(pub, pem("PUBLIC KEY", kp.getPublic().getEncoded()));

        Path signed = dir.resolve("signed");
        CliRun s = cli("sign", gen.resolve("note.json").toString(), "--practitioner-id", "dr-1", "--key",
                priv.toString(), "--out", signed.toString(), "--audit", audit.toString());
        assertThat(s.code()).as(s.err()).isZero();
        Bundle sb = (Bundle) parse(signed.resolve("bundle.json"));
        assertValid(sb, "signed bundle");
        Provenance sp = (Provenance) sb.getEntry().get(2).getResource();
        assertThat(sp.getSignatureFirstRep().getSigFormat()).isEqualTo("application/jose");
        assertThat(new String(sp.getSignatureFirstRep().getData(), StandardCharsets.US_ASCII)).contains(".");

        CliRun v = cli("verify", signed.resolve("note.json").toString(), "--key", pub.toString(),
                "--audit", audit.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("digest OK").contains("signature: OK");

        List<String> lines = Files.readAllLines(audit);
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            AuditEvent e = FhirContexts.r4().newJsonParser().parseResource(AuditEvent.class, line);
            assertValid(e, "audit event");
            assertThat(line).doesNotContain("alcohol").doesNotContain("HIV clinic");
        }
    }

    @Test
    void verify_refuses_a_signature_from_another_key_and_a_note_without_one() throws Exception {
        Path gen = dir.resolve("gen");
        assertThat(cli("generate", session().toString(), "--out", gen.toString()).code()).isZero();
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(256);
        KeyPair signer = kpg.generateKeyPair();
        KeyPair other = kpg.generateKeyPair();
        Path priv = dir.resolve("ec.pem");
        Files.writeString(priv, pem("PRIVATE KEY", signer.getPrivate().getEncoded()));
        Path otherPub = dir.resolve("other.pem");
        Files.writeString(otherPub, pem("PUBLIC KEY", other.getPublic().getEncoded()));
        Path signerPub = dir.resolve("signer-pub.pem");
        Files.writeString(signerPub, pem("PUBLIC KEY", signer.getPublic().getEncoded()));
        Path signed = dir.resolve("signed");
        CliRun s = cli("sign", gen.resolve("note.json").toString(), "--practitioner-id", "dr-1", "--key",
                priv.toString(), "--out", signed.toString(), "--patient-id", "p-1");
        assertThat(s.code()).as(s.err()).isZero();

        assertThat(cli("verify", signed.resolve("note.json").toString(), "--key", signerPub.toString()).code())
                .isZero();
        CliRun wrong = cli("verify", signed.resolve("note.json").toString(), "--key", otherPub.toString());
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err()).contains("CN-3321").contains("does not verify");
        CliRun none = cli("verify", gen.resolve("note.json").toString(), "--key", signerPub.toString());
        assertThat(none.code()).isEqualTo(3);
        assertThat(none.err()).contains("CN-3322");
    }

    @Test
    void a_pkcs12_key_signs_and_verifies_with_its_password_from_the_environment() throws Exception {
        Path p12 = dir.resolve("signer.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "EC", "-groupname", "secp256r1", "-alias", "signer", "-dname", "CN=Test",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "s3cret-pass", "-validity", "2")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        context = context.withEnvironment(Map.of("CLINICAL_NOTES_KEY_PASSWORD", "s3cret-pass")::get);

        Path gen = dir.resolve("gen");
        assertThat(cli("generate", session().toString(), "--out", gen.toString()).code()).isZero();
        Path signed = dir.resolve("signed");
        CliRun s = cli("sign", gen.resolve("note.json").toString(), "--practitioner-id", "dr-1", "--key",
                p12.toString(), "--out", signed.toString(), "--patient-id", "p-1");
        assertThat(s.code()).as(s.err()).isZero();
        CliRun v = cli("verify", signed.resolve("note.json").toString(), "--key", p12.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("signature: OK");
    }

    @Test
    void require_consent_without_consent_exits_3_and_a_fhir_consent_is_accepted() throws Exception {
        CliRun r = cli("generate", session().toString(), "--out", dir.resolve("o").toString(), "--require-consent");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("CN-3310");

        Path fhirConsent = dir.resolve("consent-fhir.json");
        Files.writeString(fhirConsent, """
                {"resourceType": "Consent", "id": "c-fhir-1", "status": "active",
                 "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                           "code": "treatment"}]},
                 "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
                 "patient": {"reference": "Patient/p-1"}, "dateTime": "2026-01-05T10:00:00Z",
                 "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                "code": "OPTIN"}]},
                 "provision": {"type": "permit", "action": [
                   {"coding": [{"system": "urn:clinicalnotes:consent-scope", "code": "RECORDING"}]},
                   {"coding": [{"system": "urn:clinicalnotes:consent-scope", "code": "AI_DRAFTING"}]}]}}
                """);
        CliRun ok = cli("generate", session().toString(), "--out", dir.resolve("o2").toString(), "--require-consent",
                "--consent", fhirConsent.toString(), "--patient-id", "p-1");
        assertThat(ok.code()).as(ok.err()).isZero();
        DocumentReference doc = (DocumentReference) parse(dir.resolve("o2/document-reference.json"));
        assertThat(doc.getContext().getRelatedFirstRep().getReference()).isEqualTo("Consent/c-fhir-1");
        assertValid(doc, "document reference");
    }
}
