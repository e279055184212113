package org.clinicalnotes.cli;

import java.time.Duration;
import org.clinicalnotes.generate.DeidentificationPolicy;
import org.clinicalnotes.deid.Deidentifier;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.llm.LlmNoteModel;
import org.clinicalnotes.llm.LlmProvider;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The LLM options shared by {@code generate} and {@code eval} (--model-name, --base-url, --temperature,
 * --max-tokens, --timeout) and the one place that turns a {@code --model} name into a {@link NoteGenerator}:
 * remote models get {@link SafeHarborDeidentifier} unless de-identification is switched off.
 */
final class LlmOptions {

    @Option(names = "--model-name", paramLabel = "NAME",
            description = "Model for an LLM --model, for example gpt-4o-mini, claude-sonnet-4-5, gemini-2.0-flash, "
                    + "llama3.1:8b; for azure-openai the deployment name.")
    String modelName;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Endpoint: required for openai-compatible (for example http://127.0.0.1:8000/v1); "
                    + "ollama defaults to http://localhost:11434/v1; for azure-openai it replaces AZURE_OPENAI_ENDPOINT.")
    String baseUrl;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0",
            description = "LLM sampling temperature, 0 to 2 (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "4096",
            description = "LLM output token limit (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Seconds one LLM call may take before it is retried or fails (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /**
     * Builds the generator for a model name from {@link GenerateCommand#MODELS}.
     *
     * @param modelId the lower-case model name
     * @param noDeid whether the user switched de-identification off
     * @param cl the command line, for usage errors
     * @return the generator
     */
    NoteGenerator generator(String modelId, boolean noDeid, CommandLine cl) {
        if (modelId.equals("offline")) {
            NoteGenerator.Builder offline = NoteGenerator.builder();
            if (noDeid) {
                offline.deidentification(DeidentificationPolicy.DISABLED);
            }
            return offline.build();
        }
        if (modelName == null || modelName.isBlank()) {
            throw new CommandLine.ParameterException(cl, "--model " + modelId + " needs --model-name");
        }
        if (!(temperature >= 0 && temperature <= 2) || maxTokens <= 0 || timeoutSeconds <= 0) {
            throw new CommandLine.ParameterException(cl,
                    "--temperature must be 0 to 2, --max-tokens and --timeout positive");
        }
        LlmNoteModel llm = LlmNoteModel.fromEnvironment(LlmProvider.fromCliName(modelId), modelName, baseUrl,
                        GenerateCommand.environment)
                .temperature(temperature).maxTokens(maxTokens).timeout(Duration.ofSeconds(timeoutSeconds))
                .build();
        if (noDeid) {
            return NoteGenerator.builder().model(llm).deidentification(DeidentificationPolicy.DISABLED).build();
        }
        Deidentifier deid = GenerateCommand.testDeidentifier != null ? GenerateCommand.testDeidentifier
                : SafeHarborDeidentifier.create();
        return NoteGenerator.builder().model(llm).deidentifier(deid).build();
    }
}
