package org.clinicalnotes.between;

import java.util.Objects;

/**
 * A crisis resource the clinician's organisation configured (a crisis line, an on-call number, an
 * emergency service), attached to every URGENT alert for the clinician to act on. The monitor never
 * contacts the client itself.
 *
 * @param name what it is, for example {@code 988 Suicide & Crisis Lifeline}; not blank
 * @param contact how to reach it, for example {@code call or text 988}; not blank
 * @since 0.2.0
 */
public record CrisisResource(String name, String contact) {

    /** Validates. */
    public CrisisResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
        if (name.isBlank() || contact.isBlank()) {
            throw new IllegalArgumentException("name and contact must not be blank");
        }
    }
}
