package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.CheckFailedException;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.ModelAnswerException;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.llm.LlmNoteModel;
import org.clinicalnotes.llm.LlmProvider;
import org.clinicalnotes.speech.SpeakerOverrides;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

/** The command line's reading of library exceptions: exit codes by type, flags in place of setting names. */
class CliErrorsTest {

    @Test
    void exit_codes_follow_the_exception_type() {
        assertThat(CliErrors.exitCode(new ConfigurationException("CN-2001", "x"))).isEqualTo(2);
        assertThat(CliErrors.exitCode(new BadInputException("CN-1001", "f", "x", null))).isEqualTo(3);
        assertThat(CliErrors.exitCode(new ModelCallException("CN-4003", "x", 500, true, null))).isEqualTo(4);
        assertThat(CliErrors.exitCode(new ModelAnswerException("CN-4006", "x", null))).isEqualTo(4);
        assertThat(CliErrors.exitCode(new CheckFailedException("CN-5001", "risk-coverage", "x"))).isEqualTo(5);
        assertThat(CliErrors.exitCode(new ClinicalNotesException("CN-3702", "x", null))).isEqualTo(1);
    }

    @Test
    void library_messages_name_settings_and_the_cli_names_its_flags() {
        BadInputException tooLarge = catchThrowableOfType(
                () -> TranscriptReader.builder().maxBytes(10).build().read("[doctor] hello there, how are you", "t.txt"),
                BadInputException.class);
        assertThat(tooLarge.getMessage()).doesNotContain("--");
        assertThat(CliErrors.message(tooLarge)).contains("Raise the limit with --max-input-bytes 33 ");

        BadInputException speakers = catchThrowableOfType(() -> SpeakerOverrides.parse("0:clinician"),
                BadInputException.class);
        assertThat(speakers.getMessage()).startsWith("CN-1707: speaker overrides: ");
        assertThat(CliErrors.message(speakers)).startsWith("CN-1707: --speakers: ");

        BadInputException template = catchThrowableOfType(
                () -> TemplateRegistry.load(Path.of("no-such-template.json")), BadInputException.class);
        assertThat(CliErrors.message(template)).endsWith("Check the path given to --template.");

        ConfigurationException key = catchThrowableOfType(
                () -> LlmNoteModel.fromEnvironment(LlmProvider.ANTHROPIC, "claude", null, k -> null),
                ConfigurationException.class);
        assertThat(key.getMessage()).doesNotContain("--");
        assertThat(CliErrors.message(key)).endsWith("set ANTHROPIC_API_KEY or use --model offline");

        ConfigurationException url = catchThrowableOfType(
                () -> LlmNoteModel.fromEnvironment(LlmProvider.OPENAI_COMPATIBLE, "m", null, k -> null).build(),
                ConfigurationException.class);
        assertThat(url.getMessage()).doesNotContain("--");
        assertThat(CliErrors.message(url)).contains("--model openai-compatible needs --base-url, for example");

        ConfigurationException azure = catchThrowableOfType(
                () -> LlmNoteModel.builder().provider(LlmProvider.AZURE_OPENAI).modelName("dep").apiKey("k").build(),
                ConfigurationException.class);
        assertThat(CliErrors.message(azure)).endsWith("(https://RESOURCE.openai.azure.com) or pass --base-url");

        // the machine-readable hint: the setting, and the flag the command line maps it to
        assertThat(tooLarge.setting()).contains("TranscriptReader.maxBytes");
        assertThat(CliErrors.flag(tooLarge)).contains("--max-input-bytes");
        assertThat(speakers.setting()).contains("SpeakerOverrides");
        assertThat(template.setting()).contains("TemplateRegistry.load");
        assertThat(url.setting()).contains("LlmNoteModel.baseUrl");
        assertThat(CliErrors.flag(url)).contains("--base-url");
        assertThat(CliErrors.flag(new ClinicalNotesException("CN-3702", "x", null))).isEmpty();
    }

    @Test
    void every_setting_in_the_registry_has_a_flag_and_every_rewrite_uses_its_codes_flag() {
        assertThat(CliErrors.FLAGS.keySet()).containsExactlyInAnyOrderElementsOf(
                new java.util.HashSet<>(org.clinicalnotes.ErrorCodes.settings().values()));
        for (var e : CliErrors.WORDING.entrySet()) {
            String setting = org.clinicalnotes.ErrorCodes.setting(e.getKey()).orElse(null);
            assertThat(setting).as("the setting of " + e.getKey()).isNotNull();
            String flag = CliErrors.FLAGS.get(setting);
            assertThat(e.getValue()).as("the wording of " + e.getKey())
                    .allSatisfy(w -> assertThat(w.cli()).contains(flag));
        }
    }

    @Test
    void every_rewrite_is_keyed_by_a_registered_code() {
        assertThat(CliErrors.WORDING.keySet())
                .allSatisfy(code -> assertThat(org.clinicalnotes.ErrorCodes.find(code)).isPresent());
    }
}
