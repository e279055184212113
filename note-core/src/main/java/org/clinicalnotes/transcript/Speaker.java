package org.clinicalnotes.transcript;

import java.util.Objects;

/**
 * A speaker: a role and the label the source used ({@code doctor}, {@code patient_guest},
 * {@code Guest_family}, a voice name in WebVTT).
 *
 * <p>The label may be a person's name, so {@link #toString()} prints the role only.
 *
 * @param role the role; not null
 * @param label the label as written in the source, trimmed; not null, may be empty
 * @since 0.1.0
 */
public record Speaker(SpeakerRole role, String label) {

    /** The default clinician speaker. */
    public static final Speaker CLINICIAN = new Speaker(SpeakerRole.CLINICIAN, "clinician");
    /** The default patient speaker. */
    public static final Speaker PATIENT = new Speaker(SpeakerRole.PATIENT, "patient");

    /** Validates and trims. */
    public Speaker {
        Objects.requireNonNull(role, "role");
        label = Objects.requireNonNull(label, "label").strip();
    }

    /**
     * @param role the role
     * @param label the source's label
     * @return a speaker
     */
    public static Speaker of(SpeakerRole role, String label) {
        return new Speaker(role, label);
    }

    @Override
    public String toString() {
        return "Speaker[role=" + role + ", labelLength=" + label.length() + "]";
    }
}
