package org.clinicalnotes.deid;

/**
 * Maps the surrogates of one request back to the original values. Lives in memory for one request and
 * is never logged; {@code toString()} of implementations must not print its contents.
 *
 * @since 0.1.0
 */
public interface SurrogateVault {

    /**
     * Puts the original values back into text the model wrote from the redacted transcript.
     *
     * @param text model output; not null
     * @return the text with every surrogate replaced by its original
     */
    String reidentify(String text);

    /** @return a vault that changes nothing */
    static SurrogateVault identity() {
        return text -> text;
    }
}
