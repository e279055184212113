package org.clinicalnotes;

/**
 * A note model or speech service failed after any retries: network error, timeout, provider error
 * status, or output that stayed invalid after a repair attempt. {@link #isRetryable()} says whether the
 * same call may succeed later.
 *
 * @since 0.1.0
 */
public class ModelCallException extends ClinicalNotesException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final int statusCode;

    /**
     * @param code stable code
     * @param message what failed, without prompts, transcript text or model output
     * @param statusCode the provider's HTTP status, or 0 when there was none
     * @param retryable whether the same call may succeed later (429, 5xx, timeouts)
     * @param cause the provider's exception, may be null
     */
    public ModelCallException(String code, String message, int statusCode, boolean retryable, Throwable cause) {
        super(code, message, cause);
        this.statusCode = statusCode;
        this.retryable = retryable;
    }

    /** @return the provider's HTTP status, or 0 when the failure had none */
    public int statusCode() {
        return statusCode;
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
