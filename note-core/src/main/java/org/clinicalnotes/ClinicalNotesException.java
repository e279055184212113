package org.clinicalnotes;

import java.util.Objects;

/**
 * Root of every exception the SDK throws on purpose. Unchecked.
 *
 * <p>Each subclass maps to one CLI exit code and carries a stable code ({@code CN-xxxx}) at the
 * start of its message. Messages never contain patient text, names, identifiers, prompts or model
 * output: they name files, line numbers, utterance ids, lengths or setting names instead.
 *
 * @since 0.1.0
 */
public class ClinicalNotesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * Creates an exception.
     *
     * @param code stable error code such as {@code CN-1001}; not null
     * @param message message without PHI; not null
     * @param cause the cause, may be null
     */
    public ClinicalNotesException(String code, String message, Throwable cause) {
        super(Objects.requireNonNull(code, "code") + ": " + Objects.requireNonNull(message, "message"), cause);
        this.code = code;
    }

    /** @return the stable error code, for example {@code CN-1001} */
    public String code() {
        return code;
    }

    /** @return whether repeating the same call may succeed; false unless a subclass says otherwise */
    public boolean isRetryable() {
        return false;
    }

    /** @return the process exit code the CLI uses for this exception (1 for unexpected failures) */
    public int exitCode() {
        return 1;
    }
}
