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

    /**
     * Puts the originals back like {@link #reidentify(String)} and reports PHI-like spans in the text that no
     * surrogate explains. The default implementation reports none.
     *
     * @param text model output; not null
     * @return the re-identified text and the unexpected spans by category
     * @since 0.1.0
     */
    default Reidentified reidentifyChecked(String text) {
        return new Reidentified(reidentify(text), java.util.Map.of());
    }

    /** @return a vault that changes nothing */
    static SurrogateVault identity() {
        return text -> text;
    }
}
