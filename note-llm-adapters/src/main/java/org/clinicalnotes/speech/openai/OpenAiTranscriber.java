package org.clinicalnotes.speech.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.speech.AudioInput;
import org.clinicalnotes.speech.SpeechSegment;
import org.clinicalnotes.speech.Transcriber;
import org.clinicalnotes.speech.Transcription;
import org.clinicalnotes.speech.internal.SpeechHttp;
import org.clinicalnotes.speech.remote.RemoteTranscriberBuilder;

/**
 * A {@link Transcriber} for OpenAI's {@code POST /v1/audio/transcriptions} and OpenAI-compatible servers.
 *
 * <p>Sends the audio as multipart/form-data (the file part named by its detected format, since the service reads
 * the extension) with the model and a response format chosen from the model name:
 * <ul>
 *   <li>a model whose name contains {@code diarize} ({@code gpt-4o-transcribe-diarize}): {@code diarized_json}
 *       with {@code chunking_strategy=auto}; segments carry {@code speaker} labels ({@code A}, {@code B}, …);</li>
 *   <li>other {@code gpt-4o*} models: {@code json}, which has text only (one segment without times);</li>
 *   <li>anything else ({@code whisper-1}, local whisper models): {@code verbose_json} with
 *       {@code timestamp_granularities[]=segment}; segments with start and end seconds.</li>
 * </ul>
 * {@link Builder#responseFormat(String)} overrides the choice. Segments with a {@code speaker} field are used as
 * diarized whatever the format, so local servers that add speakers work too. This is a small JDK
 * {@code HttpClient} + Jackson client rather than langchain4j's {@code OpenAiAudioTranscriptionModel}, which
 * returns text only.
 *
 * <p>Retries 429, 5xx, timeouts and connection failures (see {@link Builder#maxRetries(int)}); 413 is CN-4705,
 * 401/403 CN-4702 naming {@code OPENAI_API_KEY}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OpenAiTranscriber implements Transcriber {

    /** OpenAI's documented upload limit: 25 MB. */
    public static final long OPENAI_MAX_UPLOAD_BYTES = 25L * 1024 * 1024;
    /** The default base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    /** The environment variable the CLI reads the key from. */
    public static final String API_KEY_VARIABLE = "OPENAI_API_KEY";

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final String responseFormat;
    private final String language;
    private final Duration timeout;
    private final long maxUploadBytes;
    private final SpeechHttp http;

    private OpenAiTranscriber(RemoteTranscriberBuilder.Settings b, String responseFormat) {
        this.baseUrl = b.baseUrlWithoutSlash();
        this.apiKey = b.apiKey();
        this.model = b.model();
        this.responseFormat = responseFormat != null ? responseFormat : defaultFormat(b.model());
        this.language = b.language();
        this.timeout = b.timeout();
        this.maxUploadBytes = b.maxUploadBytes();
        if (apiKey == null && baseUrl.equals(DEFAULT_BASE_URL)) {
            throw new ConfigurationException(SpeechHttp.NO_KEY, "no API key for the OpenAI speech service; set "
                    + API_KEY_VARIABLE + ", or set a base URL (baseUrl) for an OpenAI-compatible server without a key");
        }
        this.http = new SpeechHttp("openai", API_KEY_VARIABLE, b.connectTimeout(), b.maxRetries(),
                b.initialBackoff(), b.maxBackoff());
    }

    /**
     * @return a builder with the defaults: {@link #DEFAULT_BASE_URL}, {@code whisper-1}, 25 MB upload limit,
     *         5 minute timeout, 3 retries from 1 s backoff capped at 30 s
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    static String defaultFormat(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        if (m.contains("diarize")) {
            return "diarized_json";
        }
        if (m.startsWith("gpt-4o")) {
            return "json";
        }
        return "verbose_json";
    }

    /**
     * @return the response format sent
     * @since 0.1.0
     */
    public String responseFormat() {
        return responseFormat;
    }

    @Override
    public Transcription transcribe(AudioInput audio) {
        Objects.requireNonNull(audio, "audio");
        SpeechHttp.Multipart form = new SpeechHttp.Multipart()
                .field("model", model)
                .field("response_format", responseFormat);
        if (responseFormat.equals("verbose_json")) {
            form.field("timestamp_granularities[]", "segment");
        }
        if (responseFormat.equals("diarized_json")) {
            form.field("chunking_strategy", "auto");
        }
        if (language != null) {
            form.field("language", language);
        }
        form.file("file", "audio." + audio.format().extension(), audio.format().mimeType(), audio.content());
        byte[] body = form.body();
        URI uri = URI.create(baseUrl + "/audio/transcriptions");
        JsonNode json = http.sendJson(() -> {
            HttpRequest.Builder r = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", form.contentType())
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (apiKey != null) {
                r.header("Authorization", "Bearer " + apiKey);
            }
            return r.build();
        });
        return new Transcription(parse(json, http), "openai:" + model);
    }

    static List<SpeechSegment> parse(JsonNode json, SpeechHttp http) {
        JsonNode segments = json.get("segments");
        List<SpeechSegment> out = new ArrayList<>();
        if (segments != null && segments.isArray() && !segments.isEmpty()) {
            for (JsonNode s : segments) {
                if (!s.isObject() || !s.hasNonNull("text")) {
                    throw http.malformed("a segment has no text");
                }
                Double start = SpeechHttp.seconds(s, "start");
                Double end = SpeechHttp.seconds(s, "end");
                JsonNode speaker = s.get("speaker");
                out.add(new SpeechSegment(speaker == null || speaker.isNull() ? "" : speaker.asText(),
                        s.get("text").asText(), start == null ? null : SpeechSegment.seconds(start),
                        end == null ? null : SpeechSegment.seconds(end)));
            }
            return out;
        }
        JsonNode text = json.get("text");
        if (text == null || !text.isTextual()) {
            throw http.malformed("neither segments nor text");
        }
        if (!text.asText().isBlank()) {
            out.add(new SpeechSegment("", text.asText(), null, null));
        }
        return out;
    }

    @Override
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    @Override
    public String name() {
        return "openai:" + model;
    }

    @Override
    public String toString() {
        return "OpenAiTranscriber[model=" + model + ", responseFormat=" + responseFormat + ", maxUploadBytes="
                + maxUploadBytes + "]";
    }

    /**
     * Builds an {@link OpenAiTranscriber}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends RemoteTranscriberBuilder<Builder> {
        private String responseFormat;

        private Builder() {
            super(DEFAULT_BASE_URL, "whisper-1", Duration.ofMinutes(5), OPENAI_MAX_UPLOAD_BYTES);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param format {@code verbose_json}, {@code json} or {@code diarized_json}; null picks one for the model
         * @return this builder
         */
        public Builder responseFormat(String format) {
            this.responseFormat = format;
            return this;
        }

        /**
         * @return the transcriber
         * @throws ConfigurationException CN-4709 when the base URL is the service's own and there is no key
         */
        public OpenAiTranscriber build() {
            return new OpenAiTranscriber(settings(), responseFormat);
        }
    }
}
