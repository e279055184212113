package org.clinicalnotes.deid;

import java.util.Objects;
import org.clinicalnotes.transcript.Transcript;

/**
 * The result of de-identification: the redacted transcript and the vault that maps surrogates back.
 *
 * @param transcript the redacted transcript, with the original utterance ids; not null
 * @param vault the surrogate vault for this request; not null
 * @since 0.1.0
 */
public record Redaction(Transcript transcript, SurrogateVault vault) {

    /** Validates. */
    public Redaction {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(vault, "vault");
    }
}
