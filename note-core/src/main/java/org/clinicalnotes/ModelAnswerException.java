package org.clinicalnotes;

/**
 * The model answered, but the answer cannot be used: the response body is not parseable (CN-3307), the
 * output does not match the note schema (CN-4006) or it was cut off at the token limit (CN-4005). Distinct
 * from a network or provider failure: it is never retried as one; a note model sends at most one repair
 * request before throwing it.
 *
 * @since 0.2.0
 */
public class ModelAnswerException extends ModelCallException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code stable code
     * @param message what was wrong with the answer, without the answer's text
     * @param cause the parser's exception, may be null
     */
    public ModelAnswerException(String code, String message, Throwable cause) {
        super(code, message, 200, false, cause);
    }
}
