package org.clinicalnotes.fhir;

import org.clinicalnotes.BadInputException;
import org.clinicalnotes.PublicApi;

/**
 * A note cannot be mapped to FHIR as given: its template is not known (CN-1502), the template passed is not
 * the note's (CN-1503) or an id it carries is not a valid FHIR id (CN-1504). A {@link BadInputException}:
 * the fix is in the input (the note or the template passed with it). The message names the field or
 * template id, never clinical text.
 *
 * @since 0.3.0
 */
@PublicApi
public class FhirMappingException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code stable code (CN-150x)
     * @param reason what cannot be mapped, without PHI
     * @param hint what to do
     */
    public FhirMappingException(String code, String reason, String hint) {
        super(code, null, 0, reason, hint, null);
    }
}
