package org.clinicalnotes.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.clinicalnotes.note.RiskFlag;
import org.junit.jupiter.api.Test;

/** How the screen cuts a conversation into units for a learned model, and how it applies the model's verdicts. */
class RiskModelPassTest {

    /** A matcher that reads nothing and lets nothing through its pre-filter. */
    private static final SemanticRiskMatcher NOTHING = new SemanticRiskMatcher() {
        @Override
        public String id() {
            return "nothing";
        }

        @Override
        public List<List<SemanticHit>> match(List<String> sentences) {
            return sentences.stream().map(s -> List.<SemanticHit>of()).toList();
        }

        @Override
        public boolean accepts(String sentence) {
            return false;
        }
    };

    private static RiskModel model(BiFunction<List<DialogueUnit>, Map<RiskFlag.Kind, RiskFlag.Status>, List<RiskModel.Verdict>> f,
                                   List<List<DialogueUnit>> seen) {
        return new RiskModel() {
            @Override
            public String id() {
                return "fake/1";
            }

            @Override
            public List<Verdict> read(List<DialogueUnit> units, Map<RiskFlag.Kind, RiskFlag.Status> rules) {
                seen.add(units);
                return f.apply(units, rules);
            }
        };
    }

    private static RiskFlag flag(RiskScreen s, String dialog, RiskFlag.Kind kind) {
        return s.screen(Gold.dialog("t", dialog)).stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    @Test
    void units_pair_each_question_with_the_whole_answer_and_carry_the_rules_readings() {
        RiskScreen s = RiskScreen.withMatcher(NOTHING);
        RiskScreen.DialogueReading r = s.dialogueReading(Gold.dialog("t",
                "C: How was the week? | P: Busy. | C: Have you had thoughts of killing yourself? | P: Um. | "
                        + "C: Take your time. | P: Yeah, a few times."));
        assertThat(r.units()).hasSize(3);
        DialogueUnit si = r.units().get(1);
        assertThat(si.text()).startsWith("have you had thoughts of killing yourself?").contains("um.");
        assertThat(r.units().get(2).text()).contains("take your time.").endsWith("yeah, a few times.");
        assertThat(si.candidate()).isTrue();
        assertThat(r.units().get(0).candidate()).isFalse();
        float[] f = si.features();
        assertThat(f).hasSize(DialogueUnit.FEATURES.size());
        assertThat(f[DialogueUnit.FEATURES.indexOf("question.suicidal_ideation")]).isEqualTo(1f);
        assertThat(r.rules()).extracting(RiskFinding::status).containsExactly(RiskFlag.Status.PRESENT);
        assertThat(si.toString()).doesNotContain("killing");
    }

    @Test
    void a_long_answer_makes_several_units_with_the_question() {
        String longAnswer = "word ".repeat(DialogueUnit.MAX_ANSWER_WORDS + 10).trim();
        List<DialogueUnit> us = RiskScreen.withMatcher(NOTHING)
                .dialogueReading(Gold.dialog("t", "C: Tell me about it? | P: " + longAnswer)).units();
        assertThat(us).hasSize(2);
        assertThat(us).allSatisfy(u -> assertThat(u.text()).startsWith("tell me about it?"));
    }

    @Test
    void a_present_verdict_adds_a_flag_the_rules_missed_with_the_units_evidence() {
        List<List<DialogueUnit>> seen = new ArrayList<>();
        RiskScreen s = RiskScreen.withModel(NOTHING, model((units, rules) -> units.isEmpty() ? List.of()
                : List.of(new RiskModel.Verdict(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.PRESENT, 0.99, 0)), seen));
        String dialog = "C: Any thoughts of suicide lately? | P: Honestly I keep thinking everyone would be fine without me.";
        RiskFlag f = flag(s, dialog, RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(f.cssrs()).isNotNull();
        assertThat(f.evidence()).isNotEmpty();
        assertThat(s.id()).endsWith("+fake/1");
        assertThat(s.withoutModel().model()).isEmpty();
    }

    /** A matcher that reads nothing but lets every sentence through its pre-filter (every unit is a candidate). */
    private static final SemanticRiskMatcher EVERYTHING = new SemanticRiskMatcher() {
        @Override
        public String id() {
            return "everything";
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

    @Test
    void a_flag_the_model_adds_takes_its_level_and_perpetrator_where_the_rules_name_none() {
        RiskScreen s = RiskScreen.withModel(EVERYTHING, model((units, rules) -> units.isEmpty() ? List.of()
                : List.of(new RiskModel.Verdict(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.PRESENT, 0.99, 0,
                                RiskFlag.CssrsLevel.PLAN, null),
                        new RiskModel.Verdict(RiskFlag.Kind.ELDER_ABUSE, RiskFlag.Status.PRESENT, 0.99, 0, null,
                                org.clinicalnotes.note.RiskFlag.Perpetrator.ADULT_CHILD)), new ArrayList<>()));
        String dialog = "C: How are things at home? | P: I sorted out who gets the dog, and things go missing here.";
        assertThat(flag(RiskScreen.withMatcher(EVERYTHING), dialog, RiskFlag.Kind.SUICIDAL_IDEATION)).isNull();
        RiskFlag si = flag(s, dialog, RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(si.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(si.cssrs()).isEqualTo(RiskFlag.CssrsLevel.PLAN);
        RiskFlag elder = flag(s, dialog, RiskFlag.Kind.ELDER_ABUSE);
        assertThat(elder.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(elder.perpetrator()).isEqualTo(org.clinicalnotes.note.RiskFlag.Perpetrator.ADULT_CHILD);
        // without the model's level, the old default
        RiskScreen plain = RiskScreen.withModel(EVERYTHING, model((units, rules) -> units.isEmpty() ? List.of()
                : List.of(new RiskModel.Verdict(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.PRESENT, 0.99, 0)),
                new ArrayList<>()));
        assertThat(flag(plain, dialog, RiskFlag.Kind.SUICIDAL_IDEATION).cssrs()).isEqualTo(RiskFlag.CssrsLevel.NON_SPECIFIC_THOUGHTS);
    }

    @Test
    void an_unclear_verdict_turns_a_rules_present_into_unclear_never_into_nothing() {
        RiskScreen s = RiskScreen.withModel(NOTHING, model((units, rules) ->
                rules.get(RiskFlag.Kind.SUICIDAL_IDEATION) == RiskFlag.Status.PRESENT
                        ? List.of(new RiskModel.Verdict(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.UNCLEAR, 0.01, 0))
                        : List.of(), new ArrayList<>()));
        String dialog = "P: I've been thinking about killing myself a lot this week.";
        assertThat(flag(RiskScreen.withMatcher(NOTHING), dialog, RiskFlag.Kind.SUICIDAL_IDEATION).status())
                .isEqualTo(RiskFlag.Status.PRESENT);
        RiskFlag f = flag(s, dialog, RiskFlag.Kind.SUICIDAL_IDEATION);
        assertThat(f.status()).isEqualTo(RiskFlag.Status.UNCLEAR);
        assertThat(f.evidence()).isNotEmpty();
    }

    @Test
    void a_denied_verdict_reads_a_denial_but_never_over_a_present() {
        RiskScreen s = RiskScreen.withModel(NOTHING, model((units, rules) -> units.isEmpty() ? List.of()
                : List.of(new RiskModel.Verdict(RiskFlag.Kind.HOMICIDAL_IDEATION, RiskFlag.Status.DENIED, 0.0, 0),
                        new RiskModel.Verdict(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.DENIED, 0.0, 0)),
                new ArrayList<>()));
        String dialog = "C: Have you had thoughts of killing yourself? | P: Sometimes, yeah. | "
                + "C: Any urge to hurt the people who did this to you? | P: Not a chance.";
        assertThat(flag(s, dialog, RiskFlag.Kind.SUICIDAL_IDEATION).status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(flag(s, dialog, RiskFlag.Kind.HOMICIDAL_IDEATION).status()).isEqualTo(RiskFlag.Status.DENIED);
    }

    @Test
    void a_verdict_cannot_be_historical() {
        assertThatThrownBy(() -> new RiskModel.Verdict(RiskFlag.Kind.SELF_HARM, RiskFlag.Status.HISTORICAL, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_lexical_screen_builds_no_units_and_keeps_its_reading() {
        String dialog = "C: Have you wished you were dead? | P: Honestly... yes.";
        assertThat(flag(RiskScreen.lexical(), dialog, RiskFlag.Kind.SUICIDAL_IDEATION).cssrs())
                .isEqualTo(RiskFlag.CssrsLevel.WISH_TO_BE_DEAD);
        assertThat(RiskScreen.lexical().model()).isEmpty();
    }
}
