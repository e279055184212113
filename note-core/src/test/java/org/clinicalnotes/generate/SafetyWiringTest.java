package org.clinicalnotes.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.clinicalnotes.CheckFailedException;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.render.NoteMarkdown;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The screen and extractors through NoteGenerator, whatever the model writes. */
class SafetyWiringTest {

    static final Transcript VISIT = Transcript.of(List.of(
            Utterance.of("u1", Speaker.CLINICIAN, "Your PHQ-9 came out at 17 today, down from 21."),
            Utterance.of("u2", Speaker.CLINICIAN, "Have you had any thoughts of killing yourself?"),
            Utterance.of("u3", Speaker.PATIENT, "Sometimes, yeah. I think about driving off the bridge."),
            Utterance.of("u4", Speaker.CLINICIAN, "Let's make a safety plan, and you can call 988 any time."),
            Utterance.of("u5", Speaker.CLINICIAN, "I'd like to start fluoxetine 20 milligrams once a day.")));

    /** A model that summarises the risk away: one bland statement in the first section. */
    record BlandModel(String text) implements NoteModel {
        @Override
        public ModelInfo info() {
            return new ModelInfo("bland", "1", "test", true);
        }

        @Override
        public NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
            return new NoteModel.Draft(List.of(new NoteSection(template.sections().get(0).id(),
                    template.sections().get(0).title(), null, List.of(NoteStatement.of(text, List.of("u3"))))));
        }
    }

    static NoteGenerator generator(NoteModel model) {
        return NoteGenerator.builder().model(model)
                .clock(Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC)).build();
    }

    static List<String> builtIns() {
        return TemplateRegistry.BUILT_IN_IDS;
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void every_built_in_template_states_each_flag_in_its_risk_section(String templateId) {
        ClinicalNote note = generator(new BlandModel("Patient thinks about the drive home."))
                .generate(VISIT, NoteRequest.of(templateId));

        assertThat(note.riskFlags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RiskFlag.Kind.SUICIDAL_IDEATION);
            assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
            assertThat(f.safetyActions()).containsExactly("safety plan", "crisis line (988)");
        });
        NoteSection risk = note.section("risk").orElseThrow();
        assertThat(risk.statements()).anySatisfy(st -> {
            assertThat(st.text()).startsWith("Risk screen: suicidal ideation PRESENT").contains("severity high");
            assertThat(st.evidence()).containsExactly("u2", "u3");
        });
        assertThat(note.metadata().warnings()).anyMatch(w -> w.startsWith("risk-coverage:")
                && w.contains("suicidal_ideation"));
    }

    @Test
    void dates_a_measure_said_to_be_from_today_with_the_session_never_the_clock() {
        ClinicalNote undated = generator(new BlandModel("Follow up.")).generate(VISIT, NoteRequest.of("soap"));
        ClinicalNote dated = generator(new BlandModel("Follow up.")).generate(VISIT,
                NoteRequest.builder().template("soap").sessionDate(LocalDate.of(2025, 11, 20)).build());

        assertThat(undated.measures()).singleElement().satisfies(m -> assertThat(m.date()).isNull());
        assertThat(dated.measures()).singleElement().satisfies(m ->
                assertThat(m.date()).isEqualTo(LocalDate.of(2025, 11, 20)));
    }

    @Test
    void fills_measures_and_medications_from_the_original_transcript() {
        ClinicalNote note = generator(new BlandModel("Follow up.")).generate(VISIT,
                NoteRequest.builder().template("soap").sessionDate(LocalDate.of(2026, 3, 2)).build());

        assertThat(note.measures()).singleElement().satisfies(m -> {
            assertThat(m.instrument()).isEqualTo("PHQ-9");
            assertThat(m.value()).isEqualTo(17.0);
            assertThat(m.previousValue()).isEqualTo(21.0);
            assertThat(m.interpretation()).isEqualTo("moderately severe");
            assertThat(m.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        });
        assertThat(note.medications()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("fluoxetine");
            assertThat(m.dose()).isEqualTo("20 mg");
            assertThat(m.frequency()).isEqualTo("once a day");
        });
    }

    @Test
    void strict_mode_fails_when_the_model_summarised_a_present_risk_away() {
        NoteGenerator g = generator(new BlandModel("Patient thinks about the drive home."));
        NoteRequest strict = NoteRequest.builder().template("soap").strict(true).build();

        assertThatThrownBy(() -> g.generate(VISIT, strict))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageStartingWith("CN-5001: ")
                .hasMessageContaining("suicidal_ideation")
                .hasMessageNotContaining("bridge")
                .satisfies(e -> {
                    assertThat(((CheckFailedException) e).checkId()).isEqualTo("risk-coverage");
                    assertThat(org.clinicalnotes.ErrorCodes.find(((CheckFailedException) e).code()).orElseThrow().category())
                .isEqualTo(org.clinicalnotes.ErrorCodes.Category.CHECK_FAILED);
                });
    }

    @Test
    void risk_coverage_uses_the_findings_it_is_given_and_screens_itself_otherwise() {
        List<org.clinicalnotes.note.NoteSection> sections = List.of(new org.clinicalnotes.note.NoteSection(
                "subjective", "Subjective", null, List.of(org.clinicalnotes.note.NoteStatement.of(
                        "Patient thinks about the drive home.", List.of("u1")))));
        org.clinicalnotes.template.NoteTemplate soap = org.clinicalnotes.template.TemplateRegistry.builtIn().get("soap");
        org.clinicalnotes.check.NoteCheck check = NoteCheck.riskCoverage();

        assertThat(check.check(sections, new org.clinicalnotes.check.NoteCheck.Context(VISIT, soap, true, List.of()))
                .warnings()).isEmpty();
        assertThatThrownBy(() -> check.check(sections, new org.clinicalnotes.check.NoteCheck.Context(VISIT, soap, true)))
                .isInstanceOf(CheckFailedException.class);
        assertThatThrownBy(() -> check.check(sections, new org.clinicalnotes.check.NoteCheck.Context(VISIT, soap, true,
                org.clinicalnotes.risk.RiskScreen.create().findings(VISIT)))).isInstanceOf(CheckFailedException.class);
    }

    @Test
    void strict_mode_passes_when_the_model_covered_the_risk_in_any_words() {
        for (String text : List.of("Patient endorses SI with a method.", "She thinks about driving off the bridge.",
                "Reports suicidal thoughts.", "The patient thinks about killing herself.")) {
            NoteGenerator g = generator(new BlandModel(text));
            ClinicalNote note = g.generate(VISIT, NoteRequest.builder().template("soap").strict(true).build());
            assertThat(note.metadata().warnings()).as(text).noneMatch(w -> w.startsWith("risk-coverage"));
        }
    }

    @Test
    void custom_template_without_a_risk_section_gets_one_appended() {
        NoteTemplate custom = NoteTemplate.of("brief", "Brief note", "11506-3", List.of(
                new NoteTemplate.SectionSpec("summary", "Summary", null, "What happened.", false, List.of(NoteTemplate.ContentKind.PATIENT_REPORT))));
        ClinicalNote note = generator(new BlandModel("Summary.")).generate(VISIT,
                NoteRequest.builder().template(custom).build());

        assertThat(note.sections()).extracting(NoteSection::id).containsExactly("summary", "risk");
        assertThat(note.section("risk").orElseThrow().statements()).singleElement()
                .satisfies(st -> assertThat(st.text()).contains("suicidal ideation PRESENT"));
    }

    @Test
    void default_checks_include_risk_coverage() {
        assertThat(NoteCheck.defaults()).extracting(NoteCheck::id).contains("risk-coverage");
        assertThat(NoteCheck.riskCoverage().id()).isEqualTo("risk-coverage");
    }

    @Test
    void markdown_puts_the_risk_block_first_and_quotes_the_words_only_when_given_the_transcript() {
        ClinicalNote note = generator(new BlandModel("Follow up.")).generate(VISIT, NoteRequest.of("soap"));
        String withWords = NoteMarkdown.render(note, null, VISIT);
        String without = NoteMarkdown.render(note, null);

        assertThat(withWords.indexOf("## ⚠ Risk flags: review before signing")).isPositive()
                .isLessThan(withWords.indexOf("## Measures")).isLessThan(withWords.indexOf("## Subjective"));
        assertThat(withWords).contains("`u3` patient: \"Sometimes, yeah. I think about driving off the bridge.\"")
                .contains("| fluoxetine | 20 mg | once a day | newly prescribed | `u5` |");
        assertThat(without).contains("### ⚠ SUICIDAL IDEATION: PRESENT").doesNotContain("bridge");
    }

    @Test
    void note_without_risk_says_so_in_a_risk_screen_block() {
        Transcript calm = Transcript.of(List.of(Utterance.of("u1", Speaker.PATIENT, "My knee is better.")));
        ClinicalNote note = generator(new BlandModel("Knee better.")).generate(calm, NoteRequest.of("soap"));

        assertThat(note.riskFlags()).isEmpty();
        assertThat(NoteMarkdown.render(note, null, calm)).contains("## Risk screen")
                .contains("No risk indicator was raised").doesNotContain("⚠ Risk flags");
    }

    @Test
    void to_string_of_the_note_and_findings_hold_no_words() {
        ClinicalNote note = generator(new BlandModel("Follow up.")).generate(VISIT, NoteRequest.of("soap"));
        assertThat(note.toString()).doesNotContain("bridge");
        assertThat(org.clinicalnotes.risk.RiskScreen.create().findings(VISIT).toString()).doesNotContain("bridge")
                .doesNotContain("yeah");
    }
}
