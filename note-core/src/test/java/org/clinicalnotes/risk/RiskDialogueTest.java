package org.clinicalnotes.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clinicalnotes.note.RiskFlag;
import org.junit.jupiter.api.Test;

/** Dialogue-aware reading: whole answers, counts, negative questions, relationships, C-SSRS levels (development cases). */
class RiskDialogueTest {

    private static Optional<RiskFlag> flag(String dialog, RiskFlag.Kind kind) {
        return RiskScreen.lexical().screen(Gold.dialog("t", dialog)).stream().filter(f -> f.kind() == kind).findFirst();
    }

    private static RiskFlag.Status status(String dialog, RiskFlag.Kind kind) {
        return flag(dialog, kind).map(RiskFlag::status).orElse(null);
    }

    @Test
    void disclosure_after_a_hedge_wins() {
        assertThat(status("C: Have you had thoughts of killing yourself? | P: I don't know. It's fine. Well... actually yeah, I have.",
                RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.PRESENT);
    }

    @Test
    void punctuation_before_yes_does_not_change_the_reading() {
        assertThat(status("C: Have you wished you were dead? | P: Honestly... yes.", RiskFlag.Kind.SUICIDAL_IDEATION))
                .isEqualTo(RiskFlag.Status.PRESENT);
    }

    @Test
    void answer_across_two_turns_with_a_clinician_prompt_between() {
        assertThat(status("C: Any thoughts of suicide lately? | P: Um. | C: Take your time. | P: Yeah, a couple of times this week.",
                RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.PRESENT);
    }

    @Test
    void bare_count_answers_how_many_times() {
        assertThat(status("C: How many times have you tried to kill yourself? | P: Three.", RiskFlag.Kind.SUICIDE_ATTEMPT))
                .isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(status("C: How many times have you tried to kill yourself? | P: Zero.", RiskFlag.Kind.SUICIDE_ATTEMPT))
                .isEqualTo(RiskFlag.Status.DENIED);
    }

    @Test
    void negative_question_reads_agreement_as_denial_and_no_i_have_as_disclosure() {
        String q = "C: You haven't had any thoughts of killing yourself? | P: ";
        assertThat(status(q + "Right.", RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.DENIED);
        assertThat(status(q + "No.", RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.DENIED);
        assertThat(status(q + "No, I have.", RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(status(q + "I have, actually.", RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.PRESENT);
    }

    @Test
    void denial_after_the_topic_and_a_comma() {
        assertThat(status("P: Thoughts of suicide, no, not really.", RiskFlag.Kind.SUICIDAL_IDEATION))
                .isEqualTo(RiskFlag.Status.DENIED);
    }

    @Test
    void not_x_but_y_keeps_the_passive_wish() {
        RiskFlag f = flag("P: I'm not going to kill myself, but I wish I was dead.", RiskFlag.Kind.SUICIDAL_IDEATION).orElseThrow();
        assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(f.cssrs()).isEqualTo(RiskFlag.CssrsLevel.WISH_TO_BE_DEAD);
    }

    @Test
    void relationship_in_the_question_decides_kind_and_perpetrator() {
        RiskFlag f = flag("C: Does your mom's boyfriend ever hit you? | P: Yeah, when he's drunk.", RiskFlag.Kind.CHILD_ABUSE)
                .orElseThrow();
        assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(f.perpetrator()).isEqualTo(RiskFlag.Perpetrator.PARENT_PARTNER);
    }

    @Test
    void cssrs_level_follows_the_highest_feature() {
        RiskFlag f = flag("C: Have you had thoughts of killing yourself? | P: Yes. | C: Have you thought about how? "
                + "| P: I've been saving up my pills.", RiskFlag.Kind.SUICIDAL_IDEATION).orElseThrow();
        assertThat(f.cssrs()).isEqualTo(RiskFlag.CssrsLevel.PREPARATORY);
    }

    @Test
    void accidents_and_media_are_not_the_patients_risk() {
        assertThat(status("P: I accidentally cut myself chopping onions.", RiskFlag.Kind.SELF_HARM)).isNull();
        assertThat(RiskScreen.lexical().screen(Gold.dialog("t", "P: I watched a movie about suicide last night.")))
                .noneMatch(f -> f.status() == RiskFlag.Status.PRESENT);
    }

    @Test
    void the_screen_says_which_screen_it_is() {
        assertThat(RiskScreen.lexical().id()).isEqualTo("lexical/5");
        assertThat(RiskScreen.lexical().semanticMatcher()).isEmpty();
        SemanticRiskMatcher fake = new SemanticRiskMatcher() {
            @Override
            public String id() {
                return "fake/1";
            }

            @Override
            public List<List<SemanticHit>> match(List<String> sentences) {
                return sentences.stream().map(s -> s.contains("checking out")
                        ? List.of(new SemanticHit(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.CssrsLevel.WISH_TO_BE_DEAD, 0.9, "x"))
                        : List.<SemanticHit>of()).toList();
            }
        };
        RiskScreen s = RiskScreen.withMatcher(fake);
        assertThat(s.id()).isEqualTo("lexical/5+fake/1");
        List<RiskFlag> flags = s.screen(Gold.dialog("t", "P: Some days I think about just checking out for good."));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
            assertThat(f.cssrs()).isEqualTo(RiskFlag.CssrsLevel.WISH_TO_BE_DEAD);
        });
        assertThat(s.screen(Gold.dialog("t", "P: My brother keeps talking about checking out for good.")))
                .noneMatch(f -> f.status() == RiskFlag.Status.PRESENT);
    }

    @Test
    void standard_screening_questions_set_their_topic_however_worded() {
        assertThat(status("C: Do you ever cut or burn yourself? | P: No.", RiskFlag.Kind.SELF_HARM)).isEqualTo(RiskFlag.Status.DENIED);
        assertThat(status("C: Have you ever had the DTs? | P: Nope.", RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE))
                .isEqualTo(RiskFlag.Status.DENIED);
        assertThat(status("C: Has anyone kept you from getting your medicine or food? | P: No, never.",
                RiskFlag.Kind.ELDER_ABUSE)).isEqualTo(RiskFlag.Status.DENIED);
        assertThat(status("C: Does your partner ever scream or curse at you? | P: Sometimes, yeah.",
                RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE)).isEqualTo(RiskFlag.Status.PRESENT);
        RiskFlag f = flag("C: You said you have a plan. Do you intend to carry it out? | P: Yes.",
                RiskFlag.Kind.SUICIDAL_IDEATION).orElseThrow();
        assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
    }

    @Test
    void screening_only_frames_are_not_read_in_what_the_patient_says_in_passing() {
        assertThat(status("P: My wife insults my cooking when she is stressed.", RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE)).isNull();
        assertThat(status("P: I'm scared my girlfriend will leave me.", RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE)).isNull();
    }

    @Test
    void follow_up_question_inherits_the_open_topic() {
        assertThat(status("C: Have you ever tried to end your life? | P: Never. | C: And recently, any thoughts of it? | P: No.",
                RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.DENIED);
        assertThat(status("C: have you ever tried to kill yourself | P: no | C: and right now any thoughts | P: yeah kind of",
                RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(status("C: How is your sleep? | P: Bad. | C: Any thoughts now? | P: No.", RiskFlag.Kind.SUICIDAL_IDEATION))
                .isNull();
    }

    @Test
    void denial_after_the_topic_may_follow_fillers() {
        assertThat(status("C: alright and uh any thoughts of suicide | P: suicide uh no uh-uh no", RiskFlag.Kind.SUICIDAL_IDEATION))
                .isEqualTo(RiskFlag.Status.DENIED);
    }

    @Test
    void denying_a_further_step_does_not_deny_the_thoughts() {
        assertThat(status("C: Have you had thoughts of killing yourself? | P: The thought pops in. I haven't thought about how or anything.",
                RiskFlag.Kind.SUICIDAL_IDEATION)).isNotEqualTo(RiskFlag.Status.DENIED);
        assertThat(status("C: Have you had thoughts of killing yourself? | P: No. I haven't.", RiskFlag.Kind.SUICIDAL_IDEATION))
                .isEqualTo(RiskFlag.Status.DENIED);
    }

    @Test
    void a_no_to_a_substance_screening_question_denies_and_a_yes_endorses_nothing() {
        assertThat(status("C: Do you use any drugs? | P: No.", RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE)).isEqualTo(RiskFlag.Status.DENIED);
        assertThat(status("C: Do you drink alcohol? | P: Yes, a glass of wine at weekends.", RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE))
                .isNull();
        assertThat(status("C: are you still drinking | P: not really but i'm on the hand sanitizer now",
                RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE)).isNotEqualTo(RiskFlag.Status.DENIED);
    }
}
