package org.clinicalnotes;

/**
 * A setting or option is invalid or not available in this build (an unknown template id, a model
 * that is not installed). The message names the setting (a builder method or option key), never a
 * command-line flag.
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
}
