package org.clinicalnotes.transcript.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerRolesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "doctor, CLINICIAN", "Doctor, CLINICIAN", "DR, CLINICIAN", "Dr., CLINICIAN", "physician, CLINICIAN",
        "clinician, CLINICIAN", "therapist, CLINICIAN", "Counselor, CLINICIAN", "counsellor, CLINICIAN",
        "psychiatrist, CLINICIAN", "psychologist, CLINICIAN", "nurse, CLINICIAN", "NP, CLINICIAN", "PA, CLINICIAN",
        "provider, CLINICIAN", "interviewer, CLINICIAN", "Guest_clinician, CLINICIAN", "Guest_clinican, CLINICIAN",
        "Doctor_2, CLINICIAN", "Docotr_2, CLINICIAN", "Dr. Smith, CLINICIAN", "Dr Smith, CLINICIAN",
        "Doctor Rivera, CLINICIAN", "Nurse Joy, CLINICIAN", "'Jane Roe, MD', CLINICIAN", "guest clinician, CLINICIAN",
        "patient, PATIENT", "Patient, PATIENT", "client, PATIENT", "pt, PATIENT", "Pt., PATIENT",
        "patient_guest, OTHER", "Guest_family, OTHER", "Gest_family, OTHER", "Guest_family_2, OTHER",
        "family, OTHER", "mother, OTHER", "interpreter, OTHER", "Maria, OTHER", "unknown, OTHER", "1, OTHER",
        "SPEAKER_00, OTHER", "'', OTHER",
    })
    void maps_labels_to_roles(String label, SpeakerRole role) {
        assertThat(SpeakerRoles.roleOf(label)).isEqualTo(role);
    }

    @Test
    void speaker_keeps_the_label_as_written() {
        Speaker s = SpeakerRoles.speakerOf("  Dr. Lee ");

        assertThat(s.role()).isEqualTo(SpeakerRole.CLINICIAN);
        assertThat(s.label()).isEqualTo("Dr. Lee");
        assertThat(s.toString()).doesNotContain("Lee");
    }

    @Test
    void normalizes_separators_case_and_trailing_numbers() {
        assertThat(SpeakerRoles.normalize(" Guest-Family  2 ")).isEqualTo("guest_family");
        assertThat(SpeakerRoles.normalize("Dr. Lee")).isEqualTo("dr_lee");
        assertThat(SpeakerRoles.normalize("12")).isEqualTo("12");
    }
}
