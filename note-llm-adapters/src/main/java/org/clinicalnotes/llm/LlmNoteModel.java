package org.clinicalnotes.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.ModelAnswerException;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.internal.Interruptible;
import org.clinicalnotes.llm.internal.DraftParser;
import org.clinicalnotes.llm.internal.NotePrompt;
import org.clinicalnotes.llm.internal.StatusException;
import org.clinicalnotes.model.DraftNote;
import org.clinicalnotes.model.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link NoteModel} over a langchain4j {@link ChatModel}: OpenAI, any OpenAI-compatible server
 * (Ollama, vLLM, llama.cpp server, LM Studio), Azure OpenAI, Anthropic or Google Gemini.
 *
 * <p>Each draft sends the template's instructions as the system message and the transcript, one
 * utterance per line with its id, between {@code <transcript>} delimiters in the user message. The
 * answer must be JSON matching a schema generated from the template (sections of statements with
 * evidence ids, plus risk mentions); providers that support it get the schema as structured output.
 * An answer that is not valid gets one repair request quoting the validation error; if that fails
 * too, {@link ModelCallException} (CN-4006). A transcript over the {@linkplain Builder#contextBudgetTokens
 * context budget} is drafted in utterance ranges whose notes are merged section by section, so every
 * evidence id still points at the original transcript.
 *
 * <p>Failed HTTP calls are retried by {@link RetryPolicy} (429, 5xx, timeouts; {@code Retry-After}
 * honoured; never 400, 401 or 403); langchain4j's own retries are switched off. A model is remote
 * ({@link ModelInfo#local()} false), so {@link org.clinicalnotes.generate.NoteGenerator} de-identifies
 * transcripts before they reach it.
 *
 * <p>Immutable and thread-safe when the {@link ChatModel} is (the built-in ones are).
 *
 * <pre>{@code
 * NoteModel model = LlmNoteModel.fromEnvironment(LlmProvider.OPENAI, "gpt-4o-mini", null, System::getenv).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LlmNoteModel implements NoteModel {

    private static final Logger LOG = LoggerFactory.getLogger(LlmNoteModel.class);

    private final ChatModel chatModel;
    private final LlmProvider provider;
    private final String providerName;
    private final String modelName;
    private final ModelInfo info;
    private final StructuredOutput output;
    private final double temperature;
    private final int maxTokens;
    private final Duration timeout;
    private final int contextBudget;
    private final RetryPolicy retry;
    private final List<LlmCallListener> listeners;
    private final Sleeper sleeper;
    private final String endpointHost;

    private LlmNoteModel(Builder b) {
        this.provider = b.provider;
        this.modelName = b.modelName;
        this.temperature = b.temperature;
        this.maxTokens = b.maxTokens;
        this.timeout = b.timeout;
        this.contextBudget = b.contextBudget;
        this.retry = b.retry;
        this.listeners = List.copyOf(b.listeners);
        this.sleeper = b.sleeper;
        if (b.chatModel != null) {
            this.chatModel = b.chatModel;
            this.providerName = b.providerName != null ? b.providerName
                    : provider != null ? provider.displayName() : "custom";
            this.output = b.output != null ? b.output
                    : chatModel.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    ? StructuredOutput.JSON_SCHEMA : StructuredOutput.PROMPT_ONLY;
            this.endpointHost = b.baseUrl != null ? host(b.baseUrl) : providerName;
        } else {
            String baseUrl = b.baseUrl != null ? b.baseUrl : provider.defaultBaseUrl().orElse(null);
            if (baseUrl == null) {
                throw new ConfigurationException("CN-2602", provider == LlmProvider.AZURE_OPENAI
                        ? "Azure OpenAI needs the resource URL: set " + LlmProvider.AZURE_ENDPOINT_VARIABLE
                        + " (https://RESOURCE.openai.azure.com) or set the base URL (baseUrl)"
                        : "provider " + provider.cliName() + " needs a base URL (baseUrl), for example http://127.0.0.1:8000/v1");
            }
            if (provider.requiresKey() && (b.apiKey == null || b.apiKey.isBlank())) {
                throw new ConfigurationException("CN-2601", provider.displayName() + " needs an API key: set "
                        + provider.keyVariable().orElse("the API key") + " or use the offline model");
            }
            String key = b.apiKey;
            if (key == null && provider != LlmProvider.AZURE_OPENAI) {
                key = "not-needed";
            }
            this.chatModel = ProviderModels.create(provider, modelName, key, baseUrl, b.azureApiVersion, temperature,
                    maxTokens, timeout, b.connectTimeout);
            this.providerName = b.providerName != null ? b.providerName : provider.displayName();
            this.output = b.output != null ? b.output : ProviderModels.defaultOutput(provider);
            this.endpointHost = host(baseUrl);
        }
        this.info = new ModelInfo(modelName, b.modelVersion, providerName, false);
    }

    /** @return a builder; set a provider and model name, or a {@link ChatModel} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for a provider with its key and endpoint read from the environment
     * ({@code OPENAI_API_KEY}, {@code AZURE_OPENAI_API_KEY} and {@code AZURE_OPENAI_ENDPOINT},
     * {@code ANTHROPIC_API_KEY}, {@code GEMINI_API_KEY}; optional {@code OPENAI_COMPATIBLE_API_KEY}).
     *
     * @param provider the provider; not null
     * @param modelName the model, or for Azure the deployment; not blank
     * @param baseUrl the endpoint, or null for the provider's default (Azure: {@code AZURE_OPENAI_ENDPOINT})
     * @param environment reads a variable, usually {@code System::getenv}; not null
     * @return the builder
     * @throws ConfigurationException CN-2601 when a required key is not set (the message names the
     *     variable), CN-2602 when the provider needs a URL that is missing
     */
    public static Builder fromEnvironment(LlmProvider provider, String modelName, String baseUrl,
                                          Function<String, String> environment) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(environment, "environment");
        Builder b = builder().provider(provider).modelName(modelName);
        String url = baseUrl;
        if (url == null && provider == LlmProvider.AZURE_OPENAI) {
            url = blankToNull(environment.apply(LlmProvider.AZURE_ENDPOINT_VARIABLE));
            if (url == null) {
                throw new ConfigurationException("CN-2602", "Azure OpenAI needs the resource URL: set "
                        + LlmProvider.AZURE_ENDPOINT_VARIABLE + " (https://RESOURCE.openai.azure.com)");
            }
        }
        if (url != null) {
            b.baseUrl(url);
        }
        Optional<String> variable = provider.keyVariable();
        if (variable.isPresent()) {
            String key = blankToNull(environment.apply(variable.get()));
            if (key == null && provider.requiresKey()) {
                throw new ConfigurationException("CN-2601", provider.displayName() + " needs an API key: set "
                        + variable.get() + " or use the offline model");
            }
            if (key != null) {
                b.apiKey(key);
            }
        }
        return b;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    /** @return how this model asks for JSON */
    public StructuredOutput structuredOutput() {
        return output;
    }

    @Override
    public DraftNote draft(Transcript transcript, NoteTemplate template) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(template, "template");
        NotePrompt prompt = new NotePrompt(template);
        DraftParser parser = new DraftParser(prompt);
        List<List<Utterance>> parts = split(transcript.utterances(), prompt);
        if (parts.size() == 1) {
            return draftPart(prompt, parser, parts.get(0), 0, 1);
        }
        LOG.debug("transcript of {} utterances drafted in {} parts", transcript.size(), parts.size());
        List<DraftNote> drafts = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            drafts.add(draftPart(prompt, parser, parts.get(i), i + 1, parts.size()));
        }
        return merge(drafts, template);
    }

    /**
     * Drafts on the executor. Cancelling the future ({@code cancel(true)} or {@code cancel(false)})
     * interrupts the drafting thread, which aborts the HTTP exchange in flight and any back-off wait.
     * The future completes on a thread of the executor, exceptionally with the exceptions
     * {@link #draft} throws.
     *
     * @param transcript the (de-identified) conversation; not null
     * @param template the layout; not null
     * @param executor where to run; not null
     * @return the future draft
     */
    public CompletableFuture<DraftNote> draftAsync(Transcript transcript, NoteTemplate template, Executor executor) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(executor, "executor");
        return Interruptible.supply(() -> draft(transcript, template), executor);
    }

    List<List<Utterance>> split(List<Utterance> utterances, NotePrompt prompt) {
        int room = contextBudget - prompt.fixedTokens();
        List<List<Utterance>> parts = new ArrayList<>();
        List<Utterance> current = new ArrayList<>();
        int used = 0;
        for (Utterance u : utterances) {
            int t = NotePrompt.estimateTokens(NotePrompt.line(u));
            if (!current.isEmpty() && used + t > room) {
                parts.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(u);
            used += t;
        }
        parts.add(current);
        return parts;
    }

    private DraftNote draftPart(NotePrompt prompt, DraftParser parser, List<Utterance> utterances, int part, int parts) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(prompt.system()));
        messages.add(UserMessage.from(prompt.user(utterances, part, parts)));
        String purpose = parts > 1 ? "part " + part + "/" + parts : "draft";
        String problem;
        String answer = null;
        try {
            answer = answer(messages, prompt, purpose);
            return parser.parse(answer);
        } catch (DraftParser.InvalidOutput first) {
            problem = first.getMessage();
        } catch (UnparseableAnswer first) {
            problem = "the previous answer was not a parseable response";
        }
        LOG.debug("{} answer invalid ({}); sending one repair request", purpose, problem);
        messages.add(AiMessage.from(answer == null || answer.isEmpty() ? "{}" : answer));
        messages.add(UserMessage.from(NotePrompt.repair(problem)));
        String repairPurpose = purpose.equals("draft") ? "repair" : purpose + " repair";
        try {
            return parser.parse(answer(messages, prompt, repairPurpose));
        } catch (DraftParser.InvalidOutput second) {
            throw new ModelAnswerException("CN-4006", providerName + " model " + modelName
                    + " returned output that did not match the note schema, also after one repair request: "
                    + second.getMessage(), null);
        } catch (UnparseableAnswer second) {
            throw new ModelAnswerException("CN-3307", providerName + " model " + modelName + " answered (HTTP 200) "
                    + "with a body that could not be parsed, also after one repair request; check that the base URL "
                    + "points at the model's API and not at a proxy or web page", null);
        }
    }

    /** The provider answered, but its response could not be parsed: not a network failure. */
    private static final class UnparseableAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnparseableAnswer() {
            super("unparseable answer", null, false, false);
        }
    }

    private String answer(List<ChatMessage> messages, NotePrompt prompt, String purpose) {
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
                throw cancelled(null);
            }
            long start = System.nanoTime();
            try {
                ChatResponse r = chatModel.chat(request);
                TokenUsage usage = r.tokenUsage();
                emit(purpose, attempt, LlmCallEvent.Outcome.OK, 0, usage, start);
                return r;
            } catch (RuntimeException e) {
                Failure f = classify(e);
                emit(purpose, attempt, f.outcome, f.status, null, start);
                if (f.outcome == LlmCallEvent.Outcome.CANCELLED) {
                    throw cancelled(e);
                }
                if (f.outcome == LlmCallEvent.Outcome.BAD_ANSWER) {
                    throw new UnparseableAnswer();
                }
                int retriesDone = attempt - 1;
                if (!f.retryable || retriesDone >= retry.maxRetries()) {
                    throw toException(f, attempt, e);
                }
                Duration wait;
                if (f.retryAfter != null) {
                    if (f.retryAfter.compareTo(retry.maxRetryAfter()) > 0) {
                        throw toException(f, attempt, e);
                    }
                    wait = f.retryAfter;
                } else {
                    wait = retry.backoff(retriesDone, ThreadLocalRandom.current().nextDouble());
                }
                LOG.debug("{} attempt {} failed ({} {}); retrying in {} ms", purpose, attempt, f.outcome, f.status,
                        wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw cancelled(ie);
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

    private record Failure(LlmCallEvent.Outcome outcome, int status, boolean retryable, Duration retryAfter) {
    }

    static Failure classify(Throwable e) {
        Duration retryAfter = null;
        int status = 0;
        boolean timeout = false;
        boolean network = false;
        boolean cancelled = false;
        boolean unparseable = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StatusException se) {
                retryAfter = se.retryAfter().orElse(null);
            }
            if (t instanceof HttpException he && status == 0) {
                status = he.statusCode();
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                timeout = true;
            } else if (t instanceof InterruptedIOException || t instanceof InterruptedException) {
                cancelled = true;
            } else if (t instanceof com.fasterxml.jackson.core.JsonProcessingException
                    || t instanceof org.clinicalnotes.llm.internal.BoundedBody.TooLarge) {
                unparseable = true;   // an IOException, but the network worked: the body did not parse
            } else if (t instanceof IOException) {
                network = true;
            }
        }
        if (status == 0) {
            if (e instanceof RateLimitException) {
                status = 429;
            } else if (e instanceof AuthenticationException) {
                status = 401;
            } else if (e instanceof InternalServerException) {
                status = 500;
            } else if (e instanceof InvalidRequestException) {
                status = 400;
            }
        }
        if (status != 0) {
            boolean retryable = status == 429 || status == 408 || status >= 500;
            return new Failure(LlmCallEvent.Outcome.HTTP_ERROR, status, retryable, retryable ? retryAfter : null);
        }
        if (cancelled || Thread.currentThread().isInterrupted()) {
            return new Failure(LlmCallEvent.Outcome.CANCELLED, 0, false, null);
        }
        if (timeout) {
            return new Failure(LlmCallEvent.Outcome.TIMEOUT, 0, true, null);
        }
        // A parser failure, or the provider client tripping over missing fields of an answer that did parse
        if (unparseable || e instanceof NullPointerException || e instanceof ClassCastException) {
            return new Failure(LlmCallEvent.Outcome.BAD_ANSWER, 200, false, null);
        }
        if (network) {
            return new Failure(LlmCallEvent.Outcome.NETWORK_ERROR, 0, true, null);
        }
        return new Failure(LlmCallEvent.Outcome.ERROR, 0, false, null);
    }

    private ModelCallException toException(Failure f, int attempts, Throwable cause) {
        String who = providerName + " (" + endpointHost + ")";
        String tries = attempts == 1 ? "" : " after " + attempts + " attempts";
        String keyHint = provider != null && provider.keyVariable().isPresent()
                ? provider.keyVariable().get() : "the API key";
        Throwable safeCause = sanitise(cause);
        return switch (f.outcome) {
            case HTTP_ERROR -> {
                int s = f.status;
                if (s == 401) {
                    yield new ModelCallException("CN-4001", who + " answered HTTP 401 Unauthorized: the API key was "
                            + "rejected; check " + keyHint, s, false, safeCause);
                } else if (s == 403) {
                    yield new ModelCallException("CN-4001", who + " answered HTTP 403 Forbidden: the key in " + keyHint
                            + " may not use model " + modelName, s, false, safeCause);
                } else if (s == 429) {
                    yield new ModelCallException("CN-4002", who + " answered HTTP 429 Too Many Requests" + tries
                            + "; wait and try again, or raise the rate limit", s, true, safeCause);
                } else if (s >= 500) {
                    yield new ModelCallException("CN-4003", who + " answered HTTP " + s + tries
                            + "; the provider is failing, try again later", s, true, safeCause);
                } else if (s == 404) {
                    yield new ModelCallException("CN-4007", who + " answered HTTP 404 Not Found: check the model name '"
                            + modelName + "' and the base URL", s, false, safeCause);
                } else {
                    yield new ModelCallException("CN-4007", who + " rejected the request with HTTP " + s
                            + "; check the model name '" + modelName + "' and the settings", s, s == 408, safeCause);
                }
            }
            case TIMEOUT -> new ModelCallException("CN-4004", "no answer from " + who + " within "
                    + timeout.toSeconds() + " s" + tries + "; raise the timeout (timeout) or try again", 0, true, safeCause);
            case NETWORK_ERROR -> new ModelCallException("CN-4008", "could not reach " + who + tries
                    + "; check the URL and the network", 0, true, safeCause);
            case CANCELLED -> cancelled(cause);
            default -> new ModelCallException("CN-4011", "the call to " + who + " failed ("
                    + cause.getClass().getSimpleName() + ")", 0, false, safeCause);
        };
    }

    private static ModelCallException cancelled(Throwable cause) {
        return new ModelCallException("CN-4009", "the model call was cancelled", 0, false, sanitise(cause));
    }

    /**
     * Provider exceptions can carry the response body, which may echo request text; keep only their
     * types and statuses so that nothing of the transcript travels in a stack trace.
     */
    private static Throwable sanitise(Throwable cause) {
        if (cause == null) {
            return null;
        }
        int status = 0;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException he) {
                status = he.statusCode();
                break;
            }
        }
        return new ProviderError(cause.getClass().getName() + (status != 0 ? " (HTTP " + status + ")" : ""));
    }

    /** A provider exception reduced to its type and status. */
    static final class ProviderError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProviderError(String message) {
            super(message);
        }
    }

    private static DraftNote merge(List<DraftNote> drafts, NoteTemplate template) {
        Map<String, List<NoteStatement>> bySection = new LinkedHashMap<>();
        Map<String, NoteSection> first = new LinkedHashMap<>();
        for (DraftNote d : drafts) {
            for (NoteSection s : d.sections()) {
                first.putIfAbsent(s.id(), s);
                List<NoteStatement> acc = bySection.computeIfAbsent(s.id(), k -> new ArrayList<>());
                for (NoteStatement st : s.statements()) {
                    String key = NotePrompt.normalise(st.text());
                    int dup = -1;
                    for (int i = 0; i < acc.size(); i++) {
                        if (NotePrompt.normalise(acc.get(i).text()).equals(key)) {
                            dup = i;
                            break;
                        }
                    }
                    if (dup < 0) {
                        acc.add(st);
                    } else {
                        List<String> ev = new ArrayList<>(acc.get(dup).evidence());
                        for (String id : st.evidence()) {
                            if (!ev.contains(id)) {
                                ev.add(id);
                            }
                        }
                        acc.set(dup, NoteStatement.of(acc.get(dup).text(), ev));
                    }
                }
            }
        }
        List<NoteSection> out = new ArrayList<>();
        for (Map.Entry<String, NoteSection> e : first.entrySet()) {
            out.add(e.getValue().withStatements(bySection.get(e.getKey())));
        }
        return new DraftNote(out);
    }

    private static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return h != null ? h : "the configured endpoint";
        } catch (IllegalArgumentException e) {
            return "the configured endpoint";
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "LlmNoteModel[provider=" + providerName + ", model=" + modelName + ", output=" + output + "]";
    }

    /**
     * Builds an {@link LlmNoteModel}: either {@link #provider} and {@link #modelName} (and a key), or
     * {@link #chatModel} for any langchain4j model. Not thread-safe; the model it builds is.
     */
    public static final class Builder {
        private LlmProvider provider;
        private ChatModel chatModel;
        private String providerName;
        private String modelName;
        private String modelVersion = "unpinned";
        private String apiKey;
        private String baseUrl;
        private String azureApiVersion = "2024-10-21";
        private StructuredOutput output;
        private double temperature = 0.0;
        private int maxTokens = 4096;
        private Duration timeout = Duration.ofSeconds(120);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int contextBudget = 24_000;
        private RetryPolicy retry = RetryPolicy.defaults();
        private final List<LlmCallListener> listeners = new ArrayList<>();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {
        }

        /**
         * @param provider which provider to call; not null
         * @return this builder
         */
        public Builder provider(LlmProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * @param model a ready langchain4j model, used instead of building one from the provider
         *     settings; temperature and max tokens are still sent with each request; not null
         * @return this builder
         */
        public Builder chatModel(ChatModel model) {
            this.chatModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * @param name the provider's name for provenance; default from the provider
         * @return this builder
         */
        public Builder providerName(String name) {
            this.providerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param name the model, for example {@code gpt-4o-mini}, or for Azure the deployment; not blank
         * @return this builder
         */
        public Builder modelName(String name) {
            this.modelName = Objects.requireNonNull(name, "name").strip();
            return this;
        }

        /**
         * @param version the model version for provenance; default {@code unpinned}
         * @return this builder
         */
        public Builder modelVersion(String version) {
            this.modelVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * @param key the API key; never logged or printed
         * @return this builder
         */
        public Builder apiKey(String key) {
            this.apiKey = key;
            return this;
        }

        /**
         * @param url the endpoint (for Azure: the resource URL, {@code https://RESOURCE.openai.azure.com});
         *     default the provider's
         * @return this builder
         */
        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url").strip();
            return this;
        }

        /**
         * @param version Azure OpenAI {@code api-version}; default {@code 2024-10-21}
         * @return this builder
         */
        public Builder azureApiVersion(String version) {
            this.azureApiVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * @param mode how to ask for JSON; default the schema, except Anthropic (instructions only)
         * @return this builder
         */
        public Builder structuredOutput(StructuredOutput mode) {
            this.output = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * @param value sampling temperature in [0, 2]; default 0
         * @return this builder
         */
        public Builder temperature(double value) {
            if (!(value >= 0 && value <= 2)) {
                throw new IllegalArgumentException("temperature must be in [0, 2], was " + value);
            }
            this.temperature = value;
            return this;
        }

        /**
         * @param value output token limit, positive; default 4096
         * @return this builder
         */
        public Builder maxTokens(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxTokens must be positive, was " + value);
            }
            this.maxTokens = value;
            return this;
        }

        /**
         * @param value how long one HTTP call may take; positive; default 120 s
         * @return this builder
         */
        public Builder timeout(Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = value;
            return this;
        }

        /**
         * @param value how long connecting may take; positive; default 10 s
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("connectTimeout must be positive");
            }
            this.connectTimeout = value;
            return this;
        }

        /**
         * @param tokens the most input tokens (estimated at four characters each) one request may hold;
         *     longer transcripts are drafted in utterance ranges and merged; at least 1000; default 24000
         * @return this builder
         */
        public Builder contextBudgetTokens(int tokens) {
            if (tokens < 1000) {
                throw new IllegalArgumentException("contextBudgetTokens must be at least 1000, was " + tokens);
            }
            this.contextBudget = tokens;
            return this;
        }

        /**
         * @param policy when to retry failed calls; default {@link RetryPolicy#defaults()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param listener receives token usage and latency of every call; not null
         * @return this builder
         */
        public Builder addListener(LlmCallListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s, "sleeper");
            return this;
        }

        /**
         * @return the model
         * @throws IllegalStateException when neither a provider nor a chat model is set, or no model name
         * @throws ConfigurationException CN-2601 when the provider needs a key that is not set, CN-2602
         *     when it needs a URL that is missing
         */
        public LlmNoteModel build() {
            if (provider == null && chatModel == null) {
                throw new IllegalStateException("set a provider or a chatModel");
            }
            if (modelName == null || modelName.isEmpty()) {
                throw new IllegalStateException("set a modelName");
            }
            return new LlmNoteModel(this);
        }
    }
}
