package org.clinicalnotes.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.clinicalnotes.ModelAnswerException;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.llm.internal.NotePrompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chat request of {@link LlmNoteModel}, end to end: the request with the structured-output mode, the
 * call with retries and back-off, the events for {@link LlmCallListener}s, and the finish reasons that make
 * an answer unusable. Immutable and thread-safe.
 */
final class ChatCalls {

    private static final Logger LOG = LoggerFactory.getLogger(LlmNoteModel.class);

    private final ChatModel chatModel;
    private final String providerName;
    private final String modelName;
    private final StructuredOutput output;
    private final double temperature;
    private final int maxTokens;
    private final RetryPolicy retry;
    private final List<LlmCallListener> listeners;
    private final Sleeper sleeper;
    private final ProviderFailures failures;

    ChatCalls(ChatModel chatModel, String providerName, String modelName, StructuredOutput output, double temperature,
              int maxTokens, RetryPolicy retry, List<LlmCallListener> listeners, Sleeper sleeper,
              ProviderFailures failures) {
        this.chatModel = chatModel;
        this.providerName = providerName;
        this.modelName = modelName;
        this.output = output;
        this.temperature = temperature;
        this.maxTokens = maxTokens;
        this.retry = retry;
        this.listeners = List.copyOf(listeners);
        this.sleeper = sleeper;
        this.failures = failures;
    }

    /** The provider answered, but its response could not be parsed: not a network failure. */
    static final class UnparseableAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnparseableAnswer() {
            super("unparseable answer", null, false, false);
        }
    }

    String answer(List<ChatMessage> messages, NotePrompt prompt, String purpose) {
        ChatRequest.Builder rb = ChatRequest.builder().messages(messages)
                .temperature(temperature).maxOutputTokens(maxTokens);
        if (output == StructuredOutput.JSON_SCHEMA) {
            rb.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(prompt.schema()).build());
        } else if (output == StructuredOutput.JSON_MODE) {
            rb.responseFormat(ResponseFormat.JSON);
        }
        ChatResponse response = call(rb.build(), purpose);
        FinishReason finish = response.finishReason();
        if (finish == FinishReason.LENGTH) {
            throw new ModelAnswerException("CN-4005", providerName + " model " + modelName
                    + " stopped at the output token limit (" + maxTokens + ") before the note was complete; "
                    + "raise the output token limit (maxTokens)", null);
        }
        if (finish == FinishReason.CONTENT_FILTER) {
            throw new ModelCallException("CN-4010", providerName + " model " + modelName
                    + " withheld its answer (content filter)", 0, false, null);
        }
        return response.aiMessage() == null ? null : response.aiMessage().text();
    }

    private ChatResponse call(ChatRequest request, String purpose) {
        for (int attempt = 1; ; attempt++) {
            if (Thread.currentThread().isInterrupted()) {
                throw ProviderFailures.cancelled(null);
            }
            long start = System.nanoTime();
            try {
                ChatResponse r = chatModel.chat(request);
                TokenUsage usage = r.tokenUsage();
                emit(purpose, attempt, LlmCallEvent.Outcome.OK, 0, usage, start);
                return r;
            } catch (RuntimeException e) {
                ProviderFailures.Failure f = ProviderFailures.classify(e);
                emit(purpose, attempt, f.outcome(), f.status(), null, start);
                if (f.outcome() == LlmCallEvent.Outcome.CANCELLED) {
                    throw ProviderFailures.cancelled(e);
                }
                if (f.outcome() == LlmCallEvent.Outcome.BAD_ANSWER) {
                    throw new UnparseableAnswer();
                }
                int retriesDone = attempt - 1;
                if (!f.retryable() || retriesDone >= retry.maxRetries()) {
                    throw failures.toException(f, attempt, e);
                }
                Duration wait;
                if (f.retryAfter() != null) {
                    if (f.retryAfter().compareTo(retry.maxRetryAfter()) > 0) {
                        throw failures.toException(f, attempt, e);
                    }
                    wait = f.retryAfter();
                } else {
                    wait = retry.backoff(retriesDone, ThreadLocalRandom.current().nextDouble());
                }
                LOG.debug("{} attempt {} failed ({} {}); retrying in {} ms", purpose, attempt, f.outcome(), f.status(),
                        wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw ProviderFailures.cancelled(ie);
                }
            }
        }
    }

    private void emit(String purpose, int attempt, LlmCallEvent.Outcome outcome, int status, TokenUsage usage,
                      long start) {
        if (listeners.isEmpty()) {
            return;
        }
        int in = usage != null && usage.inputTokenCount() != null ? usage.inputTokenCount() : -1;
        int out = usage != null && usage.outputTokenCount() != null ? usage.outputTokenCount() : -1;
        LlmCallEvent event = new LlmCallEvent(providerName, modelName, purpose, attempt, outcome, status, in, out,
                Duration.ofNanos(System.nanoTime() - start));
        for (LlmCallListener l : listeners) {
            try {
                l.onCall(event);
            } catch (RuntimeException ex) {
                LOG.warn("LlmCallListener {} failed: {}", l.getClass().getName(), ex.getClass().getSimpleName());
            }
        }
    }
}
