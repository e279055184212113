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

    private OpenAiTranscriber(Builder b) {
        this.baseUrl = b.baseUrl.endsWith("/") ? b.baseUrl.substring(0, b.baseUrl.length() - 1) : b.baseUrl;
        this.apiKey = b.apiKey;
        this.model = b.model;
        this.responseFormat = b.responseFormat != null ? b.responseFormat : defaultFormat(b.model);
        this.language = b.language;
        this.timeout = b.timeout;
        this.maxUploadBytes = b.maxUploadBytes;
        if (apiKey == null && baseUrl.equals(DEFAULT_BASE_URL)) {
            throw new ConfigurationException(SpeechHttp.NO_KEY, "no API key for the OpenAI speech service; set "
                    + API_KEY_VARIABLE + ", or set a base URL (baseUrl) for an OpenAI-compatible server without a key");
        }
        this.http = new SpeechHttp("openai", API_KEY_VARIABLE, b.connectTimeout, b.maxRetries, b.initialBackoff,
                b.maxBackoff);
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
    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private String apiKey;
        private String model = "whisper-1";
        private String responseFormat;
        private String language;
        private Duration timeout = Duration.ofMinutes(5);
        private Duration connectTimeout = Duration.ofSeconds(30);
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private long maxUploadBytes = OPENAI_MAX_UPLOAD_BYTES;

        private Builder() {
        }

        /**
         * @param baseUrl the API root including {@code /v1}, such as {@code http://localhost:8000/v1}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            URI u = URI.create(baseUrl);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw new ConfigurationException("CN-4711", "speech base URL must start with http:// or https://");
            }
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * @param apiKey the key, sent as a bearer token; null or blank for servers without keys
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
            return this;
        }

        /**
         * @param model the model ({@code whisper-1}, {@code gpt-4o-transcribe-diarize}, a local model name)
         * @return this builder
         */
        public Builder model(String model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * @param format {@code verbose_json}, {@code diarized_json} or {@code json}; null to choose from the model
         * @return this builder
         */
        public Builder responseFormat(String format) {
            this.responseFormat = format;
            return this;
        }

        /**
         * @param language an ISO-639-1 code such as {@code en}; null to let the service detect it
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * @param timeout how long one request may take, upload included
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * @param timeout how long connecting may take
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param retries retries after the first attempt for 429, 5xx, timeouts and connection failures
         * @return this builder
         */
        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0: " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        /**
         * @param initial the first retry delay (doubled each retry)
         * @param max the longest delay, also the cap on Retry-After
         * @return this builder
         */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = Objects.requireNonNull(initial, "initial");
            this.maxBackoff = Objects.requireNonNull(max, "max");
            return this;
        }

        /**
         * @param bytes the server's upload limit; audio above it is split by {@code AudioTranscriber}
         * @return this builder
         */
        public Builder maxUploadBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxUploadBytes must be positive: " + bytes);
            }
            this.maxUploadBytes = bytes;
            return this;
        }

        /**
         * @return the transcriber
         * @throws ConfigurationException CN-4709 when the base URL is OpenAI's and there is no key
         */
        public OpenAiTranscriber build() {
            return new OpenAiTranscriber(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
