package org.clinicalnotes.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRegistryTest {

    @Test
    void built_in_registry_holds_all_eight_templates() {
        assertThat(TemplateRegistry.builtIn().ids())
                .containsExactly("soap", "progress", "hp", "consult", "dap", "birp", "girp", "intake");
    }

    @Test
    void every_built_in_template_has_guidance_and_a_risk_section() {
        for (String id : TemplateRegistry.BUILT_IN_IDS) {
            NoteTemplate t = TemplateRegistry.builtIn().get(id);
            assertThat(t.sections()).allSatisfy(s -> assertThat(s.guidance()).isNotBlank());
            assertThat(t.sectionFor(NoteTemplate.ContentKind.RISK)).get().extracting(NoteTemplate.SectionSpec::id).isEqualTo("risk");
            assertThat(t.documentTypeCode()).matches("\\d+-\\d");
        }
    }

    @Test
    void soap_sections_carry_loinc_codes() {
        NoteTemplate soap = TemplateRegistry.builtIn().get("soap");
        assertThat(soap.sections()).extracting(NoteTemplate.SectionSpec::id)
                .containsExactly("subjective", "objective", "assessment", "plan", "risk");
        assertThat(soap.section("subjective")).get().extracting(NoteTemplate.SectionSpec::loincCode).isEqualTo("61150-9");
        assertThat(soap.section("plan")).get().extracting(NoteTemplate.SectionSpec::loincCode).isEqualTo("18776-5");
    }

    @Test
    void every_content_kind_finds_a_section_in_every_built_in_template() {
        for (String id : TemplateRegistry.BUILT_IN_IDS) {
            NoteTemplate t = TemplateRegistry.builtIn().get(id);
            for (NoteTemplate.ContentKind k : NoteTemplate.ContentKind.values()) {
                assertThat(t.sectionFor(k)).as(id + " / " + k).isPresent();
            }
        }
    }

    @Test
    void fallback_places_interventions_in_plan_when_the_template_has_no_intervention_section() {
        NoteTemplate dap = TemplateRegistry.builtIn().get("dap");
        assertThat(dap.sectionFor(NoteTemplate.ContentKind.GOALS)).get().extracting(NoteTemplate.SectionSpec::id).isEqualTo("plan");
        NoteTemplate girp = TemplateRegistry.builtIn().get("girp");
        assertThat(girp.sectionFor(NoteTemplate.ContentKind.EXAM)).get().extracting(NoteTemplate.SectionSpec::id).isEqualTo("response");
    }

    @Test
    void unknown_template_id_lists_the_known_ones() {
        assertThatThrownBy(() -> TemplateRegistry.builtIn().get("soapy"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("soapy").hasMessageContaining("soap, progress");
    }

    @Test
    void loads_a_custom_template_from_json(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("brief.json");
        Files.writeString(f, """
                {"id": "brief", "title": "Brief note", "documentType": "11506-3",
                 "sections": [
                   {"id": "summary", "title": "Summary", "required": true,
                    "accepts": ["PATIENT_REPORT", "ASSESSMENT"], "guidance": "What happened."},
                   {"id": "next", "title": "Next steps", "loinc": "18776-5", "accepts": ["plan"], "guidance": "Plan."}
                 ]}
                """);
        NoteTemplate t = TemplateRegistry.load(f);
        assertThat(t.id()).isEqualTo("brief");
        assertThat(t.sections()).hasSize(2);
        assertThat(t.section("next")).get().extracting(NoteTemplate.SectionSpec::accepts)
                .asList().containsExactly(NoteTemplate.ContentKind.PLAN);
        assertThat(t.sectionFor(NoteTemplate.ContentKind.EXAM)).get().extracting(NoteTemplate.SectionSpec::id).isEqualTo("summary");
    }

    @Test
    void bad_template_names_the_field_and_the_reason() {
        String json = """
                {"id": "x", "title": "X", "documentType": "11506-3",
                 "sections": [{"id": "a", "title": "A", "guidance": "g", "accepts": ["PLAN", "NOPE"]}]}
                """;
        assertThatThrownBy(() -> TemplateRegistry.parse(json, "x.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("x.json")
                .hasMessageContaining("sections[0].accepts[1]")
                .hasMessageContaining("unknown content kind");
    }

    @Test
    void template_missing_sections_is_rejected() {
        assertThatThrownBy(() -> TemplateRegistry.parse("{\"id\":\"x\",\"title\":\"X\",\"documentType\":\"11506-3\"}",
                "x.json")).isInstanceOf(BadInputException.class).hasMessageContaining("'sections'");
    }

    @Test
    void template_with_bad_loinc_or_unknown_field_is_rejected() {
        assertThatThrownBy(() -> TemplateRegistry.parse("""
                {"id": "x", "title": "X", "documentType": "11506-3",
                 "sections": [{"id": "a", "title": "A", "guidance": "g", "accepts": ["PLAN"], "loinc": "abc"}]}
                """, "x.json")).hasMessageContaining("sections[0].loinc");
        assertThatThrownBy(() -> TemplateRegistry.parse("""
                {"id": "x", "title": "X", "documentType": "11506-3", "colour": "red",
                 "sections": [{"id": "a", "title": "A", "guidance": "g", "accepts": ["PLAN"]}]}
                """, "x.json")).hasMessageContaining("'colour'");
    }

    @Test
    void malformed_template_json_reports_the_line() {
        assertThatThrownBy(() -> TemplateRegistry.parse("{\n\"id\": \"x\",\n\"title\": }", "x.json"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(org.clinicalnotes.ErrorCodes.find(e.code()).orElseThrow().category())
                .isEqualTo(org.clinicalnotes.ErrorCodes.Category.BAD_INPUT);
                });
    }

    @Test
    void missing_template_file_is_bad_input(@TempDir Path dir) {
        assertThatThrownBy(() -> TemplateRegistry.load(dir.resolve("none.json")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("none.json")
                .hasMessageContaining("does not exist");
    }
}
