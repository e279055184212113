package org.clinicalnotes.fhir.safety;

import org.clinicalnotes.measure.Instrument;

/** LOINC codes for the measures, each checked against published LOINC usage. Not API. */
final class Loinc {

    private Loinc() {
    }

    /** A code, with an optional second code for the same observation (SpO2 carries two). */
    record Code(String code, String display, Code also) {
    }

    static Code of(Instrument i) {
        return switch (i) {
            case PHQ_9 -> new Code("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", null);
            case PHQ_2 -> new Code("55758-7", "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]", null);
            case GAD_7 -> new Code("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]", null);
            case AUDIT -> new Code("75624-7", "Total score [AUDIT]", null);
            case AUDIT_C -> new Code("75626-2", "Total score [AUDIT-C]", null);
            case PCL_5 -> new Code("91006-2", "PTSD Checklist for DSM-5 (PCL-5) total score", null);
            case EPDS -> new Code("99046-5", "Total score [EPDS]", null);
            case C_SSRS -> new Code("93374-7", "Suicide risk level", null);
            case HEART_RATE -> new Code("8867-4", "Heart rate", null);
            case BODY_TEMPERATURE -> new Code("8310-5", "Body temperature", null);
            case OXYGEN_SATURATION -> new Code("2708-6", "Oxygen saturation in Arterial blood",
                    new Code("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", null));
            case BODY_WEIGHT -> new Code("29463-7", "Body weight", null);
            case BP_SYSTOLIC -> new Code("8480-6", "Systolic blood pressure", null);
            case BP_DIASTOLIC -> new Code("8462-4", "Diastolic blood pressure", null);
        };
    }
}
