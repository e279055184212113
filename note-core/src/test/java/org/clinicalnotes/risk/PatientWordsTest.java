package org.clinicalnotes.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

/** A learned model's PRESENT reading stands only where the patient's own words can carry the disclosure. */
class PatientWordsTest {

    /** A matcher that reads nothing but lets every sentence through its pre-filter (every unit is scored). */
    private static final SemanticRiskMatcher OPEN = new SemanticRiskMatcher() {
        @Override
        public String id() {
            return "open";
        }

        @Override
        public List<List<SemanticHit>> match(List<String> sentences) {
            return sentences.stream().map(s -> List.<SemanticHit>of()).toList();
        }

        @Override
        public boolean accepts(String sentence) {
            return true;
        }
    };

    /** A model that reads suicidal ideation, very sure, in the last unit whatever it says. */
    private static final RiskModel EAGER = new RiskModel() {
        @Override
        public String id() {
            return "eager/1";
        }

        @Override
        public List<Verdict> read(List<DialogueUnit> units, Map<RiskFlag.Kind, RiskFlag.Status> rules) {
            return units.isEmpty() ? List.of()
                    : List.of(new Verdict(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.PRESENT, 0.99, units.size() - 1));
        }
    };

    private static RiskFlag si(String dialog) {
        return RiskScreen.withModel(OPEN, EAGER).screen(Gold.dialog("t", dialog)).stream()
                .filter(f -> f.kind() == RiskFlag.Kind.SUICIDAL_IDEATION).findFirst().orElse(null);
    }

    @Test
    void a_bare_acknowledgement_of_advice_carries_no_present_disclosure_but_is_surfaced_for_review() {
        // Round 6: a model PRESENT that the patient's words do not carry is UNCLEAR (needs review), not dropped.
        for (String dialog : List.of("C: It's going to be hot on that roof, so stay hydrated and keep the water bottle"
                + " with you. | P: Okay, fair.", "C: When is the surgery booked? | P: The morning of the eleventh.")) {
            RiskFlag f = si(dialog);
            assertThat(f).isNotNull();
            assertThat(f.status()).isEqualTo(RiskFlag.Status.UNCLEAR);
            assertThat(f.evidence()).containsExactly("u2");
            assertThat(f.cssrs()).isNull();
        }
    }

    @Test
    void the_model_never_turns_the_patients_denial_into_unclear_without_their_words() {
        RiskFlag f = si("C: Any thoughts of suicide? | P: No. | C: Stay hydrated on the roof. | P: Okay, fair.");
        assertThat(f).isNotNull();
        assertThat(f.status()).isEqualTo(RiskFlag.Status.DENIED);
    }

    @Test
    void clinician_talk_alone_is_never_the_patients_disclosure() {
        assertThat(si("C: Count the pills in the organiser each Sunday and bring the list next time.")).isNull();
    }

    @Test
    void a_substantive_answer_may_tell_a_plan_without_the_kinds_words() {
        RiskFlag f = si("C: How have you been coping since the letter? | P: The fire escape of the Granville building"
                + " goes all the way to the roof, and I'm going up there on Friday after I've paid the last bills.");
        assertThat(f).isNotNull();
        assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
    }

    @Test
    void only_a_question_about_the_kind_right_before_counts_as_asking() {
        assertThat(PatientWords.asked(turns("Have you had any thoughts of ending your life?", "Okay."), 1,
                RiskFlag.Kind.SUICIDAL_IDEATION)).isTrue();
        assertThat(PatientWords.asked(turns("People on lithium should stay hydrated to be safe.", "Okay."), 1,
                RiskFlag.Kind.SUICIDAL_IDEATION)).isFalse();
        assertThat(PatientWords.asked(turns("Have you had any thoughts of ending your life?", "Okay."), 1,
                RiskFlag.Kind.HOMICIDAL_IDEATION)).isFalse();
    }

    private static List<RiskScreen.Turn> turns(String clinician, String patient) {
        return List.of(
                new RiskScreen.Turn(Utterance.of("u1", Speaker.CLINICIAN, clinician), Context.normalise(clinician)),
                new RiskScreen.Turn(Utterance.of("u2", Speaker.PATIENT, patient), Context.normalise(patient)));
    }
}
