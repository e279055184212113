package org.clinicalnotes.cli;

import java.time.Duration;
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
            description = "LLM output token limit, 1 to 200000 (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Seconds one LLM call may take before it is retried or fails, 1 to 3600 "
                    + "(default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /** The allowed ranges, stated in the errors and the help. */
    static final double MAX_TEMPERATURE = 2;
    static final int MAX_TOKENS = 200_000;
    static final long MAX_TIMEOUT_SECONDS = 3_600;

    /**
     * Checks every option's range, whatever the model (the offline model ignores them, but a value that no
     * model accepts is a mistake worth saying): exit 2 with the allowed range.
     */
    void validate(CommandLine cl) {
        if (!(temperature >= 0 && temperature <= MAX_TEMPERATURE)) {
            throw usage(cl, "--temperature " + temperature + " is out of range: use 0 to 2");
        }
        if (maxTokens < 1 || maxTokens > MAX_TOKENS) {
            throw usage(cl, "--max-tokens " + maxTokens + " is out of range: use 1 to " + MAX_TOKENS);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw usage(cl, "--timeout " + timeoutSeconds + " is out of range: use 1 to " + MAX_TIMEOUT_SECONDS
                    + " seconds");
        }
        if (baseUrl != null) {
            checkUrl(cl, "--base-url", baseUrl);
        }
    }

    /** An absolute http or https URL with a host, such as http://127.0.0.1:8000/v1. */
    static void checkUrl(CommandLine cl, String option, String value) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(value);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            throw usage(cl, option + " is not a valid URL: use an absolute http:// or https:// URL with a host, "
                    + "such as http://127.0.0.1:8000/v1");
        }
    }

    private static CommandLine.ParameterException usage(CommandLine cl, String message) {
        return new CommandLine.ParameterException(cl, "CN-3306: " + message);
    }

    /**
     * Builds the generator for a model name from {@link GenerateCommand#MODELS}.
     *
     * @param modelId the lower-case model name
     * @param noDeid whether the user switched de-identification off
     * @param cl the command line, for usage errors
     * @return the generator
     */
    NoteGenerator generator(String modelId, boolean noDeid, CommandLine cl) {
        return builder(modelId, noDeid, cl).build();
    }

    /** Like {@link #generator}, unbuilt, so that a command can add to it (consent, audit). */
    NoteGenerator.Builder builder(String modelId, boolean noDeid, CommandLine cl) {
        validate(cl);
        if (modelId.equals("offline")) {
            NoteGenerator.Builder offline = NoteGenerator.builder();
            if (noDeid) {
                offline.deidentification(NoteGenerator.DeidentificationPolicy.DISABLED);
            }
            return offline;
        }
        if (modelName == null || modelName.isBlank()) {
            throw new CommandLine.ParameterException(cl, "--model " + modelId + " needs --model-name");
        }
        LlmNoteModel llm = LlmNoteModel.fromEnvironment(LlmProvider.fromCliName(modelId), modelName, baseUrl,
                        CliContext.of(cl).environment())
                .temperature(temperature).maxTokens(maxTokens).timeout(Duration.ofSeconds(timeoutSeconds))
                .build();
        if (noDeid) {
            return NoteGenerator.builder().model(llm).deidentification(NoteGenerator.DeidentificationPolicy.DISABLED);
        }
        Deidentifier deid = CliContext.of(cl).deidentifier() != null ? CliContext.of(cl).deidentifier()
                : SafeHarborDeidentifier.create();
        return NoteGenerator.builder().model(llm).deidentifier(deid);
    }

    /**
     * The plan writer for a model name (issue 16): local for {@code offline}; otherwise the LLM rewords goals and
     * interventions, with the same de-identifier in front as {@link #builder} puts before a note model.
     */
    org.clinicalnotes.course.PlanWriter planWriter(String modelId, boolean noDeid, CommandLine cl) {
        validate(cl);
        if (modelId.equals("offline")) {
            return org.clinicalnotes.course.PlanWriter.builder().build();
        }
        if (modelName == null || modelName.isBlank()) {
            throw new CommandLine.ParameterException(cl, "--model " + modelId + " needs --model-name");
        }
        LlmNoteModel llm = LlmNoteModel.fromEnvironment(LlmProvider.fromCliName(modelId), modelName, baseUrl,
                        CliContext.of(cl).environment())
                .temperature(temperature).maxTokens(maxTokens).timeout(Duration.ofSeconds(timeoutSeconds))
                .build();
        org.clinicalnotes.course.PlanWriter.Builder b = org.clinicalnotes.course.PlanWriter.builder().model(llm);
        if (noDeid) {
            return b.deidentification(NoteGenerator.DeidentificationPolicy.DISABLED).build();
        }
        return b.deidentifier(CliContext.of(cl).deidentifier() != null ? CliContext.of(cl).deidentifier()
                : SafeHarborDeidentifier.create()).build();
    }
}
