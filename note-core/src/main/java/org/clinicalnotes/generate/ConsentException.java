package org.clinicalnotes.generate;

import org.clinicalnotes.BadInputException;

/**
 * A generator built with {@link NoteGenerator.Builder#requireConsent()} was asked to draft without the
 * patient's consent to recording and AI drafting. Code {@code CN-3310}; CLI exit code 3.
 *
 * @since 0.2.0
 */
final class ConsentException extends BadInputException {

    private static final long serialVersionUID = 1L;

    ConsentException(boolean partial) {
        super("CN-3310", null, 0, partial
                        ? "the consent given does not cover both recording and AI drafting"
                        : "no patient consent: this generator drafts only with consent to recording and AI drafting",
                "Record the patient's consent and pass it with the request.", null);
    }
}
