package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinicalnotes.speech.AudioInput;
import org.clinicalnotes.speech.TranscribedAudio;
import org.clinicalnotes.speech.TranscriptWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code transcribe AUDIO}: audio to a tagged transcript ({@code [clinician] …}, {@code [patient] …}). */
@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = {"Transcribes a recording (WAV, MP3, M4A, FLAC, OGG, WebM; detected by content) through a "
                + "speech service and writes a transcript with speaker roles.",
            "Keys: OPENAI_API_KEY (openai), DEEPGRAM_API_KEY (deepgram); a --base-url of your own may need none."})
final class TranscribeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUDIO", description = "The recording.")
    Path audio;

    @Option(names = "--speech", paramLabel = "SERVICE", defaultValue = "openai",
            description = "openai, openai-compatible (a local whisper.cpp, speaches or vLLM server; needs --base-url) "
                    + "or deepgram (default: ${DEFAULT-VALUE}).")
    String speech;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The service's base URL, e.g. http://localhost:8000/v1 (OpenAI-compatible) or "
                    + "http://localhost:8080 (Deepgram self-hosted).")
    String baseUrl;

    @Option(names = "--speech-model", paramLabel = "NAME",
            description = "Speech model (default: whisper-1 for OpenAI-compatible, nova-3 for Deepgram). "
                    + "gpt-4o-transcribe-diarize tells speakers apart.")
    String model;

    @Option(names = "--language", paramLabel = "CODE", description = "Spoken language, e.g. en (default: detected).")
    String language;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tagged lines), vtt or json (with speaker confidence) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--dictation", description = "One clinician dictating: every utterance is the clinician's.")
    boolean dictation;

    @Option(names = "--speakers", paramLabel = "MAP",
            description = "Fix roles of diarized speakers, e.g. \"0=clinician,1=patient,2=mother\".")
    String speakers;

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", defaultValue = "0",
            description = "Split WAV audio above this size (default: the service's limit, 25 MB for OpenAI).")
    long maxUploadBytes;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries for 429, 5xx and timeouts (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "vtt", "webvtt", "json").contains(f)) {
            throw new CommandLine.ParameterException(cl, "unknown --format '" + format + "'; use text, vtt or json");
        }
        if (maxUploadBytes < 0) {
            throw new CommandLine.ParameterException(cl, "--max-upload-bytes must be positive");
        }
        OutputFiles files = null;
        if (out != null) {
            Path dir = out.toAbsolutePath().getParent();
            files = new OutputFiles(dir, force);
            files.checkNotExisting(List.of(out.getFileName().toString()));
        }
        AudioInput input = AudioInput.read(audio);
        SpeechOptions options = options(speech, baseUrl, model, language, dictation, speakers, maxUploadBytes,
                retries);
        TranscribedAudio result = options.transcribe(input, cl);
        String text = switch (f) {
            case "vtt", "webvtt" -> TranscriptWriter.webVtt(result.transcript());
            case "json" -> TranscriptWriter.json(result);
            default -> TranscriptWriter.text(result.transcript());
        };
        PrintWriter stdout = cl.getOut();
        if (files == null) {
            stdout.print(text);
            stdout.flush();
            SpeechOptions.summary(cl.getErr(), result);
        } else {
            files.add(out.getFileName().toString(), text);
            List<Path> written = files.commit();
            stdout.println("Wrote " + written.get(0));
            SpeechOptions.summary(stdout, result);
        }
        return 0;
    }

    static SpeechOptions options(String speech, String baseUrl, String model, String language, boolean dictation,
                                 String speakers, long maxUploadBytes, int retries) {
        SpeechOptions o = new SpeechOptions();
        o.service = speech;
        o.baseUrl = baseUrl;
        o.model = model;
        o.language = language;
        o.dictation = dictation;
        o.speakers = speakers;
        o.maxUploadBytes = maxUploadBytes;
        o.retries = retries;
        return o;
    }
}
