package org.clinicalnotes.speech.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.clinicalnotes.ModelCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request to a speech service with retries: 429 and 5xx responses, timeouts and connection failures are
 * retried with exponential backoff (doubling from the initial delay, capped), honouring {@code Retry-After}
 * (seconds or an HTTP date) up to the cap; other 4xx responses are not retried. Failures become
 * {@link ModelCallException}s with CN-47xx codes. Logs only statuses, attempts and delays. Thread-safe.
 */
public final class SpeechHttp {

    /** Network failure after retries. */
    public static final String NETWORK = "CN-4701";
    /** 401 or 403. */
    public static final String AUTH = "CN-4702";
    /** 429 after retries. */
    public static final String RATE_LIMITED = "CN-4703";
    /** 5xx after retries. */
    public static final String SERVER = "CN-4704";
    /** 413. */
    public static final String TOO_LARGE = "CN-4705";
    /** Another 4xx. */
    public static final String REJECTED = "CN-4706";
    /** Timeout after retries. */
    public static final String TIMEOUT = "CN-4707";
    /** A 2xx response that is not the expected JSON. */
    public static final String MALFORMED = "CN-4708";
    /** Missing API key (a ConfigurationException). */
    public static final String NO_KEY = "CN-4709";
    /** Interrupted while waiting. */
    public static final String INTERRUPTED = "CN-4710";

    private static final Logger LOG = LoggerFactory.getLogger(SpeechHttp.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final String provider;
    private final String keyVariable;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final long maxResponseBytes = org.clinicalnotes.llm.internal.BoundedBody.DEFAULT_MAX_BYTES;

    /**
     * @param provider the service's name for messages ({@code openai}, {@code deepgram})
     * @param keyVariable the environment variable that holds its key, named on 401
     * @param connectTimeout connection timeout
     * @param maxRetries retries after the first attempt, 0 or more
     * @param initialBackoff first retry delay
     * @param maxBackoff the longest delay, also the cap on Retry-After
     */
    public SpeechHttp(String provider, String keyVariable, Duration connectTimeout, int maxRetries,
                      Duration initialBackoff, Duration maxBackoff) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.keyVariable = Objects.requireNonNull(keyVariable, "keyVariable");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Sends the request (built afresh for every attempt) until a 2xx response or a final failure.
     *
     * @param request builds the request
     * @return the successful response's body parsed as JSON
     * @throws ModelCallException on failure after retries
     */
    public JsonNode sendJson(Supplier<HttpRequest> request) {
        HttpResponse<byte[]> response = send(request);
        try {
            JsonNode node = MAPPER.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw malformed("the response is not a JSON object", null);
            }
            return node;
        } catch (IOException e) {
            throw malformed("the response is not JSON", e);
        }
    }

    /**
     * @param what what is wrong with the response, without its content
     * @return a CN-4708 exception
     */
    public ModelCallException malformed(String what) {
        return malformed(what, null);
    }

    /**
     * @param what what is wrong with the response, without its content
     * @param cause the parse error, may be null
     * @return a CN-4708 exception
     */
    public ModelCallException malformed(String what, Throwable cause) {
        return new ModelCallException(MALFORMED, provider + " speech service returned an unexpected response ("
                + what + "); check that the base URL points at a compatible server", 200, false, cause);
    }

    private HttpResponse<byte[]> send(Supplier<HttpRequest> request) {
        int attempt = 0;
        while (true) {
            Duration wait;
            ModelCallException failure;
            try {
                HttpResponse<byte[]> r = client.send(request.get(),
                        org.clinicalnotes.llm.internal.BoundedBody.bytes(maxResponseBytes));
                int status = r.statusCode();
                if (status >= 200 && status < 300) {
                    return r;
                }
                failure = statusFailure(status, r);
                if (!failure.isRetryable() || attempt >= maxRetries) {
                    throw failure;
                }
                wait = retryAfter(r).orElse(backoff(attempt));
                LOG.debug("{} speech service answered HTTP {}; retry {} of {} in {} ms", provider, status,
                        attempt + 1, maxRetries, wait.toMillis());
            } catch (HttpTimeoutException e) {
                failure = new ModelCallException(TIMEOUT, provider + " speech service did not answer in time after "
                        + (attempt + 1) + " attempt(s); raise the timeout or try again later", 0, true, e);
                if (attempt >= maxRetries) {
                    throw failure;
                }
                wait = backoff(attempt);
                LOG.debug("{} speech service timed out; retry {} of {}", provider, attempt + 1, maxRetries);
            } catch (IOException e) {
                if (org.clinicalnotes.llm.internal.BoundedBody.isTooLarge(e)) {
                    throw malformed("an answer larger than " + (maxResponseBytes >> 20) + " MB", null);
                }
                failure = new ModelCallException(NETWORK, provider + " speech service cannot be reached ("
                        + e.getClass().getSimpleName() + ") after " + (attempt + 1)
                        + " attempt(s); check the base URL and the network", 0, true, e);
                if (attempt >= maxRetries) {
                    throw failure;
                }
                wait = backoff(attempt);
                LOG.debug("{} speech service connection failed ({}); retry {} of {}", provider,
                        e.getClass().getSimpleName(), attempt + 1, maxRetries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelCallException(INTERRUPTED, provider + " speech request was interrupted", 0, false, e);
            }
            sleep(wait);
            attempt++;
        }
    }

    private ModelCallException statusFailure(int status, HttpResponse<byte[]> r) {
        String detail = errorDetail(r.body());
        String suffix = detail.isEmpty() ? "" : " (" + detail + ")";
        if (status == 401 || status == 403) {
            return new ModelCallException(AUTH, provider + " speech service rejected the API key (HTTP " + status
                    + "); set " + keyVariable + " to a valid key", status, false, null);
        }
        if (status == 413) {
            return new ModelCallException(TOO_LARGE, provider + " speech service rejected the audio as too large "
                    + "(HTTP 413); lower the upload limit (maxUploadBytes) so that WAV audio is split, or send "
                    + "smaller files", status, false, null);
        }
        if (status == 429) {
            return new ModelCallException(RATE_LIMITED, provider + " speech service is rate limiting (HTTP 429) "
                    + "after " + (maxRetries + 1) + " attempt(s)" + suffix + "; try again later", status, true, null);
        }
        if (status >= 500) {
            return new ModelCallException(SERVER, provider + " speech service failed (HTTP " + status + ") after "
                    + (maxRetries + 1) + " attempt(s)" + suffix + "; try again later", status, true, null);
        }
        return new ModelCallException(REJECTED, provider + " speech service rejected the request (HTTP " + status
                + ")" + suffix + "; check the model name and audio format", status, false, null);
    }

    /** The provider's error message or code (OpenAI {@code error.message}, Deepgram {@code err_msg}), one line, short. */
    static String errorDetail(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String detail = "";
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n != null && n.isObject()) {
                JsonNode e = n.get("error");
                if (e != null && e.isObject() && e.hasNonNull("message")) {
                    detail = e.get("message").asText();
                } else if (e != null && e.isTextual()) {
                    detail = e.asText();
                } else if (n.hasNonNull("err_msg")) {
                    detail = n.get("err_msg").asText();
                } else if (n.hasNonNull("detail")) {
                    detail = n.get("detail").asText();
                }
            }
        } catch (IOException | RuntimeException e) {
            detail = "";
        }
        detail = detail.replaceAll("\\s+", " ").strip();
        return detail.length() > 200 ? detail.substring(0, 200) + "…" : detail;
    }

    Duration backoff(int attempt) {
        long ms = initialBackoff.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }

    java.util.Optional<Duration> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, maxBackoff));
    }

    static java.util.Optional<Duration> parseRetryAfter(String value, Duration cap) {
        String v = value.strip();
        Duration d;
        try {
            d = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            } catch (DateTimeParseException e2) {
                return java.util.Optional.empty();
            }
        }
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        return java.util.Optional.of(d.compareTo(cap) > 0 ? cap : d);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(INTERRUPTED, "speech request was interrupted while waiting to retry", 0,
                    false, e);
        }
    }

    /** @return a Locale-independent lower-case string */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * A multipart/form-data body.
     */
    public static final class Multipart {
        private final String boundary = "----clinicalnotes" + Long.toHexString(System.nanoTime());
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        /**
         * @param name field name
         * @param value field value
         * @return this
         */
        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        /**
         * @param name field name
         * @param filename file name
         * @param contentType MIME type
         * @param bytes content
         * @return this
         */
        public Multipart file(String name, String filename, String contentType, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            out.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        /** @return the body, closed with the final boundary */
        public byte[] body() {
            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
            copy.writeBytes(out.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return copy.toByteArray();
        }

        /** @return the Content-Type header value */
        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * @param node a JSON node
     * @param field a field name
     * @return the field's value in seconds, or null when absent or not a number
     */
    public static Double seconds(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }
}
