package org.clinicalnotes.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.ModelAnswerException;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.internal.Interruptible;
import org.clinicalnotes.llm.internal.DraftParser;
import org.clinicalnotes.llm.internal.NotePrompt;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
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
    private final String endpointHost;
    private final ChatCalls calls;

    private LlmNoteModel(Builder b) {
        this.provider = b.provider;
        this.modelName = b.modelName;
        this.temperature = b.temperature;
        this.maxTokens = b.maxTokens;
        this.timeout = b.timeout;
        this.contextBudget = b.contextBudget;
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
        this.calls = new ChatCalls(chatModel, providerName, modelName, output, temperature, maxTokens, b.retry,
                b.listeners, b.sleeper, new ProviderFailures(provider, providerName, modelName, endpointHost, timeout));
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
    public NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(template, "template");
        NotePrompt prompt = new NotePrompt(template);
        DraftParser parser = new DraftParser(prompt);
        List<List<Utterance>> parts = split(transcript.utterances(), prompt);
        if (parts.size() == 1) {
            return draftPart(prompt, parser, parts.get(0), 0, 1);
        }
        LOG.debug("transcript of {} utterances drafted in {} parts", transcript.size(), parts.size());
        List<NoteModel.Draft> drafts = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            drafts.add(draftPart(prompt, parser, parts.get(i), i + 1, parts.size()));
        }
        return DraftMerge.merge(drafts, template);
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
    public CompletableFuture<NoteModel.Draft> draftAsync(Transcript transcript, NoteTemplate template, Executor executor) {
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

    private NoteModel.Draft draftPart(NotePrompt prompt, DraftParser parser, List<Utterance> utterances, int part, int parts) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(prompt.system()));
        messages.add(UserMessage.from(prompt.user(utterances, part, parts)));
        String purpose = parts > 1 ? "part " + part + "/" + parts : "draft";
        String problem;
        String answer = null;
        try {
            answer = calls.answer(messages, prompt, purpose);
            return parser.parse(answer);
        } catch (DraftParser.InvalidOutput first) {
            problem = first.getMessage();
        } catch (ChatCalls.UnparseableAnswer first) {
            problem = "the previous answer was not a parseable response";
        }
        LOG.debug("{} answer invalid ({}); sending one repair request", purpose, problem);
        messages.add(AiMessage.from(answer == null || answer.isEmpty() ? "{}" : answer));
        messages.add(UserMessage.from(NotePrompt.repair(problem)));
        String repairPurpose = purpose.equals("draft") ? "repair" : purpose + " repair";
        try {
            return parser.parse(calls.answer(messages, prompt, repairPurpose));
        } catch (DraftParser.InvalidOutput second) {
            throw new ModelAnswerException("CN-4006", providerName + " model " + modelName
                    + " returned output that did not match the note schema, also after one repair request: "
                    + second.getMessage(), null);
        } catch (ChatCalls.UnparseableAnswer second) {
            throw new ModelAnswerException("CN-3307", providerName + " model " + modelName + " answered (HTTP 200) "
                    + "with a body that could not be parsed, also after one repair request; check that the base URL "
                    + "points at the model's API and not at a proxy or web page", null);
        }
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
