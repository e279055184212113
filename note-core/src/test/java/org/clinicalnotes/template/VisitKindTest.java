package org.clinicalnotes.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class VisitKindTest {

    private static Transcript transcript(String... lines) {
        List<Turn> turns = new ArrayList<>();
        for (String line : lines) {
            turns.add(new Turn(line.startsWith("D:") ? Speaker.CLINICIAN : Speaker.PATIENT, line.substring(2).strip()));
        }
        return Transcript.ofTurns("test", turns);
    }

    @Test
    void psychotherapy_session_gets_a_birp_note() {
        Transcript t = transcript("D: Last session we worked on the thought record. How did the homework go?",
                "P: I noticed the anxious thoughts more, and the breathing exercise helped with the panic.",
                "D: Let's look at the evidence for that thought and practice a coping skill.",
                "P: My mood is a bit better and I feel less guilt.");

        assertThat(VisitKind.detect(t)).isEqualTo(VisitKind.PSYCHOTHERAPY);
        assertThat(VisitKind.detect(t).templateId()).isEqualTo("birp");
    }

    @Test
    void psychiatric_intake_gets_the_intake_note() {
        Transcript t = transcript("D: This is your intake visit. What brings you in today?",
                "P: My depression and anxiety have been bad for months.",
                "D: Any psychiatric history? Have you ever been hospitalized?",
                "P: I was on sertraline once. My mother had bipolar disorder.");

        assertThat(VisitKind.detect(t)).isEqualTo(VisitKind.PSYCHIATRIC_INTAKE);
    }

    @Test
    void referral_gets_a_consult_and_anything_else_a_soap_note() {
        assertThat(VisitKind.detect(transcript("D: Your primary care doctor referred you for the knee pain.",
                "P: Yes, it swells after running."))).isEqualTo(VisitKind.SPECIALTY);
        assertThat(VisitKind.detect(transcript("D: How is the cough?", "P: Better since the inhaler.")))
                .isEqualTo(VisitKind.PRIMARY_CARE);
    }

    @Test
    void one_clinician_speaking_is_a_dictation() {
        assertThat(VisitKind.isDictation(transcript("D: Subjective. Cough for two weeks.", "D: Plan. Inhaler.")))
                .isTrue();
        assertThat(VisitKind.isDictation(transcript("D: How is the cough?", "P: Better."))).isFalse();
    }
}
