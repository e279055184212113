package org.clinicalnotes.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.llm.internal.StatusException;

/**
 * What a provider failure means: {@link #classify} sorts an exception from the chat model into an outcome
 * (HTTP status, timeout, network, cancelled, unparseable answer) with whether to retry, and
 * {@link #toException} turns it into the {@link ModelCallException} with its stable code, without any
 * of the provider's response text. Immutable and thread-safe.
 */
final class ProviderFailures {

    private final LlmProvider provider;
    private final String providerName;
    private final String modelName;
    private final String endpointHost;
    private final Duration timeout;

    ProviderFailures(LlmProvider provider, String providerName, String modelName, String endpointHost,
                     Duration timeout) {
        this.provider = provider;
        this.providerName = providerName;
        this.modelName = modelName;
        this.endpointHost = endpointHost;
        this.timeout = timeout;
    }

    record Failure(LlmCallEvent.Outcome outcome, int status, boolean retryable, Duration retryAfter) {
    }

    static Failure classify(Throwable e) {
        Duration retryAfter = null;
        int status = 0;
        boolean timeout = false;
        boolean network = false;
        boolean cancelled = false;
        boolean unparseable = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StatusException se) {
                retryAfter = se.retryAfter().orElse(null);
            }
            if (t instanceof HttpException he && status == 0) {
                status = he.statusCode();
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                timeout = true;
            } else if (t instanceof InterruptedIOException || t instanceof InterruptedException) {
                cancelled = true;
            } else if (t instanceof com.fasterxml.jackson.core.JsonProcessingException
                    || t instanceof org.clinicalnotes.llm.internal.BoundedBody.TooLarge) {
                unparseable = true;   // an IOException, but the network worked: the body did not parse
            } else if (t instanceof IOException) {
                network = true;
            }
        }
        if (status == 0) {
            if (e instanceof RateLimitException) {
                status = 429;
            } else if (e instanceof AuthenticationException) {
                status = 401;
            } else if (e instanceof InternalServerException) {
                status = 500;
            } else if (e instanceof InvalidRequestException) {
                status = 400;
            }
        }
        if (status != 0) {
            boolean retryable = status == 429 || status == 408 || status >= 500;
            return new Failure(LlmCallEvent.Outcome.HTTP_ERROR, status, retryable, retryable ? retryAfter : null);
        }
        if (cancelled || Thread.currentThread().isInterrupted()) {
            return new Failure(LlmCallEvent.Outcome.CANCELLED, 0, false, null);
        }
        if (timeout) {
            return new Failure(LlmCallEvent.Outcome.TIMEOUT, 0, true, null);
        }
        // A parser failure, or the provider client tripping over missing fields of an answer that did parse
        if (unparseable || e instanceof NullPointerException || e instanceof ClassCastException) {
            return new Failure(LlmCallEvent.Outcome.BAD_ANSWER, 200, false, null);
        }
        if (network) {
            return new Failure(LlmCallEvent.Outcome.NETWORK_ERROR, 0, true, null);
        }
        return new Failure(LlmCallEvent.Outcome.ERROR, 0, false, null);
    }

    ModelCallException toException(Failure f, int attempts, Throwable cause) {
        String who = providerName + " (" + endpointHost + ")";
        String tries = attempts == 1 ? "" : " after " + attempts + " attempts";
        String keyHint = provider != null && provider.keyVariable().isPresent()
                ? provider.keyVariable().get() : "the API key";
        Throwable safeCause = sanitise(cause);
        return switch (f.outcome()) {
            case HTTP_ERROR -> {
                int s = f.status();
                if (s == 401) {
                    yield new ModelCallException("CN-4001", who + " answered HTTP 401 Unauthorized: the API key was "
                            + "rejected; check " + keyHint, s, false, safeCause);
                } else if (s == 403) {
                    yield new ModelCallException("CN-4001", who + " answered HTTP 403 Forbidden: the key in " + keyHint
                            + " may not use model " + modelName, s, false, safeCause);
                } else if (s == 429) {
                    yield new ModelCallException("CN-4002", who + " answered HTTP 429 Too Many Requests" + tries
                            + "; wait and try again, or raise the rate limit", s, true, safeCause);
                } else if (s >= 500) {
                    yield new ModelCallException("CN-4003", who + " answered HTTP " + s + tries
                            + "; the provider is failing, try again later", s, true, safeCause);
                } else if (s == 404) {
                    yield new ModelCallException("CN-4007", who + " answered HTTP 404 Not Found: check the model name '"
                            + modelName + "' and the base URL", s, false, safeCause);
                } else {
                    yield new ModelCallException("CN-4007", who + " rejected the request with HTTP " + s
                            + "; check the model name '" + modelName + "' and the settings", s, s == 408, safeCause);
                }
            }
            case TIMEOUT -> new ModelCallException("CN-4004", "no answer from " + who + " within "
                    + timeout.toSeconds() + " s" + tries + "; raise the timeout (timeout) or try again", 0, true, safeCause);
            case NETWORK_ERROR -> new ModelCallException("CN-4008", "could not reach " + who + tries
                    + "; check the URL and the network", 0, true, safeCause);
            case CANCELLED -> cancelled(cause);
            default -> new ModelCallException("CN-4011", "the call to " + who + " failed ("
                    + cause.getClass().getSimpleName() + ")", 0, false, safeCause);
        };
    }

    static ModelCallException cancelled(Throwable cause) {
        return new ModelCallException("CN-4009", "the model call was cancelled", 0, false, sanitise(cause));
    }

    /**
     * Provider exceptions can carry the response body, which may echo request text; keep only their
     * types and statuses so that nothing of the transcript travels in a stack trace.
     */
    private static Throwable sanitise(Throwable cause) {
        if (cause == null) {
            return null;
        }
        int status = 0;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException he) {
                status = he.statusCode();
                break;
            }
        }
        return new ProviderError(cause.getClass().getName() + (status != 0 ? " (HTTP " + status + ")" : ""));
    }

    /** A provider exception reduced to its type and status. */
    static final class ProviderError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProviderError(String message) {
            super(message);
        }
    }
}
