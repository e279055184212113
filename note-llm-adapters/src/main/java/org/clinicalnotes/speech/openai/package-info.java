/**
 * {@link org.clinicalnotes.speech.openai.OpenAiTranscriber}: the OpenAI {@code /v1/audio/transcriptions} API and
 * servers that speak it (speaches / faster-whisper, vLLM, whisper.cpp server), with segment times and, for
 * {@code gpt-4o-transcribe-diarize}, speakers.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.speech.openai;

import org.clinicalnotes.PublicApi;
