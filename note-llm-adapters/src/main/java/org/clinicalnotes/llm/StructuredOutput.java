package org.clinicalnotes.llm;

/**
 * How {@link LlmNoteModel} asks for JSON. Whatever the mode, every answer is parsed and validated
 * against the template's schema, and an invalid one gets one repair request.
 *
 * @since 0.1.0
 */
public enum StructuredOutput {
    /** Send the JSON schema generated from the template (OpenAI, Azure, Gemini, Ollama, vLLM). */
    JSON_SCHEMA,
    /** Ask for any JSON object (OpenAI {@code json_object}); for servers without schema support. */
    JSON_MODE,
    /** Describe the JSON in the instructions only (Anthropic, or servers with neither mode). */
    PROMPT_ONLY
}
