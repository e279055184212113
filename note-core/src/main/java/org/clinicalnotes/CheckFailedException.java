package org.clinicalnotes;

/**
 * A note check failed in strict mode (for example a risk that was present in the conversation is not
 * covered by the note). The message names the check and the kind of finding, never
 * the patient's words.
 *
 * @since 0.1.0
 */
public class CheckFailedException extends ClinicalNotesException {

    private static final long serialVersionUID = 1L;

    private final String checkId;

    /**
     * @param code stable code
     * @param checkId id of the failing check, for example {@code risk-coverage}
     * @param message what failed, without PHI
     */
    public CheckFailedException(String code, String checkId, String message) {
        super(code, message, null);
        this.checkId = checkId;
    }

    /** @return the id of the check that failed */
    public String checkId() {
        return checkId;
    }
}
