/**
 * Note models over large language models through langchain4j: {@link org.clinicalnotes.llm.LlmNoteModel}
 * for OpenAI, any OpenAI-compatible server (Ollama, vLLM, llama.cpp server, LM Studio), Azure OpenAI,
 * Anthropic and Google Gemini, with schema-checked output, retries, cancellation and a PHI-free
 * {@link org.clinicalnotes.llm.LlmCallListener}.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.llm;

import org.clinicalnotes.PublicApi;
