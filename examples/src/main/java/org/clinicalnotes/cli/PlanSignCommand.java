package org.clinicalnotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.course.PlanDocument;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.SigningKeys;
import org.clinicalnotes.fhir.course.CarePlanMapper;
import org.clinicalnotes.fhir.course.PlanSignatures;
import org.clinicalnotes.privacy.AuditListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plan sign PLAN_DIR --practitioner-id ID}: the clinician's sign-off of a plan, DRAFT to ACTIVE. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Signs a treatment-plan draft after review (optionally with --edit and --delete): the plan",
            "becomes ACTIVE, names its signer and time, and its CarePlan turns active with the clinician as the",
            "Provenance's verifier. Checks the draft's digest first (and --digest, the one shown in plan.md).",
            "Writes plan.json, plan.md and careplan-bundle.json to DIR (default: 'signed-plan' beside PLAN_DIR)."})
final class PlanSignCommand implements Callable<Integer> {

    private static final Pattern EDIT = Pattern.compile("([a-z]+):(\\d+)=(.+)", Pattern.DOTALL);
    private static final Pattern DELETE = Pattern.compile("([a-z]+):(\\d+)");

    @Parameters(index = "0", paramLabel = "PLAN", description = "The folder 'plan' wrote (or its plan.json).")
    Path input;

    @Option(names = "--practitioner-id", paramLabel = "ID", required = true,
            description = "FHIR Practitioner id of the signing clinician (required).")
    String practitionerId;

    @Option(names = "--digest", paramLabel = "HEX",
            description = "The digest shown in the plan.md the clinician reviewed (at least 12 hex digits): refuse "
                    + "to sign anything else.")
    String digest;

    @Option(names = "--signed-at", paramLabel = "INSTANT", description = "Signing time, ISO-8601 (default: now).")
    String signedAt;

    @Option(names = "--edit", paramLabel = "PART:N=TEXT",
            description = "Replace element N (1-based, as numbered in plan.md) of PART (problems, goals, interventions, "
                    + "measures); it keeps its evidence.")
    List<String> edits = new ArrayList<>();

    @Option(names = "--delete", paramLabel = "PART:N", description = "Delete element N of PART.")
    List<String> deletes = new ArrayList<>();

    @Option(names = "--key", paramLabel = "FILE", description = "Also sign with this key, as 'sign --key' signs a note "
            + "(PKCS#12 with its password in CLINICAL_NOTES_KEY_PASSWORD, or a PKCS#8 PEM; RSA gives RS256, EC P-256 "
            + "gives ES256): a JWS in plan.json and in the Provenance; 'verify --key' checks it.")
    Path key;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: 'signed-plan' beside PLAN).")
    Path out;

    @Option(names = "--force", description = "Replace existing output files.")
    boolean force;

    @Mixin
    PrivacyOptions privacy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> clients = new ArrayList<>();
        try {
            int code = run(clients);
            privacy.recordClients(AuditListener.Event.Action.SIGN, clients, null);
            return code;
        } catch (ClinicalNotesException e) {
            privacy.recordClients(AuditListener.Event.Action.SIGN, clients, e.code());
            throw e;
        }
    }

    private int run(List<String> clients) {
        PrintWriter stdout = spec.commandLine().getOut();
        Instant when = signingTime();
        Path file = Files.isDirectory(input) ? input.resolve("plan.json") : input;
        Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        SigningKeys.KeyPair signingKey = key == null ? null : SigningKeys.load(key,
                ReviewCommand.keyPassword(spec.commandLine()));
        if (signingKey != null && signingKey.privateKey() == null) {
            throw new BadInputException("CN-3320", String.valueOf(key.getFileName()), 0,
                    "the key file holds no private key", "Pass the signer's private key (PKCS#12 or PKCS#8 PEM).", null);
        }
        OutputFiles files = new OutputFiles(out != null ? out : FhirOptions.sibling(folder, "signed-plan"), force);
        files.checkNotExisting(List.of("plan.json", "plan.md", "careplan-bundle.json"));
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("CN-5163", name, 0, "cannot read the plan (" + e.getClass().getSimpleName() + ")",
                    "Pass the folder that 'plan' wrote, or its plan.json.", null);
        }
        PlanDocument doc = PlanDocument.read(text, name);
        clients.add(doc.patientId());
        if (digest != null) {
            doc.checkReviewed(digest);
        }
        for (String e : edits) {
            Matcher m = EDIT.matcher(e);
            if (!m.matches()) {
                throw usage("--edit '" + e + "' is not PART:N=TEXT, for example goals:1=PHQ-9 below 10 in 8 weeks");
            }
            doc = doc.edit(part(m.group(1)), Integer.parseInt(m.group(2)) - 1, m.group(3));
        }
        for (String d : deletes) {
            Matcher m = DELETE.matcher(d);
            if (!m.matches()) {
                throw usage("--delete '" + d + "' is not PART:N, for example interventions:2");
            }
            doc = doc.delete(part(m.group(1)), Integer.parseInt(m.group(2)) - 1);
        }
        PlanDocument signed = doc.sign(practitionerId, when);
        String jws = signingKey == null ? null : PlanSignatures.sign(signed, signingKey);
        files.add("plan.json", jws == null ? signed.toJson() : signed.toJson(jws))
                .add("plan.md", PlanMarkdown.write(signed) + (jws == null ? "" : "\nSigned with a JWS ("
                        + signingKey.privateKey().getAlgorithm() + " key) kept in plan.json and in the Provenance; "
                        + "check it with `verify plan.json --key PUBLIC_KEY`.\n"))
                .add("careplan-bundle.json", FhirContexts.jsonParser().setPrettyPrint(true)
                        .encodeResourceToString(jws == null ? CarePlanMapper.map(signed)
                                : CarePlanMapper.map(signed, jws)) + "\n");
        List<Path> written = files.commit();
        stdout.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        stdout.printf("Plan ACTIVE, signed by Practitioner/%s at %s; reviewed draft %s%s%n", practitionerId, when,
                signed.reviewedDigest().substring(0, 12), signed.edits().isEmpty() ? ""
                        : "; " + signed.edits().size() + " change(s) before signing");
        if (jws != null) {
            stdout.println("Signature: JWS with the " + signingKey.privateKey().getAlgorithm() + " key from "
                    + signingKey.source() + " (in plan.json and the Provenance; check it with 'verify --key')");
        }
        return 0;
    }

    private PlanDocument.Part part(String id) {
        try {
            return PlanDocument.Part.valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("unknown plan part '" + id + "': use problems, goals, interventions or measures");
        }
    }

    private Instant signingTime() {
        if (signedAt == null) {
            return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        try {
            return Instant.parse(signedAt);
        } catch (DateTimeParseException e) {
            throw usage("--signed-at '" + signedAt + "' is not an ISO-8601 instant such as 2026-01-31T10:15:30Z");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
