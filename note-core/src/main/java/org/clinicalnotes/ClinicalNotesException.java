package org.clinicalnotes;

import java.util.Objects;
import java.util.Optional;

/**
 * Root of every exception the SDK throws on purpose. Unchecked.
 *
 * <p>Each carries a stable code ({@code CN-xxxx}) at the start of its message; every code is listed,
 * with what happened and what to do, in {@link ErrorCodes} (and the README's error table). The type
 * says what kind of failure it is; an application (such as the command line in the examples module)
 * maps types to its own outcomes (exit codes, HTTP statuses). Messages name settings as builder
 * methods or option keys, never as command-line flags. Messages never contain patient text, names, identifiers, prompts or model
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

    /**
     * A machine-readable hint: the setting this failure's message names, as {@code Type.builderMethod} or a
     * type ({@code TranscriptReader.maxBytes}, {@code LlmNoteModel.baseUrl}, {@code TranscriptFormat}), from
     * the registry ({@link ErrorCodes#setting}). An application maps it to its own control, such as a flag.
     *
     * @return the setting, or empty when the remedy is not a setting
     */
    public Optional<String> setting() {
        return ErrorCodes.setting(code);
    }

    /** @return whether repeating the same call may succeed; false unless a subclass says otherwise */
    public boolean isRetryable() {
        return false;
    }
}
