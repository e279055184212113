package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.render.NoteMarkdown;
import org.clinicalnotes.speech.AudioInput;
import org.clinicalnotes.speech.TranscribedAudio;
import org.clinicalnotes.speech.TranscriptWriter;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate INPUT}: transcript to note.json and note.md. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a preliminary, evidence-linked clinical note from a transcript.",
            "Writes DIR/note.json (structured) and DIR/note.md (for people); with --patient-id also the FHIR R4",
            "DIR/document-reference.json and DIR/bundle.json. Nothing is overwritten without --force."})
final class GenerateCommand implements Callable<Integer> {

    static final List<String> MODELS =
            List.of("offline", "openai", "openai-compatible", "azure-openai", "anthropic", "gemini", "ollama");

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Transcript: tagged lines ([doctor] ...), 'Speaker: text' lines, WebVTT or JSON; "
                    + "or audio (WAV, MP3, M4A, FLAC, OGG, WebM), transcribed with --speech.")
    Path input;

    @Option(names = {"-t", "--template"}, paramLabel = "TEMPLATE", defaultValue = "auto",
            description = "auto (default: from the kind of visit: psychotherapy birp, psychiatric intake intake, "
                    + "specialty consultation consult, otherwise soap), soap, progress, hp, consult, dap, birp, "
                    + "girp, intake, or a template FILE.json.")
    String template;

    @Option(names = "--session-date", paramLabel = "YYYY-MM-DD",
            description = "The day of the session, for dating measures said to be from today. Default: the date "
                    + "in session.json beside INPUT ({\"date\": \"YYYY-MM-DD\"}); never the clock.")
    java.time.LocalDate sessionDate;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", defaultValue = "offline",
            description = "Note model: offline (default; in-process, no network, no key), or an LLM: openai, "
                    + "openai-compatible, azure-openai, anthropic, gemini, ollama (needs --model-name; keys from "
                    + "OPENAI_API_KEY, AZURE_OPENAI_API_KEY + AZURE_OPENAI_ENDPOINT, ANTHROPIC_API_KEY, GEMINI_API_KEY).")
    String model;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    TranscriptInputOptions reading;

    @Option(names = "--strict", description = "Fail (exit 5) when a check fails instead of adding a warning.")
    boolean strict;

    @Option(names = "--force", description = "Replace existing output files (note.json, note.md and the FHIR files).")
    boolean force;

    // ---- speech input: INPUT may be audio (detected by content) ----
    @Option(names = "--speech", paramLabel = "SERVICE", defaultValue = "openai",
            description = "For audio INPUT: openai, openai-compatible (needs --speech-base-url) or deepgram "
                    + "(default: ${DEFAULT-VALUE}). The transcript is saved as DIR/transcript.txt.")
    String speech;

    @Option(names = "--speech-base-url", paramLabel = "URL", description = "For audio INPUT: the speech service URL.")
    String speechBaseUrl;

    @Option(names = "--speech-model", paramLabel = "NAME", description = "For audio INPUT: the speech model.")
    String speechModel;

    @Option(names = "--dictation", description = "One clinician dictating: for audio INPUT all statements are the "
            + "clinician's; a text INPUT is read as the dictated note, one paragraph a line, without speaker labels "
            + "(a text file with no speaker turns that names dictation or speaks section headers is read so anyway).")
    boolean dictation;

    @Option(names = "--speakers", paramLabel = "MAP", description = "For audio INPUT: fix speaker roles, e.g. "
            + "\"0=clinician,1=patient\".")
    String speakers;

    @Option(names = "--speech-retries", paramLabel = "N", defaultValue = "3", hidden = true)
    int speechRetries;
    // ---- end speech input ----

    // ---- LLM models (note-llm-adapters): options and the generator factory live in LlmOptions ----------
    @CommandLine.Mixin
    LlmOptions llm;

    // ---- end LLM models ------------------------------------------------------------------------------

    // --- FHIR output (issue 4): document-reference.json and bundle.json when --patient-id is given ---
    @CommandLine.Mixin
    FhirOptions fhir;

    @Option(names = "--practitioner-id", paramLabel = "ID",
            description = "FHIR Practitioner id of the clinician in the conversation (Provenance informant).")
    String practitionerId;
    // --- end FHIR options ---
    // ---- de-identification (issue 5) ----
    @Option(names = "--no-deid", description = "Send the transcript to a remote model without de-identification "
            + "(logged once at WARN and recorded in the note metadata). The offline model never needs it.")
    boolean noDeid;
    // ---- end de-identification ----

    // ---- session analytics (issue 14) ----
    @Option(names = "--analyze", description = "Also write the session analytics beside the note: analysis.json, "
            + "analysis.md and analysis.html (see the analyze command); with --patient-id the bundle also holds the "
            + "session metrics as Observations.")
    boolean analyze;
    // ---- end session analytics ----

    // ---- privacy (issue 18): consent and audit ----
    @Option(names = "--consent", paramLabel = "FILE", description = "The patient's consent to recording and AI "
            + "drafting: a consent record or a FHIR Consent (JSON); recorded in the note, Provenance and bundle.")
    Path consent;

    @Option(names = "--require-consent", description = "Refuse (exit 3) unless --consent covers recording and AI "
            + "drafting.")
    boolean requireConsent;

    @CommandLine.Mixin
    PrivacyOptions privacy;
    // ---- end privacy ----

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        String modelName = model.toLowerCase(Locale.ROOT);
        if (!MODELS.contains(modelName)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --model '" + model + "'; use one of " + String.join(", ", MODELS));
        }
        reading.checkLimit(spec.commandLine());
        Warmup.start(fhir.hasPatient());
        NoteGenerator.Builder gb = llm.builder(modelName, noDeid, spec.commandLine())
                .addAuditListener(privacy::record);
        if (requireConsent) {
            gb.requireConsent();
        }
        NoteGenerator generator = gb.build();
        org.clinicalnotes.note.ConsentRecord consentRecord = consent == null ? null
                : org.clinicalnotes.fhir.ConsentReader.read(consent);
        boolean auto = template.equalsIgnoreCase(NoteGenerator.AUTO);
        NoteTemplate noteTemplate = auto ? null : resolveTemplate(template);
        OutputFiles files = new OutputFiles(out, force);
        fhir.requirePatientWhenReferencesGiven(practitionerId);
        List<String> outputs = new java.util.ArrayList<>(List.of("note.json", "note.md"));
        if (fhir.hasPatient()) {
            outputs.addAll(FhirOptions.FILES);
        }
        if (analyze) {
            outputs.addAll(AnalyzeCommand.FILES);
        }
        files.checkNotExisting(outputs);
        org.clinicalnotes.fhir.FhirReferences fhirRefs = fhir.hasPatient()
                ? fhir.references(practitionerId, null, null) : null;

        // speech input: audio is transcribed first and the transcript saved beside the note
        boolean audio = AudioInput.looksLikeAudio(input);
        Transcript transcript;
        if (audio) {
            files.checkNotExisting(List.of("transcript.txt"));
            TranscribedAudio heard = TranscribeCommand.options(speech, speechBaseUrl, speechModel, null, dictation,
                    speakers, 0, speechRetries).transcribe(AudioInput.read(input), spec.commandLine());
            SpeechOptions.summary(stdout, heard);
            transcript = heard.transcript();
        } else {
            TranscriptReader reader = reading.reader(spec.commandLine());
            transcript = readOrDictation(reader);
        }
        org.clinicalnotes.template.VisitKind visitKind = org.clinicalnotes.template.VisitKind.detect(transcript);
        if (auto) {
            noteTemplate = resolveTemplate(visitKind.templateId());
        }
        NoteRequest.Builder request = NoteRequest.builder().template(noteTemplate).strict(strict);
        java.util.Optional<java.time.LocalDate> day = sessionDate != null ? java.util.Optional.of(sessionDate)
                : SessionDate.beside(input);
        day.ifPresent(request::sessionDate);
        if (consentRecord != null) {
            request.consent(consentRecord);
        }
        ClinicalNote note = generator.generate(transcript, request.build());

        files.add("note.json", NoteJson.write(note)).add("note.md", NoteMarkdown.render(note, noteTemplate, transcript));
        if (audio) {
            files.add("transcript.txt", TranscriptWriter.text(transcript));
        }
        org.clinicalnotes.analysis.SessionAnalysis analysis = null;
        if (analyze) {
            analysis = org.clinicalnotes.analysis.SessionAnalyzer.create().analyze(transcript, note.riskFlags());
            AnalyzeCommand.add(files, analysis, transcript);
        }
        if (fhirRefs != null) {
            FhirOptions.addFiles(files, org.clinicalnotes.fhir.NoteFhir.of(note, fhirRefs).template(noteTemplate)
                    .transcript(transcript).sessionAnalysis(analysis).build());
        }
        List<Path> written = files.commit();
        summary(stdout, transcript, note, noteTemplate, written);
        stdout.printf("Visit: %s%s; format %s%s.%n", visitKind.label(),
                org.clinicalnotes.template.VisitKind.isDictation(transcript) ? " (dictated)" : "",
                noteTemplate.id(), auto ? " chosen for it (--template to override)" : " as asked");
        stdout.println(day.map(d -> "Session date: " + d + " (measures said to be from today carry it).")
                .orElse("Session date: not given (--session-date); measures said to be from today stay undated."));
        if (analysis != null) {
            AnalyzeCommand.summary(stdout, analysis);
        }
        if (fhirRefs == null) {
            stdout.println("FHIR output skipped: pass --patient-id ID to also write document-reference.json and "
                    + "bundle.json.");
        }
        return 0;
    }

    /** Reads the transcript; untagged text (no speaker turns) is a dictation, as is any text with --dictation. */
    private Transcript readOrDictation(TranscriptReader reader) {
        if (dictation) {
            return DictationText.read(input);
        }
        try {
            return reader.read(input);
        } catch (org.clinicalnotes.BadInputException e) {
            if (!"CN-1008".equals(e.code()) || !reading.format.equalsIgnoreCase("auto") || !DictationText.looksDictated(input)) {
                throw e;
            }
            spec.commandLine().getOut().println("No speaker turns in " + input.getFileName()
                    + ": read as a dictation (one clinician speaking); pass --format to require turns.");
            return DictationText.read(input);
        }
    }

    private NoteTemplate resolveTemplate(String value) {
        if (value.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return TemplateRegistry.load(Path.of(value));
        }
        return TemplateRegistry.builtIn().find(value.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "unknown --template '" + value + "'; use one of "
                        + String.join(", ", TemplateRegistry.BUILT_IN_IDS) + ", or a path to a .json template"));
    }

    private static void summary(PrintWriter out, Transcript transcript, ClinicalNote note, NoteTemplate template,
                                List<Path> written) {
        int statements = 0;
        int unsupported = 0;
        int filled = 0;
        for (NoteSection s : note.sections()) {
            if (!s.isEmpty()) {
                filled++;
            }
            for (NoteStatement st : s.statements()) {
                statements++;
                if (st.support() == NoteStatement.Support.UNSUPPORTED) {
                    unsupported++;
                }
            }
        }
        out.println("Wrote " + String.join(" and ", written.stream().map(Path::toString).toList()));
        out.printf("%s (%s) by %s: %d utterances -> %d statements in %d of %d sections, %d unsupported%n",
                template.title(), template.id(), note.metadata().modelId(), transcript.size(), statements, filled,
                note.sections().size(), unsupported);
        for (NoteSection s : note.sections()) {
            out.printf("  %-28s %3d statement%s%n", s.title(), s.statements().size(),
                    s.statements().size() == 1 ? "" : "s");
        }
        // --- safety screen and measures (issue 8): kinds, statuses and counts only, never words ---
        for (RiskFlag f : note.riskFlags()) {
            out.printf("%s %s: %s, severity %s, evidence %s%n", f.status() == RiskFlag.Status.DENIED ? "  risk" : "RISK",
                    f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), f.status(),
                    f.severity().name().toLowerCase(Locale.ROOT), String.join(",", f.evidence()));
        }
        if (!note.measures().isEmpty() || !note.medications().isEmpty()) {
            out.printf("Measures: %d, medications: %d (see note.md)%n", note.measures().size(),
                    note.medications().size());
        }
        for (String w : note.metadata().warnings()) {
            out.println("warning: " + w);
        }
        out.println("Status: PRELIMINARY. A clinician must review and sign this note.");
    }
}
