package org.clinicalnotes.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.note.RiskFlag;
import org.junit.jupiter.api.Test;

/** Issue 12 round 6: answers read clause by clause, the question's roles carried to the answer, monologues. */
class ClauseAndRoleTest {

    private static RiskFlag flag(String dialog, RiskFlag.Kind kind) {
        return RiskScreen.lexical().screen(Gold.dialog("t", dialog)).stream().filter(f -> f.kind() == kind)
                .findFirst().orElse(null);
    }

    @Test
    void conceded_thoughts_stay_present_while_the_act_is_denied() {
        for (String answer : List.of("Thought about it, sure, but would I actually do it? No.",
                "I'd never do it, but yeah the thoughts come.", "Thoughts, yes. Intent, no. I would never act on it.")) {
            RiskFlag f = flag("C: Have you had thoughts of killing yourself? | P: " + answer,
                    RiskFlag.Kind.SUICIDAL_IDEATION);
            assertThat(f).as(answer).isNotNull();
            assertThat(f.status()).as(answer).isEqualTo(RiskFlag.Status.PRESENT);
            assertThat(f.cssrs()).as(answer).isEqualTo(RiskFlag.CssrsLevel.NON_SPECIFIC_THOUGHTS);
        }
    }

    @Test
    void a_denial_then_a_wish_is_the_wish() {
        RiskFlag f = flag("C: Any thoughts of ending your life? | P: No... well, sometimes I wish I wouldn't wake up.",
                RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(f.cssrs()).isEqualTo(RiskFlag.CssrsLevel.WISH_TO_BE_DEAD);
    }

    @Test
    void conceding_something_other_than_what_was_asked_is_a_denial() {
        for (String dialog : List.of(
                "C: How about thoughts of dying, or wanting to die? | P: Thinking about dying, sure, I'm seventy-nine."
                        + " But wanting to? No. I'm not in a hurry.",
                "C: Have you had thoughts of not wanting to live? | P: I've had thoughts of not wanting to live like "
                        + "this. But not thoughts of not living. I want to live.")) {
            RiskFlag f = flag(dialog, RiskFlag.Kind.SUICIDAL_IDEATION);
            assertThat(f).as(dialog).isNotNull();
            assertThat(f.status()).as(dialog).isEqualTo(RiskFlag.Status.DENIED);
        }
    }

    @Test
    void clauses_carry_their_object_and_a_question_clause_takes_the_bare_answer_after_it() {
        List<Clauses.Clause> cs = Clauses.clauses(List.of("thought about it, sure, but would i actually do it?", "no."));
        assertThat(cs).extracting(Clauses.Clause::object).containsExactly(Clauses.Object.THOUGHT, Clauses.Object.ACT);
        assertThat(cs).extracting(Clauses.Clause::polarity).containsExactly(Clauses.Polarity.YES, Clauses.Polarity.NO);
        // a denied further step is no denial of the thoughts; a plain yes first is the answer
        assertThat(Clauses.read(List.of("i feel really sad, but no i don't have a plan."),
                RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(Clauses.Outcome.NONE);
        assertThat(Clauses.read(List.of("yes.", "i think i will do it.", "i don't know how yet."),
                RiskFlag.Kind.SUICIDAL_IDEATION)).isEqualTo(Clauses.Outcome.NONE);
    }

    @Test
    void naming_who_fills_the_questions_agent_and_the_relationship_decides_the_kind() {
        RiskFlag child = flag("C: Does anyone at home hurt you? | P: My stepdad. When mum's at work.",
                RiskFlag.Kind.CHILD_ABUSE);
        assertThat(child.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(child.perpetrator()).isEqualTo(RiskFlag.Perpetrator.PARENT_PARTNER);
        RiskFlag elder = flag("C: Has anyone been taking your pension? | P: My grandson. He collects it and I don't "
                + "see it.", RiskFlag.Kind.ELDER_ABUSE);
        assertThat(elder.status()).isEqualTo(RiskFlag.Status.PRESENT);
        RiskFlag carers = flag("C: Do the carers ever handle you roughly? | P: One of them does, yes.",
                RiskFlag.Kind.ELDER_ABUSE);
        assertThat(carers.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(carers.perpetrator()).isEqualTo(RiskFlag.Perpetrator.CAREGIVER);
        RiskFlag son = flag("C: Does your son ever take money from you? | P: Yeah, sometimes.", RiskFlag.Kind.ELDER_ABUSE);
        assertThat(son.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(son.perpetrator()).isEqualTo(RiskFlag.Perpetrator.ADULT_CHILD);
    }

    @Test
    void play_and_a_no_fill_nothing() {
        assertThat(flag("C: Does anyone ever hit you? | P: My brother, when we play fight. But I win.",
                RiskFlag.Kind.CHILD_ABUSE)).satisfiesAnyOf(f -> assertThat(f).isNull(),
                f -> assertThat(f.status()).isNotEqualTo(RiskFlag.Status.PRESENT));
        assertThat(Roles.fills("does anyone at home hurt you?", List.of("no, nobody."))).isFalse();
        assertThat(Roles.fills("does anyone at home hurt you?", List.of("my back, sometimes."))).isFalse();
        assertThat(Roles.fills("does anyone at home hurt you?", List.of("my stepdad."))).isTrue();
    }

    @Test
    void an_epistemic_i_suppose_is_no_hypothetical_in_a_monologue() {
        RiskFlag f = flag("P: The physio's going okay. And I suppose I should tell you, I've decided I'm going to hang"
                + " myself in the stairwell.", RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(f).isNotNull();
        assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
    }
}
