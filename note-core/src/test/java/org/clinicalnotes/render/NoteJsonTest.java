package org.clinicalnotes.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

class NoteJsonTest {

    static ClinicalNote sample() {
        return new ClinicalNote("6f1c0d2e-0000-4000-8000-000000000001", List.of(
                new NoteSection("subjective", "Subjective", "61150-9", List.of(
                        NoteStatement.of("Patient reports poor sleep.", List.of("u2", "u3")),
                        new NoteStatement("Sleeps 4 hours.", List.of("u4"), NoteStatement.Support.UNSUPPORTED,
                                "Sleeps four hours."))),
                new NoteSection("objective", "Objective", "61149-1", List.of())),
                List.of(new RiskFlag(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.DENIED, RiskFlag.Severity.NONE, List.of("u7"),
                        List.of())),
                List.of(new MeasureScore("PHQ-9", 14, "", LocalDate.of(2026, 1, 2), 11.0, "moderate", List.of("u9"))),
                List.of(new MedicationMention("fluoxetine", "20 mg", "once a day", MedicationMention.Status.TAKING,
                        List.of("u10"))),
                new NoteMetadata(ModelInfo.fromId("offline/0.1.0"), "soap", "not-needed-local-model", Instant.parse("2026-01-02T03:04:05Z"),
                        NoteMetadata.Status.PRELIMINARY, null, null, List.of("completeness: required section 'plan' is empty")));
    }

    @Test
    void round_trip_is_lossless() {
        ClinicalNote note = sample();
        String json = NoteJson.write(note);
        ClinicalNote back = NoteJson.read(json, "note.json");
        assertThat(back).isEqualTo(note);
        assertThat(NoteJson.write(back)).isEqualTo(json);
    }

    @Test
    void a_remote_models_identity_is_kept_whole_in_schema_2() {
        ClinicalNote offline = sample();
        ModelInfo gpt = new ModelInfo("gpt-4o", "2024-08-06", "OpenAI", false);
        ClinicalNote note = new ClinicalNote(offline.id(), offline.sections(), offline.riskFlags(), offline.measures(),
                offline.medications(), new NoteMetadata(gpt, "soap", "surrogates", offline.metadata().created(),
                        NoteMetadata.Status.PRELIMINARY, null, null, List.of()));
        String json = NoteJson.write(note);
        assertThat(json).contains("\"schemaVersion\" : 2", "\"provider\" : \"OpenAI\"", "\"local\" : false");
        ClinicalNote back = NoteJson.read(json, "note.json");
        assertThat(back.metadata().model()).isEqualTo(gpt);
        assertThat(back.metadata().modelId()).isEqualTo("gpt-4o/2024-08-06");
        assertThat(NoteJson.write(back)).isEqualTo(json);
    }

    @Test
    void an_old_schema_1_note_reads_with_the_identity_its_id_implies_and_writes_back_unchanged() throws Exception {
        String old;
        try (var in = NoteJsonTest.class.getResourceAsStream("/render/note-schema-1.json")) {
            old = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        ClinicalNote note = NoteJson.readSealed(old, "note-schema-1.json");
        assertThat(note.metadata().model()).isEqualTo(new ModelInfo("gpt-4o", "2024-08-06", "", false));
        assertThat(NoteJson.write(note)).isEqualTo(old);
        assertThat(ModelInfo.fromId("offline/0.1.0")).isEqualTo(new ModelInfo("offline", "0.1.0", "clinical-notes", true));
    }

    @Test
    void a_schema_2_model_without_its_members_is_refused_with_the_field() {
        String json = NoteJson.write(sample()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
        assertThatThrownBy(() -> NoteJson.read(json, "note.json"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("metadata.model");
    }

    @Test
    void json_has_status_sections_and_evidence() {
        String json = NoteJson.write(sample());
        assertThat(json).contains("\"schemaVersion\" : 1", "\"status\" : \"PRELIMINARY\"", "\"u2\", \"u3\"");
    }

    @Test
    void invalid_note_json_names_the_field() {
        String json = NoteJson.write(sample()).replace("\"support\" : \"SUPPORTED\"", "\"support\" : \"MAYBE\"");
        assertThatThrownBy(() -> NoteJson.read(json, "note.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("note.json").hasMessageContaining("sections[0].statements[0].support");
    }

    @Test
    void markdown_shows_banner_numbered_statements_evidence_and_unsupported_marks() {
        String md = NoteMarkdown.render(sample(), TemplateRegistry.builtIn().get("soap"));
        assertThat(md).startsWith("# SOAP note")
                .contains("PRELIMINARY")
                .contains("1. Patient reports poor sleep. `[u2, u3]`")
                .contains("2. Sleeps 4 hours. `[u4]` **⚠ unsupported**")
                .contains("_Nothing documented._")
                .contains("Risk flags")
                .contains("required section 'plan' is empty");
        assertThat(md.indexOf("Risk flags")).isLessThan(md.indexOf("## Subjective"));
    }
}
