package org.clinicalnotes.llm;

/**
 * Receives one {@link LlmCallEvent} per HTTP call a {@link LlmNoteModel} makes, on the calling
 * thread, after the call. Implementations must be thread-safe and quick; an exception they throw is
 * logged and ignored.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LlmCallListener {

    /** @param event the call's provider, model, attempt, outcome, token usage and latency; no PHI */
    void onCall(LlmCallEvent event);
}
