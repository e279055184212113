package org.clinicalnotes.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.transcript.SpeakerRole;
import org.junit.jupiter.api.Test;

class SpeakerRoleInferenceTest {

    static SpeechSegment s(String speaker, String text) {
        return new SpeechSegment(speaker, text, null, null);
    }

    @Test
    void the_questioner_with_clinical_vocabulary_is_the_clinician() {
        List<SpeakerAssignment> a = SpeakerRoleInference.infer(List.of(
                s("1", "Hi, what brings you in today?"),
                s("0", "I've been having chest pain when I climb stairs."),
                s("1", "How long has that been going on? Any shortness of breath?"),
                s("0", "About three weeks. I get winded easily."),
                s("1", "Let's check your blood pressure and get an ECG, and I'd like you to follow up next week.")));

        assertThat(a).extracting(SpeakerAssignment::speaker, SpeakerAssignment::role, SpeakerAssignment::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", SpeakerRole.CLINICIAN, "clinician"),
                        org.assertj.core.groups.Tuple.tuple("0", SpeakerRole.PATIENT, "patient"));
        assertThat(a.get(0).confidence()).isGreaterThan(0.8);
        assertThat(a.get(0).cues()).contains("questions=3");
    }

    @Test
    void a_doctor_introduction_outweighs_a_patient_who_asks_questions() {
        List<SpeakerAssignment> a = SpeakerRoleInference.infer(List.of(
                s("A", "Is this the right room? Do I wait here?"),
                s("B", "Yes. I'm Dr. Okafor, nice to meet you."),
                s("A", "Will it take long? My back hurts."),
                s("B", "Not long. Tell me about the back pain.")));

        assertThat(a).filteredOn(x -> x.role() == SpeakerRole.CLINICIAN).extracting(SpeakerAssignment::speaker)
                .containsExactly("B");
    }

    @Test
    void three_speakers_keep_clinician_patient_and_parent_apart() {
        List<SpeakerAssignment> a = SpeakerRoleInference.infer(List.of(
                s("0", "Hello, I'm Dr. Patel. What brings you in today?"),
                s("1", "I'm her mother. She's been coughing at night for a week."),
                s("2", "My throat hurts and I feel tired."),
                s("0", "Any fever? How high has it been?"),
                s("2", "I felt hot yesterday."),
                s("1", "She had 38.5 last night and she can't sleep."),
                s("0", "Let me listen to your chest. I recommend fluids and we'll follow up in three days.")));

        assertThat(a).extracting(SpeakerAssignment::speaker, SpeakerAssignment::role, SpeakerAssignment::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0", SpeakerRole.CLINICIAN, "clinician"),
                        org.assertj.core.groups.Tuple.tuple("1", SpeakerRole.OTHER, "speaker_1"),
                        org.assertj.core.groups.Tuple.tuple("2", SpeakerRole.PATIENT, "patient"));
        assertThat(a).allSatisfy(x -> assertThat(x.confidence()).isBetween(0.5, 1.0));
    }

    @Test
    void an_interpreter_is_other() {
        List<SpeakerAssignment> a = SpeakerRoleInference.infer(List.of(
                s("A", "Good morning. How are you feeling? Any pain?"),
                s("C", "I am the interpreter. He says he has pain in his knee."),
                s("B", "Me duele la rodilla."),
                s("C", "He says it started after he fell."),
                s("A", "Let me examine the knee.")));

        assertThat(a).extracting(SpeakerAssignment::role)
                .containsExactly(SpeakerRole.CLINICIAN, SpeakerRole.OTHER, SpeakerRole.PATIENT);
    }

    @Test
    void other_labels_are_tags_the_reader_accepts() {
        assertThat(SpeakerRoleInference.otherLabel("2")).isEqualTo("speaker_2");
        assertThat(SpeakerRoleInference.otherLabel("SPEAKER_01")).isEqualTo("speaker_01");
        assertThat(SpeakerRoleInference.otherLabel("C")).isEqualTo("speaker_C");
        assertThat(SpeakerRoleInference.otherLabel("")).isEqualTo("unknown");
    }

    @Test
    void to_string_hides_labels() {
        SpeakerAssignment a = new SpeakerAssignment("Maria", SpeakerRole.OTHER, "Maria", 1, 
                SpeakerAssignment.Basis.OVERRIDE, 2, List.of());
        assertThat(a.toString()).doesNotContain("Maria");
    }
}
