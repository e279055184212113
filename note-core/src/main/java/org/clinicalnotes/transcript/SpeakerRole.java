package org.clinicalnotes.transcript;

/**
 * Who a speaker is in the encounter.
 *
 * @since 0.1.0
 */
public enum SpeakerRole {
    /** The doctor, therapist, nurse or other clinician who writes the note. */
    CLINICIAN,
    /** The patient or client. */
    PATIENT,
    /** Anyone else: a family member, an interpreter, a second clinician, a virtual assistant. */
    OTHER
}
