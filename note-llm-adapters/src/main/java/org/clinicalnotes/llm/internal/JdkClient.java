package org.clinicalnotes.llm.internal;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A langchain4j {@link HttpClient} over {@code java.net.http} that (1) keeps the {@code Retry-After}
 * of error responses, (2) stops the exchange when the calling thread is interrupted, so that
 * cancelling a future reaches the socket, and (3) turns timeouts into langchain4j's
 * {@link TimeoutException}. Thread-safe.
 */
public final class JdkClient implements HttpClient {

    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;

    private JdkClient(Builder b) {
        this.client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = b.readTimeout;
    }

    /** @return a builder with 10 s connect and 60 s read timeouts */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder rb = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout);
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            if (RESTRICTED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (String v : h.getValue()) {
                rb.header(h.getKey(), v);
            }
        }
        if (request.method() == HttpMethod.POST) {
            String body = request.body() == null ? "" : request.body();
            rb.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else if (request.method() == HttpMethod.DELETE) {
            rb.DELETE();
        } else {
            rb.GET();
        }
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(rb.build(), BoundedBody.utf8(BoundedBody.DEFAULT_MAX_BYTES));
        HttpResponse<String> response;
        try {
            response = future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("request cancelled"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new TimeoutException("no response within " + readTimeout.toMillis() + " ms", cause);
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("HTTP exchange failed", cause);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new StatusException(status, response.body(),
                    parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("streaming is not used by clinical-notes");
    }

    /**
     * Parses a Retry-After value: delay seconds or an HTTP date.
     *
     * @param value the header, may be null
     * @return the delay, or null when absent or unreadable
     */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** Builds a {@link JdkClient}. */
    public static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public JdkClient build() {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            return new JdkClient(this);
        }
    }
}
