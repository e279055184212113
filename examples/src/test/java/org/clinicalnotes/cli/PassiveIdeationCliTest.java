package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passive ideation said in everyday words ("everyone would be fine if I just wasn't around anymore", "I
 * wouldn't mind if I just didn't wake up"), after a "no" to active thoughts: a PRESENT flag with its C-SSRS
 * level and evidence in note.json, note.md and the FHIR RiskAssessment; {@code --strict} refuses the note the
 * offline model drafts, whose text leaves it out.
 */
class PassiveIdeationCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/passive-ideation-session.txt";

    @TempDir
    Path dir;

    @Test
    void passive_ideation_in_everyday_words_is_flagged_with_its_cssrs_level_everywhere() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = GenerateCommandTest.cli("generate", SAMPLE, "-o", out.toString(),
                "--patient-id", "p1");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("WARN").doesNotContain("CUDA");
        JsonNode note = JSON.readTree(out.resolve("note.json").toFile());
        Map<String, JsonNode> flags = SafetyCliTest.flags(note);
        JsonNode si = flags.get("SUICIDAL_IDEATION");
        assertThat(si.get("status").asText()).isEqualTo("PRESENT");
        assertThat(si.get("cssrsLevel").asText()).isEqualTo("WISH_TO_BE_DEAD");
        assertThat(si.get("severity").asText()).isEqualTo("LOW");
        assertThat(si.get("evidence").toString()).contains("u5", "u7");
        assertThat(flags.keySet()).containsExactly("SUICIDAL_IDEATION");
        assertThat(note.get("metadata").get("riskScreen").asText()).startsWith("lexical/5+all-minilm-l6-v2-q/");

        String md = Files.readString(out.resolve("note.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("### ⚠ SUICIDAL IDEATION: PRESENT, severity LOW")
                .contains("C-SSRS: **wish to be dead (1)**")
                .contains("wasn't around anymore");
        String bundle = Files.readString(out.resolve("bundle.json"), StandardCharsets.UTF_8);
        assertThat(bundle).contains("\"resourceType\": \"RiskAssessment\"")
                .contains("C-SSRS wish to be dead (1)");
    }

    @Test
    void strict_refuses_the_note_whose_text_omits_the_passive_ideation() throws Exception {
        Path out = dir.resolve("strict");
        CliRun r = GenerateCommandTest.cli("generate", SAMPLE, "-o", out.toString(), "--strict");

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("CN-5001").contains("suicidal_ideation").doesNotContain("wake up");
        assertThat(out.resolve("note.json")).doesNotExist();
    }
}
