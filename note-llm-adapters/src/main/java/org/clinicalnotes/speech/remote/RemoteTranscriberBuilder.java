package org.clinicalnotes.speech.remote;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.PublicApi;

/**
 * The settings every remote speech service's builder has, validated when set; a service's builder adds its
 * own (for example OpenAI's response format) and {@code build()}. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 * @since 0.3.0
 */
@PublicApi
public abstract class RemoteTranscriberBuilder<B extends RemoteTranscriberBuilder<B>> {

    private String baseUrl;
    private String apiKey;
    private String model;
    private String language;
    private Duration timeout;
    private Duration connectTimeout = Duration.ofSeconds(30);
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private long maxUploadBytes;

    /**
     * @param baseUrl the service's default base URL
     * @param model the service's default model
     * @param timeout the default request timeout
     * @param maxUploadBytes the service's documented upload limit
     */
    protected RemoteTranscriberBuilder(String baseUrl, String model, Duration timeout, long maxUploadBytes) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.model = Objects.requireNonNull(model, "model");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.maxUploadBytes = maxUploadBytes;
    }

    /** @return this builder as its concrete type */
    protected abstract B self();

    /**
     * The values set, for the service's {@code build()}.
     *
     * @param baseUrl the base URL as given
     * @param apiKey the key, or null
     * @param model the model
     * @param language a BCP-47 tag, or null for the service default
     * @param timeout how long one request may take
     * @param connectTimeout how long connecting may take
     * @param maxRetries retries after the first attempt
     * @param initialBackoff the first retry delay
     * @param maxBackoff the longest retry delay
     * @param maxUploadBytes the upload limit
     */
    public record Settings(String baseUrl, String apiKey, String model, String language, Duration timeout,
                           Duration connectTimeout, int maxRetries, Duration initialBackoff, Duration maxBackoff,
                           long maxUploadBytes) {

        /** @return the base URL without a trailing slash */
        public String baseUrlWithoutSlash() {
            return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }

        @Override
        public String toString() {
            return "Settings[model=" + model + ", maxUploadBytes=" + maxUploadBytes + "]";
        }
    }

    /** @return the values set so far */
    protected final Settings settings() {
        return new Settings(baseUrl, apiKey, model, language, timeout, connectTimeout, maxRetries, initialBackoff,
                maxBackoff, maxUploadBytes);
    }

    /**
     * @param baseUrl the server root, http or https
     * @return this builder
     * @throws ConfigurationException CN-4711 when the URL is not http(s)
     */
    public B baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI u = URI.create(baseUrl);
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
            throw new ConfigurationException("CN-4711", "speech base URL must start with http:// or https://");
        }
        this.baseUrl = baseUrl;
        return self();
    }

    /**
     * @param apiKey the key; null or blank for a server without keys
     * @return this builder
     */
    public B apiKey(String apiKey) {
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        return self();
    }

    /**
     * @param model the service's model name; not null
     * @return this builder
     */
    public B model(String model) {
        this.model = Objects.requireNonNull(model, "model");
        return self();
    }

    /**
     * @param language a BCP-47 tag such as {@code en}; null for the service default
     * @return this builder
     */
    public B language(String language) {
        this.language = language;
        return self();
    }

    /**
     * @param timeout how long one request may take; positive
     * @return this builder
     */
    public B timeout(Duration timeout) {
        this.timeout = positive(timeout, "timeout");
        return self();
    }

    /**
     * @param timeout how long connecting may take; positive
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * @param retries retries after the first attempt; 0 or more
     * @return this builder
     */
    public B maxRetries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + retries);
        }
        this.maxRetries = retries;
        return self();
    }

    /**
     * @param initial the first retry delay (doubled each retry)
     * @param max the longest delay, also the cap on Retry-After
     * @return this builder
     */
    public B backoff(Duration initial, Duration max) {
        this.initialBackoff = Objects.requireNonNull(initial, "initial");
        this.maxBackoff = Objects.requireNonNull(max, "max");
        return self();
    }

    /**
     * @param bytes the upload limit; larger WAV audio is split, other formats are refused; positive
     * @return this builder
     */
    public B maxUploadBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + bytes);
        }
        this.maxUploadBytes = bytes;
        return self();
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }
}
