package org.clinicalnotes.llm.internal;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider's error status with the {@code Retry-After} it sent, if any. The body is kept only for
 * langchain4j's own mapping; this SDK never prints it.
 */
public final class StatusException extends HttpException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param statusCode HTTP status
     * @param body response body, may be empty
     * @param retryAfter the server's Retry-After, or null
     */
    public StatusException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** @return the server's Retry-After, when it sent one */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return "StatusException[status=" + statusCode() + "]";
    }
}
