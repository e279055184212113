package org.clinicalnotes.deid;

import org.clinicalnotes.transcript.Transcript;

/**
 * SPI: replaces protected health information in a transcript with surrogates before it goes to a
 * remote model, and keeps what is needed to put the originals back.
 *
 * <p>Implementations must be thread-safe; each call returns a fresh {@link Redaction} whose vault
 * belongs to that request only.
 *
 * @since 0.1.0
 */
public interface Deidentifier {

    /**
     * @param transcript the original conversation; not null
     * @return the redacted transcript and the vault to re-identify the model's output
     */
    Redaction redact(Transcript transcript);

    /** @return a short policy name for note metadata, for example {@code surrogates} */
    String policyName();
}
