package org.clinicalnotes.cli;

import java.util.List;
import java.util.Locale;
import org.clinicalnotes.speech.AudioInput;
import org.clinicalnotes.speech.AudioTranscriber;
import org.clinicalnotes.speech.SpeakerAssignment;
import org.clinicalnotes.speech.SpeakerOverrides;
import org.clinicalnotes.speech.TranscribedAudio;
import org.clinicalnotes.speech.Transcriber;
import org.clinicalnotes.speech.deepgram.DeepgramTranscriber;
import org.clinicalnotes.speech.openai.OpenAiTranscriber;
import org.clinicalnotes.speech.remote.RemoteTranscriberBuilder;
import picocli.CommandLine;

/**
 * Builds a speech service from the CLI's options and runs it: shared by {@code transcribe} and {@code generate}.
 * Keys come from the environment: {@code OPENAI_API_KEY} for openai and openai-compatible (optional there),
 * {@code DEEPGRAM_API_KEY} for deepgram (optional with a base URL of your own).
 */
final class SpeechOptions {

    static final List<String> SERVICES = List.of("openai", "openai-compatible", "deepgram");

    String service = "openai";
    String baseUrl;
    String model;
    String language;
    boolean dictation;
    String speakers;
    long maxUploadBytes;
    int retries = 3;

    TranscribedAudio transcribe(AudioInput audio, CommandLine cl) {
        SpeakerOverrides overrides = speakers == null ? SpeakerOverrides.none() : SpeakerOverrides.parse(speakers);
        AudioTranscriber.Builder b = AudioTranscriber.builder().transcriber(transcriber(cl)).dictation(dictation)
                .speakerOverrides(overrides);
        if (maxUploadBytes > 0) {
            b.maxUploadBytes(maxUploadBytes);
        }
        return b.build().transcribe(audio);
    }

    Transcriber transcriber(CommandLine cl) {
        String s = service.toLowerCase(Locale.ROOT);
        if (retries < 0) {
            throw new CommandLine.ParameterException(cl, "--retries must be 0 or more");
        }
        if (baseUrl != null) {
            LlmOptions.checkUrl(cl, "the speech service's base URL", baseUrl);
        }
        switch (s) {
            case "openai", "openai-compatible" -> {
                if (s.equals("openai-compatible") && baseUrl == null) {
                    throw new CommandLine.ParameterException(cl, "--speech openai-compatible needs a base URL "
                            + "(for example http://localhost:8000/v1)");
                }
                return configure(OpenAiTranscriber.builder()
                        .apiKey(System.getenv(OpenAiTranscriber.API_KEY_VARIABLE))).build();
            }
            case "deepgram" -> {
                return configure(DeepgramTranscriber.builder()
                        .apiKey(System.getenv(DeepgramTranscriber.API_KEY_VARIABLE))).build();
            }
            default -> throw new CommandLine.ParameterException(cl, "unknown --speech '" + service + "'; use one of "
                    + String.join(", ", SERVICES));
        }
    }

    /** One line per speaker: the service label, the role, how it was decided; never the transcript label. */
    static void summary(java.io.PrintWriter out, TranscribedAudio r) {
        out.printf(Locale.ROOT, "Transcribed %d utterances in %d part%s with %s%n", r.transcript().size(), r.parts(),
                r.parts() == 1 ? "" : "s", r.model());
        for (SpeakerAssignment a : r.speakers()) {
            out.printf(Locale.ROOT, "  speaker %-6s -> %-9s (%s, confidence %.2f, %d utterance%s)%n",
                    a.speaker().isEmpty() ? "-" : a.speaker(), a.role().name().toLowerCase(Locale.ROOT),
                    a.basis().name().toLowerCase(Locale.ROOT), a.confidence(), a.utterances(),
                    a.utterances() == 1 ? "" : "s");
        }
    }

    /** Sets the options every speech service takes (retries, base URL, model, language) on its builder. */
    private <B extends RemoteTranscriberBuilder<B>> B configure(B b) {
        b.maxRetries(retries);
        if (baseUrl != null) {
            b.baseUrl(baseUrl);
        }
        if (model != null) {
            b.model(model);
        }
        if (language != null) {
            b.language(language);
        }
        return b;
    }
}
