package org.clinicalnotes.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.CheckFailedException;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.ModelCallException;

/**
 * What the command line makes of a library exception: the exit code (from the exception's type) and the
 * message in the command line's words. The library names settings as builder methods or option keys;
 * this table turns those few phrases into the flags that set them here, code by code, so that the
 * message a user of the command line reads is unchanged.
 */
final class CliErrors {

    /** One rewrite: a literal phrase or pattern in the library's message and its command-line wording. */
    record Wording(Pattern library, String cli) {
        static Wording literal(String library, String cli) {
            return new Wording(Pattern.compile(Pattern.quote(library)), Matcher.quoteReplacement(cli));
        }
    }

    /** Code → rewrites, applied once each (first match). Kept in step with the library by CliErrorsTest. */
    static final Map<String, List<Wording>> WORDING = Map.ofEntries(
            Map.entry("CN-1005", List.of(Wording.literal("Raise the limit to ", "Raise the limit with --max-input-bytes "))),
            Map.entry("CN-1006", List.of(Wording.literal("transcribe audio first (a Transcriber).",
                    "transcribe audio first (--speech)."))),
            Map.entry("CN-1008", List.of(Wording.literal("(TranscriptFormat auto|", "(--format auto|"))),
            Map.entry("CN-1012", List.of(Wording.literal("or read it with TranscriptFormat auto.", "or use --format auto."))),
            Map.entry("CN-1201", List.of(Wording.literal("Check the template file's path.", "Check the path given to --template."))),
            Map.entry("CN-1502", List.of(Wording.literal("(for example one read with TemplateRegistry.load)",
                    "(for example --template FILE.json)"))),
            Map.entry("CN-1510", List.of(Wording.literal("Pass the patient id (FhirReferences patientId).", "Pass --patient-id."),
                    Wording.literal("Pass the references (FhirReferences) explicitly.",
                            "Pass the references (--patient-id, ...) explicitly."))),
            Map.entry("CN-1707", List.of(Wording.literal("speaker overrides: ", "--speakers: "))),
            Map.entry("CN-2601", List.of(Wording.literal(" or use the offline model", " or use --model offline"))),
            Map.entry("CN-2602", List.of(Wording.literal(" or set the base URL (baseUrl)", " or pass --base-url"),
                    new Wording(Pattern.compile("provider (\\S+) needs a base URL \\(baseUrl\\)"),
                            "--model $1 needs --base-url"))),
            Map.entry("CN-3302", List.of(Wording.literal("sign or amend (NoteReview).", "sign or amend (--edit, --delete, --add)."))),
            Map.entry("CN-4004", List.of(Wording.literal("raise the timeout (timeout)", "raise --timeout"))),
            Map.entry("CN-4005", List.of(Wording.literal("raise the output token limit (maxTokens)", "raise --max-tokens"))),
            Map.entry("CN-4705", List.of(Wording.literal("(maxUploadBytes)", "(--max-upload-bytes)"))),
            Map.entry("CN-4709", List.of(Wording.literal("or set a base URL (baseUrl) for", "or give --base-url for"))),
            Map.entry("CN-5001", List.of(Wording.literal("or turn strict mode off to get", "or run without --strict to get"))));

    /**
     * The library's machine-readable hint ({@link ClinicalNotesException#setting()}, a builder method or type) →
     * the flag that sets it here. The command line reads API keys from the environment, so the key's control
     * here is the model choice. CliErrorsTest checks that every setting in the registry has a flag and that
     * each wording above uses its code's flag.
     */
    static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("TranscriptReader.maxBytes", "--max-input-bytes"),
            Map.entry("Transcriber", "--speech"),
            Map.entry("TranscriptFormat", "--format"),
            Map.entry("TemplateRegistry.load", "--template"),
            Map.entry("NoteFhir.template", "--template"),
            Map.entry("FhirReferences.patientId", "--patient-id"),
            Map.entry("SpeakerOverrides", "--speakers"),
            Map.entry("LlmNoteModel.apiKey", "--model"),
            Map.entry("LlmNoteModel.baseUrl", "--base-url"),
            Map.entry("NoteReview", "--edit"),
            Map.entry("LlmNoteModel.timeout", "--timeout"),
            Map.entry("LlmNoteModel.maxTokens", "--max-tokens"),
            Map.entry("AudioTranscriber.maxUploadBytes", "--max-upload-bytes"),
            Map.entry("RemoteTranscriberBuilder.baseUrl", "--base-url"),
            Map.entry("NoteRequest.strict", "--strict"));

    private CliErrors() {
    }

    /**
     * @param e a library exception
     * @return the flag that sets what the exception's message names, from its machine-readable hint
     */
    static java.util.Optional<String> flag(ClinicalNotesException e) {
        return e.setting().map(FLAGS::get);
    }

    /**
     * @param e a library exception
     * @return the exit code: 2 configuration, 3 bad input, 4 model or service failure, 5 a check failed in
     *     strict mode, 1 anything else
     */
    static int exitCode(ClinicalNotesException e) {
        if (e instanceof BadInputException) {
            return 3;
        }
        if (e instanceof ConfigurationException) {
            return 2;
        }
        if (e instanceof ModelCallException) {
            return 4;
        }
        if (e instanceof CheckFailedException) {
            return 5;
        }
        return 1;
    }

    /**
     * @param e a library exception
     * @return its message, with the settings it names given as this command line's flags
     */
    static String message(ClinicalNotesException e) {
        String m = e.getMessage();
        for (Wording w : WORDING.getOrDefault(e.code(), List.of())) {
            m = w.library().matcher(m).replaceFirst(w.cli());
        }
        return m;
    }
}
