package org.clinicalnotes.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * When {@link LlmNoteModel} repeats a failed call: on HTTP 429, 5xx, timeouts and network errors, up
 * to {@code maxRetries} times, waiting {@code initialDelay * 2^attempt} (capped at {@code maxDelay})
 * with full jitter in its upper half, or the server's {@code Retry-After} when it sent one (capped
 * at {@code maxRetryAfter}). Never on 400, 401, 403 or other 4xx.
 *
 * @param maxRetries retries after the first attempt, 0 or more
 * @param initialDelay the first back-off; positive
 * @param maxDelay the longest computed back-off; not shorter than {@code initialDelay}
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one fails the call at once
 * @since 0.1.0
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {

    /** Validates. */
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay");
        }
    }

    /** @return 3 retries, 1 s doubling up to 20 s, Retry-After honoured up to 60 s */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    /** @return a policy that never retries */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);
    }

    /**
     * @param retries the new retry count
     * @return a copy with that many retries
     */
    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialDelay, maxDelay, maxRetryAfter);
    }

    /**
     * The back-off before retry {@code attempt} (0-based) without a Retry-After.
     *
     * @param attempt the retry number, 0 for the first retry
     * @param random a number in [0, 1) for jitter
     * @return the delay, between half and all of the capped exponential delay
     */
    public Duration backoff(int attempt, double random) {
        long base = initialDelay.toMillis() << Math.min(attempt, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (random * (capped - capped / 2)));
    }
}
