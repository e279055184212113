package org.clinicalnotes.speech.deepgram;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.speech.AudioInput;
import org.clinicalnotes.speech.SpeechSegment;
import org.clinicalnotes.speech.Transcriber;
import org.clinicalnotes.speech.Transcription;
import org.clinicalnotes.speech.internal.SpeechHttp;
import org.clinicalnotes.speech.remote.RemoteTranscriberBuilder;

/**
 * A {@link Transcriber} for Deepgram's pre-recorded API: {@code POST /v1/listen?model=…&diarize=true&utterances=true
 * &punctuate=true&smart_format=true} with the audio as the raw body and its detected MIME type.
 *
 * <p>Each entry of {@code results.utterances} becomes a segment with its {@code speaker} number, {@code start},
 * {@code end} and {@code transcript}; without utterances, the first channel's first alternative becomes one
 * segment. The key goes in {@code Authorization: Token …}; a self-hosted server (a {@link Builder#baseUrl(String)
 * base URL} of your own) may need none. Retries 429, 5xx, timeouts and connection failures; 413 is CN-4705,
 * 401/403 CN-4702 naming {@code DEEPGRAM_API_KEY}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DeepgramTranscriber implements Transcriber {

    /** The default base URL (without {@code /v1}). */
    public static final String DEFAULT_BASE_URL = "https://api.deepgram.com";
    /** The environment variable the CLI reads the key from. */
    public static final String API_KEY_VARIABLE = "DEEPGRAM_API_KEY";
    /** Deepgram's documented limit for pre-recorded files: 2 GB. */
    public static final long DEEPGRAM_MAX_UPLOAD_BYTES = 2_000_000_000L;

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final String language;
    private final Duration timeout;
    private final long maxUploadBytes;
    private final SpeechHttp http;

    private DeepgramTranscriber(RemoteTranscriberBuilder.Settings b) {
        String u = b.baseUrlWithoutSlash();
        this.baseUrl = u.endsWith("/v1") ? u.substring(0, u.length() - 3) : u;
        this.apiKey = b.apiKey();
        this.model = b.model();
        this.language = b.language();
        this.timeout = b.timeout();
        this.maxUploadBytes = b.maxUploadBytes();
        if (apiKey == null && baseUrl.equals(DEFAULT_BASE_URL)) {
            throw new ConfigurationException(SpeechHttp.NO_KEY, "no API key for Deepgram; set " + API_KEY_VARIABLE
                    + ", or set a base URL (baseUrl) for a self-hosted server");
        }
        this.http = new SpeechHttp("deepgram", API_KEY_VARIABLE, b.connectTimeout(), b.maxRetries(),
                b.initialBackoff(), b.maxBackoff());
    }

    /**
     * @return a builder with the defaults: {@link #DEFAULT_BASE_URL}, model {@code nova-3}, 2 GB upload limit,
     *         10 minute timeout, 3 retries from 1 s backoff capped at 30 s
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Transcription transcribe(AudioInput audio) {
        Objects.requireNonNull(audio, "audio");
        StringBuilder q = new StringBuilder("/v1/listen?model=").append(enc(model))
                .append("&diarize=true&utterances=true&punctuate=true&smart_format=true");
        if (language != null) {
            q.append("&language=").append(enc(language));
        }
        URI uri = URI.create(baseUrl + q);
        byte[] body = audio.content();
        JsonNode json = http.sendJson(() -> {
            HttpRequest.Builder r = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", audio.format().mimeType())
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (apiKey != null) {
                r.header("Authorization", "Token " + apiKey);
            }
            return r.build();
        });
        return new Transcription(parse(json, http), "deepgram:" + model);
    }

    static List<SpeechSegment> parse(JsonNode json, SpeechHttp http) {
        JsonNode results = json.get("results");
        if (results == null || !results.isObject()) {
            throw http.malformed("no results object");
        }
        List<SpeechSegment> out = new ArrayList<>();
        JsonNode utterances = results.get("utterances");
        if (utterances != null && utterances.isArray() && !utterances.isEmpty()) {
            for (JsonNode u : utterances) {
                if (!u.isObject() || !u.hasNonNull("transcript")) {
                    throw http.malformed("an utterance has no transcript");
                }
                Double start = SpeechHttp.seconds(u, "start");
                Double end = SpeechHttp.seconds(u, "end");
                JsonNode speaker = u.get("speaker");
                out.add(new SpeechSegment(speaker == null || speaker.isNull() ? "" : speaker.asText(),
                        u.get("transcript").asText(), start == null ? null : SpeechSegment.seconds(start),
                        end == null ? null : SpeechSegment.seconds(end)));
            }
            return out;
        }
        JsonNode alt = results.path("channels").path(0).path("alternatives").path(0);
        if (!alt.isObject() || !alt.has("transcript")) {
            throw http.malformed("neither utterances nor a channel transcript");
        }
        String text = alt.get("transcript").asText();
        if (!text.isBlank()) {
            out.add(new SpeechSegment("", text, null, null));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    @Override
    public String name() {
        return "deepgram:" + model;
    }

    @Override
    public String toString() {
        return "DeepgramTranscriber[model=" + model + ", maxUploadBytes=" + maxUploadBytes + "]";
    }

    /**
     * Builds a {@link DeepgramTranscriber}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends RemoteTranscriberBuilder<Builder> {

        private Builder() {
            super(DEFAULT_BASE_URL, "nova-3", Duration.ofMinutes(10), DEEPGRAM_MAX_UPLOAD_BYTES);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @return the transcriber
         * @throws ConfigurationException CN-4709 when the base URL is the service's own and there is no key
         */
        public DeepgramTranscriber build() {
            return new DeepgramTranscriber(settings());
        }
    }
}
