package org.clinicalnotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.fhir.FhirNoteReader;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteResources;
import org.clinicalnotes.fhir.NoteSignatures;
import org.clinicalnotes.fhir.SigningKeys;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.render.NoteMarkdown;
import org.clinicalnotes.review.NoteReview;
import org.clinicalnotes.review.Signature;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.hl7.fhir.r4.model.DocumentReference;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What sign and amend share: read a stored note, apply the clinician's changes, sign, write. */
abstract class ReviewCommand implements Callable<Integer> {

    private static final Pattern EDIT = Pattern.compile("([a-z][a-z0-9_-]*):(\\d+)=(.+)", Pattern.DOTALL);
    private static final Pattern DELETE = Pattern.compile("([a-z][a-z0-9_-]*):(\\d+)");
    private static final Pattern ADD = Pattern.compile("([a-z][a-z0-9_-]*)=(.+)", Pattern.DOTALL);

    @Parameters(index = "0", paramLabel = "NOTE",
            description = "note.json, or document-reference.json / bundle.json written by clinical-notes.")
    Path input;

    @Option(names = "--practitioner-id", paramLabel = "ID", required = true,
            description = "FHIR Practitioner id of the signing clinician (required).")
    String practitionerId;

    @Option(names = "--signed-at", paramLabel = "INSTANT",
            description = "Signing time, ISO-8601 such as 2026-01-31T10:15:30Z (default: now).")
    String signedAt;

    @Mixin
    FhirOptions fhir;

    @Option(names = {"-t", "--template"}, paramLabel = "FILE.json",
            description = "The custom template the note was made with (built-in templates need nothing).")
    Path template;

    @Option(names = "--edit", paramLabel = "SECTION:N=TEXT",
            description = "Replace statement N (1-based, as numbered in note.md) of SECTION; keeps its evidence.")
    List<String> edits = new ArrayList<>();

    @Option(names = "--delete", paramLabel = "SECTION:N", description = "Delete statement N of SECTION.")
    List<String> deletes = new ArrayList<>();

    @Option(names = "--add", paramLabel = "SECTION=TEXT", description = "Add a clinician-authored statement.")
    List<String> adds = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: a folder named after the command beside NOTE).")
    Path out;

    @Option(names = "--force", description = "Replace existing files in the output folder.")
    boolean force;

    @Option(names = "--key", paramLabel = "FILE", description = "Sign with this key (PKCS#12 with its password in "
            + "CLINICAL_NOTES_KEY_PASSWORD, or PEM; RSA gives RS256, EC P-256 ES256): a JWS in note.json and in "
            + "Provenance.signature; 'verify' checks it.")
    Path key;

    @Mixin
    PrivacyOptions privacy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @return the audited action of this command */
    abstract org.clinicalnotes.privacy.AuditListener.Event.Action auditAction();

    /** @return the review of the stored note (sign: of it; amend: an amendment of it) */
    abstract NoteReview start(ClinicalNote stored);

    /** @return the default output folder name */
    abstract String defaultFolder();

    /** Checks the changes asked for before anything is read. */
    void checkChanges() {
    }

    @Override
    public Integer call() {
        String[] noteId = new String[1];
        try {
            int code = review(noteId);
            privacy.record(auditAction(), practitionerIdOrSystem(), noteId[0], null);
            return code;
        } catch (ClinicalNotesException e) {
            privacy.record(auditAction(), practitionerIdOrSystem(), noteId[0], e.code());
            throw e;
        }
    }

    private String practitionerIdOrSystem() {
        return practitionerId != null && Signature.isValidId(practitionerId) ? practitionerId : "system";
    }

    private int review(String[] noteId) {
        PrintWriter stdout = spec.commandLine().getOut();
        checkChanges();
        Instant when = signingTime();
        if (!Signature.isValidId(practitionerId)) {
            throw new ConfigurationException("CN-2502",
                    "--practitioner-id is not a valid FHIR id: use 1 to 64 letters, digits, '-' or '.'");
        }
        Path dir = out != null ? out : FhirOptions.sibling(input, defaultFolder());
        OutputFiles files = new OutputFiles(dir, force);
        List<String> names = new ArrayList<>(List.of("note.json", "note.md"));
        names.addAll(FhirOptions.FILES);
        files.checkNotExisting(names);
        SigningKeys.KeyPair signingKey = key == null ? null : SigningKeys.load(key, keyPassword(spec.commandLine()));
        if (signingKey != null && signingKey.privateKey() == null) {
            throw new BadInputException("CN-3320", String.valueOf(key.getFileName()), 0,
                    "the key file holds no private key", "Pass the signer's private key (PKCS#12 or PKCS#8 PEM).", null);
        }

        String name = String.valueOf(input.getFileName());
        String text = readInput(name);
        ClinicalNote stored;
        FhirReferences storedRefs = null;
        if (text.contains("\"resourceType\"")) {
            DocumentReference d = FhirNoteReader.parseDocumentReference(text, name);
            stored = FhirNoteReader.readSealed(d, name);
            storedRefs = FhirNoteReader.references(d, name);
        } else {
            stored = NoteJson.readSealed(text, name);
            storedRefs = siblingReferences(stored);
        }
        FhirReferences refs;
        if (storedRefs != null) {
            refs = fhir.merge(storedRefs);
        } else if (fhir.hasPatient()) {
            refs = fhir.references(null, null, null);
        } else {
            throw new ConfigurationException("CN-2506", "no patient id for the FHIR output: pass --patient-id ID, "
                    + "or pass the document-reference.json written by generate --patient-id");
        }
        NoteTemplate noteTemplate = template != null ? TemplateRegistry.load(template)
                : TemplateRegistry.builtIn().find(stored.metadata().templateId()).orElseThrow(() ->
                        new ConfigurationException("CN-2507", "the note was made with the custom template '"
                                + stored.metadata().templateId() + "': pass it with --template FILE.json"));

        NoteReview review = start(stored);
        applyChanges(review);
        ClinicalNote signed;
        try {
            signed = review.sign(Signature.of(practitionerId, when));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("CN-2508", e.getMessage());
        }
        noteId[0] = signed.id();
        String jws = signingKey == null ? null : NoteSignatures.sign(signed, signingKey);
        files.add("note.json", jws == null ? NoteJson.write(signed) : NoteJson.write(signed, jws))
                .add("note.md", NoteMarkdown.render(signed, noteTemplate));
        NoteResources res = FhirOptions.addFiles(files, org.clinicalnotes.fhir.NoteFhir.of(signed, refs)
                .template(noteTemplate).signature(jws).build());
        List<java.nio.file.Path> written = files.commit();
        stdout.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        stdout.printf("%s by Practitioner/%s at %s; DocumentReference docStatus %s%s%n", signed.status(),
                practitionerId, when, res.documentReference().getDocStatus().toCode(),
                signed.metadata().replaces() == null ? "" : ", replaces note " + signed.metadata().replaces());
        return 0;
    }

    /** The PKCS#12 password: from the environment, never from the command line. */
    static char[] keyPassword(CommandLine cl) {
        String p = CliContext.of(cl).environment().apply("CLINICAL_NOTES_KEY_PASSWORD");
        return p == null ? new char[0] : p.toCharArray();
    }

    private Instant signingTime() {
        if (signedAt == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(signedAt);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--signed-at must be an ISO-8601 instant such as 2026-01-31T10:15:30Z");
        }
    }

    private String readInput(String name) {
        try {
            // note.json, or a DocumentReference / Bundle holding it twice (text and base64): bounded before reading
            if (Files.size(input) > 3L * NoteJson.MAX_CHARS) {
                throw new BadInputException("CN-3305", name, 0, "the file is larger than "
                        + (3 * NoteJson.MAX_CHARS / (1024 * 1024)) + " MB, far more than any note",
                        "Pass the note.json or document-reference.json written by clinical-notes.", null);
            }
            return Files.readString(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("CN-1511", name, 0, "file does not exist", "Check the NOTE path.", null);
        } catch (IOException e) {
            throw new BadInputException("CN-1512", name, 0, "cannot be read as UTF-8 text ("
                    + e.getClass().getSimpleName() + ")", "Pass a note.json or document-reference.json.", null);
        }
    }

    /** References from the document-reference.json beside a note.json, when it belongs to the same note. */
    private FhirReferences siblingReferences(ClinicalNote note) {
        Path sibling = FhirOptions.sibling(input, FhirOptions.DOCUMENT_REFERENCE);
        try {
            if (!Files.isRegularFile(sibling) || Files.size(sibling) > 3L * NoteJson.MAX_CHARS) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        try {
            DocumentReference d = FhirNoteReader.parseDocumentReference(
                    Files.readString(sibling, StandardCharsets.UTF_8), FhirOptions.DOCUMENT_REFERENCE);
            ClinicalNote there = FhirNoteReader.read(d, FhirOptions.DOCUMENT_REFERENCE);
            return there.id().equals(note.id()) ? FhirNoteReader.references(d, FhirOptions.DOCUMENT_REFERENCE) : null;
        } catch (IOException | ClinicalNotesException e) {
            return null;
        }
    }

    private void applyChanges(NoteReview review) {
        try {
            for (String e : edits) {
                Matcher m = EDIT.matcher(e);
                if (!m.matches()) {
                    throw usage("--edit", "SECTION:N=TEXT");
                }
                review.edit(m.group(1), index(m.group(2)), m.group(3));
            }
            for (String d : deletes) {
                Matcher m = DELETE.matcher(d);
                if (!m.matches()) {
                    throw usage("--delete", "SECTION:N");
                }
                review.delete(m.group(1), index(m.group(2)));
            }
            for (String a : adds) {
                Matcher m = ADD.matcher(a);
                if (!m.matches()) {
                    throw usage("--add", "SECTION=TEXT");
                }
                review.add(m.group(1), m.group(2));
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("CN-2505", e.getMessage()
                    + " (statement numbers are 0-based here; on the command line they start at 1)");
        }
    }

    private static int index(String oneBased) {
        int n = Integer.parseInt(oneBased);
        return n - 1;
    }

    private ConfigurationException usage(String option, String form) {
        return new ConfigurationException("CN-2505", option + " must look like " + form);
    }
}
