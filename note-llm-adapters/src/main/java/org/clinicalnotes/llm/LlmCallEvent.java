package org.clinicalnotes.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * What one HTTP call to a model cost and how it ended. Holds no prompt, transcript or output text,
 * so it may be logged and exported as metrics.
 *
 * @param provider the provider's name, for example {@code OpenAI}; not null
 * @param modelName the model or deployment name; not null
 * @param purpose {@code draft}, {@code repair} or {@code part 2/5} for a map step; not null
 * @param attempt 1 for the first attempt, 2 for the first retry, and so on
 * @param outcome how the call ended; not null
 * @param statusCode the provider's HTTP status on failure, 0 on success or when there was none
 * @param inputTokens prompt tokens the provider reported, or -1
 * @param outputTokens completion tokens the provider reported, or -1
 * @param latency wall time of the call; not null
 * @since 0.1.0
 */
public record LlmCallEvent(String provider, String modelName, String purpose, int attempt, Outcome outcome,
                           int statusCode, int inputTokens, int outputTokens, Duration latency) {

    /** How a call ended. */
    public enum Outcome {
        /** The provider answered. */
        OK,
        /** The provider answered with an error status. */
        HTTP_ERROR,
        /** No answer in time. */
        TIMEOUT,
        /** The connection failed. */
        NETWORK_ERROR,
        /** The caller cancelled. */
        CANCELLED,
        /** The provider answered, but the body could not be parsed (never retried; one repair request). */
        BAD_ANSWER,
        /** Anything else. */
        ERROR
    }

    /** Validates. */
    public LlmCallEvent {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(latency, "latency");
    }
}
