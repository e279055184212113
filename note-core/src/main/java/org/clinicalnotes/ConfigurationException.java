package org.clinicalnotes;

/**
 * A setting or option is invalid or not available in this build (an unknown template id, a model
 * that is not installed). CLI exit code 2, the same as a usage error.
 *
 * @since 0.1.0
 */
public class ConfigurationException extends ClinicalNotesException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code stable code
     * @param message what is wrong and what to do, without PHI
     */
    public ConfigurationException(String code, String message) {
        super(code, message, null);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
