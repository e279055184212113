package org.clinicalnotes.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Map;
import org.clinicalnotes.llm.internal.JdkClient;

/** Builds the langchain4j {@link ChatModel} for a provider; langchain4j's own retries are off. */
final class ProviderModels {

    private ProviderModels() {
    }

    static ChatModel create(LlmProvider provider, String modelName, String apiKey, String baseUrl,
                            String azureApiVersion, double temperature, int maxTokens, Duration timeout,
                            Duration connectTimeout) {
        JdkClient.Builder http = JdkClient.builder().connectTimeout(connectTimeout).readTimeout(timeout);
        return switch (provider) {
            case OPENAI, OPENAI_COMPATIBLE, OLLAMA -> {
                OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .modelName(modelName)
                        .temperature(temperature)
                        .maxTokens(maxTokens)
                        .timeout(timeout)
                        .maxRetries(0)
                        .strictJsonSchema(true)
                        .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
                yield b.build();
            }
            case AZURE_OPENAI -> OpenAiChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(stripSlash(baseUrl) + "/openai/deployments/" + modelName)
                    .customQueryParams(Map.of("api-version", azureApiVersion))
                    .customHeaders(Map.of("api-key", apiKey))
                    .modelName(modelName)
                    .temperature(temperature)
                    .maxTokens(maxTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .strictJsonSchema(true)
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .modelName(modelName)
                    .temperature(temperature)
                    .maxTokens(maxTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case GEMINI -> GoogleAiGeminiChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .modelName(modelName)
                    .temperature(temperature)
                    .maxOutputTokens(maxTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .build();
        };
    }

    static StructuredOutput defaultOutput(LlmProvider provider) {
        return provider == LlmProvider.ANTHROPIC ? StructuredOutput.PROMPT_ONLY : StructuredOutput.JSON_SCHEMA;
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
