package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.generate.DeidentificationPolicy;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.SupportStatus;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.render.NoteMarkdown;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptFormat;
import org.clinicalnotes.transcript.TranscriptReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate INPUT}: transcript to note.json and note.md. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a preliminary, evidence-linked clinical note from a transcript.",
            "Writes DIR/note.json (structured) and DIR/note.md (for people). Nothing is overwritten without --force."})
final class GenerateCommand implements Callable<Integer> {

    static final List<String> MODELS =
            List.of("offline", "openai", "openai-compatible", "azure-openai", "anthropic", "gemini", "ollama");

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Transcript: tagged lines ([doctor] ...), 'Speaker: text' lines, WebVTT or JSON.")
    Path input;

    @Option(names = {"-t", "--template"}, paramLabel = "TEMPLATE", defaultValue = "soap",
            description = "soap, progress, hp, consult, dap, birp, girp, intake, or a template FILE.json "
                    + "(default: ${DEFAULT-VALUE}).")
    String template;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", defaultValue = "offline",
            description = "Note model: offline (default; in-process, no network, no key). "
                    + "openai, openai-compatible, azure-openai, anthropic, gemini and ollama arrive with the LLM adapters.")
    String model;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, tagged, speaker-colon, webvtt, json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-input-bytes", paramLabel = "BYTES", defaultValue = "5242880",
            description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}, 5 MB).")
    long maxInputBytes;

    @Option(names = "--strict", description = "Fail (exit 5) when a check fails instead of adding a warning.")
    boolean strict;

    @Option(names = "--force", description = "Replace existing note.json and note.md in the output folder.")
    boolean force;

    // ---- de-identification (issue 5) ----
    @Option(names = "--no-deid", description = "Send the transcript to a remote model without de-identification "
            + "(logged once at WARN and recorded in the note metadata). The offline model never needs it.")
    boolean noDeid;
    // ---- end de-identification ----

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
        if (!modelName.equals("offline")) {
            throw new ConfigurationException("CN-2002", "--model " + modelName
                    + " is not available in this version; use --model offline (the default)");
        }
        if (maxInputBytes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-input-bytes must be positive");
        }
        NoteTemplate noteTemplate = resolveTemplate(template);
        OutputFiles files = new OutputFiles(out, force);
        files.checkNotExisting(List.of("note.json", "note.md"));

        TranscriptReader reader = TranscriptReader.builder().format(parseFormat(format)).maxBytes(maxInputBytes).build();
        Transcript transcript = reader.read(input);
        NoteGenerator.Builder generatorBuilder = NoteGenerator.builder();
        if (noDeid) {
            generatorBuilder.deidentification(DeidentificationPolicy.DISABLED);
        }
        NoteGenerator generator = generatorBuilder.build();
        ClinicalNote note = generator.generate(transcript,
                NoteRequest.builder().template(noteTemplate).strict(strict).build());

        files.add("note.json", NoteJson.write(note)).add("note.md", NoteMarkdown.render(note, noteTemplate));
        List<Path> written = files.commit();
        summary(stdout, transcript, note, noteTemplate, written);
        return 0;
    }

    private NoteTemplate resolveTemplate(String value) {
        if (value.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return TemplateRegistry.load(Path.of(value));
        }
        return TemplateRegistry.builtIn().find(value.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "unknown --template '" + value + "'; use one of "
                        + String.join(", ", TemplateRegistry.BUILT_IN_IDS) + ", or a path to a .json template"));
    }

    private TranscriptFormat parseFormat(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> TranscriptFormat.AUTO;
            case "tagged" -> TranscriptFormat.TAGGED;
            case "speaker-colon", "speaker" -> TranscriptFormat.SPEAKER_COLON;
            case "webvtt", "vtt" -> TranscriptFormat.WEBVTT;
            case "json" -> TranscriptFormat.JSON;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + value + "'; use auto, tagged, speaker-colon, webvtt or json");
        };
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
                if (st.support() == SupportStatus.UNSUPPORTED) {
                    unsupported++;
                }
            }
        }
        out.println("Wrote " + String.join(" and ", written.stream().map(Path::toString).toList()));
        out.printf("%s (%s) by %s: %d utterances -> %d statements in %d of %d sections, %d unsupported%n",
                template.title(), template.id(), note.metadata().model(), transcript.size(), statements, filled,
                note.sections().size(), unsupported);
        for (NoteSection s : note.sections()) {
            out.printf("  %-28s %3d statement%s%n", s.title(), s.statements().size(),
                    s.statements().size() == 1 ? "" : "s");
        }
        for (String w : note.metadata().warnings()) {
            out.println("warning: " + w);
        }
        out.println("Status: PRELIMINARY. A clinician must review and sign this note.");
    }
}
