package org.clinicalnotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.fhir.NoteSignatures;
import org.clinicalnotes.course.PlanDocument;
import org.clinicalnotes.fhir.SigningKeys;
import org.clinicalnotes.fhir.course.PlanSignatures;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.privacy.AuditListener;
import org.clinicalnotes.render.NoteJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify NOTE.json|PLAN.json [--key FILE]}: checks a note's or plan's digest, structure and JWS signature. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks a note.json: its digest, its structure (evidence, statuses, review chain) and, with "
                + "--key, its JWS signature; or a plan.json ('plan', 'plan sign'): its digest and, with --key, its "
                + "signature. Exit 0 when all hold, 3 when one does not."})
final class VerifyCommand implements Callable<Integer> {

    private static final com.fasterxml.jackson.databind.ObjectMapper PLAN_PROBE =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @Parameters(index = "0", paramLabel = "NOTE", description = "A note.json written by generate, sign or amend, or a plan.json written by plan or plan sign.")
    Path input;

    @Option(names = "--key", paramLabel = "FILE", description = "The signer's public key or certificate (PEM), or "
            + "PKCS#12 (password in CLINICAL_NOTES_KEY_PASSWORD).")
    Path key;

    @Mixin
    PrivacyOptions privacy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String[] noteId = new String[1];
        try {
            int code = verify(noteId);
            privacy.record(AuditListener.Event.Action.VERIFY, "system", noteId[0], null);
            return code;
        } catch (ClinicalNotesException e) {
            privacy.record(AuditListener.Event.Action.VERIFY, "system", noteId[0], e.code());
            throw e;
        }
    }

    private int verify(String[] noteId) {
        PrintWriter out = spec.commandLine().getOut();
        String name = String.valueOf(input.getFileName());
        String text;
        try {
            if (Files.size(input) > NoteJson.MAX_CHARS) {
                throw new BadInputException("CN-3305", name, 0, "the file is larger than "
                        + (NoteJson.MAX_CHARS >> 20) + " MB, far more than any note", "Pass a note.json.", null);
            }
            text = Files.readString(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("CN-1511", name, 0, "file does not exist", "Check the NOTE path.", null);
        } catch (IOException e) {
            throw new BadInputException("CN-1512", name, 0, "cannot be read as UTF-8 text ("
                    + e.getClass().getSimpleName() + ")", "Pass a note.json.", null);
        }
        if (isPlan(text)) {
            return verifyPlan(text, name, out);
        }
        ClinicalNote note = NoteJson.readSealed(text, name);
        noteId[0] = note.id();
        out.printf("%s: digest OK (SHA-256 %s), structure OK, %s%s%n", name, NoteJson.digest(note).substring(0, 16)
                        + "…", note.status(), note.metadata().signer() == null ? ""
                        : " signed by Practitioner/" + note.metadata().signer() + " at " + note.metadata().signedAt());
        Optional<String> jws = NoteJson.signature(text);
        if (key == null) {
            out.println(jws.isPresent() ? "signature: present, not checked (pass --key with the signer's public key)"
                    : "signature: none");
            return 0;
        }
        if (jws.isEmpty()) {
            throw new BadInputException("CN-3322", name, 0, "the note carries no signature",
                    "Sign it with 'sign --key', or verify without --key to check the digest only.", null);
        }
        SigningKeys.KeyPair k = publicKey();
        NoteSignatures.verify(note, jws.get(), k.publicKey(), name);
        out.println("signature: OK (" + k.publicKey().getAlgorithm() + " key from " + k.source() + ")");
        return 0;
    }

    /** A plan.json ('plan', 'plan sign'): its digest, then with --key its JWS, as for a note. */
    private int verifyPlan(String text, String name, PrintWriter out) {
        PlanDocument plan = PlanDocument.read(text, name);
        out.printf("%s: treatment plan, digest OK (SHA-256 %s), %s%s%n", name, plan.digest().substring(0, 16) + "…",
                plan.status(), plan.signed() ? " signed by Practitioner/" + plan.signer() + " at " + plan.signedAt()
                        : " (a draft: not signed)");
        Optional<String> jws = PlanDocument.signature(text);
        if (key == null) {
            out.println(jws.isPresent() ? "signature: present, not checked (pass --key with the signer's public key)"
                    : "signature: none");
            return 0;
        }
        if (jws.isEmpty()) {
            throw new BadInputException("CN-5251", name, 0, "the plan carries no signature",
                    "Sign it with 'plan sign --key', or verify without --key to check the digest only.", null);
        }
        SigningKeys.KeyPair k = publicKey();
        PlanSignatures.verify(plan, jws.get(), k.publicKey(), name);
        out.println("signature: OK (" + k.publicKey().getAlgorithm() + " key from " + k.source() + ")");
        return 0;
    }

    private SigningKeys.KeyPair publicKey() {
        SigningKeys.KeyPair k = SigningKeys.load(key, ReviewCommand.keyPassword(spec.commandLine()));
        if (k.publicKey() == null) {
            throw new BadInputException("CN-3320", String.valueOf(key.getFileName()), 0,
                    "the key file holds no public key or certificate",
                    "Pass the signer's public key or certificate (PEM), or the PKCS#12 file.", null);
        }
        return k;
    }

    private static boolean isPlan(String text) {
        try {
            return "treatment-plan".equals(PLAN_PROBE.readTree(text).path("kind").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
