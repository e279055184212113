package org.clinicalnotes.llm;

import java.util.Locale;
import java.util.Optional;
import org.clinicalnotes.ConfigurationException;

/**
 * The providers {@link LlmNoteModel} can call, with the environment variables that hold their keys.
 *
 * @since 0.1.0
 */
public enum LlmProvider {
    /** OpenAI chat completions. Key: {@code OPENAI_API_KEY}. */
    OPENAI("openai", "OpenAI", "OPENAI_API_KEY", "https://api.openai.com/v1"),
    /**
     * Any server with an OpenAI-compatible {@code /v1/chat/completions} (vLLM, llama.cpp server, LM
     * Studio); needs a base URL. Key, optional: {@code OPENAI_COMPATIBLE_API_KEY}.
     */
    OPENAI_COMPATIBLE("openai-compatible", "OpenAI-compatible", "OPENAI_COMPATIBLE_API_KEY", null),
    /**
     * Azure OpenAI through its deployment path, {@code api-version} and {@code api-key} header. Key:
     * {@code AZURE_OPENAI_API_KEY}; resource: {@code AZURE_OPENAI_ENDPOINT}; model name: the deployment.
     */
    AZURE_OPENAI("azure-openai", "Azure OpenAI", "AZURE_OPENAI_API_KEY", null),
    /** Anthropic messages. Key: {@code ANTHROPIC_API_KEY}. */
    ANTHROPIC("anthropic", "Anthropic", "ANTHROPIC_API_KEY", "https://api.anthropic.com/v1/"),
    /** Google Gemini generateContent. Key: {@code GEMINI_API_KEY}. */
    GEMINI("gemini", "Google", "GEMINI_API_KEY", "https://generativelanguage.googleapis.com/v1beta"),
    /** A local Ollama server through its OpenAI-compatible endpoint; no key. */
    OLLAMA("ollama", "Ollama", null, "http://localhost:11434/v1");

    /** Environment variable holding the Azure OpenAI resource URL. */
    public static final String AZURE_ENDPOINT_VARIABLE = "AZURE_OPENAI_ENDPOINT";

    private final String cliName;
    private final String displayName;
    private final String keyVariable;
    private final String defaultBaseUrl;

    LlmProvider(String cliName, String displayName, String keyVariable, String defaultBaseUrl) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.keyVariable = keyVariable;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** @return the name used on the command line, for example {@code azure-openai} */
    public String cliName() {
        return cliName;
    }

    /** @return the provider's name for provenance, for example {@code Anthropic} */
    public String displayName() {
        return displayName;
    }

    /** @return the environment variable that holds the key, when the provider uses one */
    public Optional<String> keyVariable() {
        return Optional.ofNullable(keyVariable);
    }

    /** @return whether calls fail without a key */
    public boolean requiresKey() {
        return this == OPENAI || this == AZURE_OPENAI || this == ANTHROPIC || this == GEMINI;
    }

    /** @return the base URL used when none is given, when there is one */
    public Optional<String> defaultBaseUrl() {
        return Optional.ofNullable(defaultBaseUrl);
    }

    /**
     * @param name a command-line name such as {@code gemini}; case-insensitive
     * @return the provider
     * @throws ConfigurationException (CN-2605) when the name is unknown
     */
    public static LlmProvider fromCliName(String name) {
        for (LlmProvider p : values()) {
            if (p.cliName.equalsIgnoreCase(name.strip())) {
                return p;
            }
        }
        StringBuilder names = new StringBuilder();
        for (LlmProvider p : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(p.cliName);
        }
        throw new ConfigurationException("CN-2605", "unknown model provider '" + name.toLowerCase(Locale.ROOT)
                + "'; use one of " + names);
    }
}
