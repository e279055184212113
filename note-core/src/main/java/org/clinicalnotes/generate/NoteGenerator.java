package org.clinicalnotes.generate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.privacy.AuditListener;
import org.clinicalnotes.measure.internal.MeasureExtractor;
import org.clinicalnotes.measure.internal.MedicationExtractor;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.deid.Deidentifier;
import org.clinicalnotes.internal.Interruptible;
import org.clinicalnotes.deid.PhiCategory;
import org.clinicalnotes.deid.Reidentified;
import org.clinicalnotes.deid.Redaction;
import org.clinicalnotes.deid.SurrogateVault;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.ConsentRecord;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.note.SensitivityLabel;
import org.clinicalnotes.privacy.internal.SensitivityLabeler;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: transcript in, preliminary {@link ClinicalNote} out.
 *
 * <p>For each call it resolves the template, de-identifies the transcript when the model is remote
 * (see {@link DeidentificationPolicy}), asks the {@link NoteModel} for a draft, re-identifies the
 * draft, aligns it to the template's sections, runs the {@link NoteCheck}s on the original transcript
 * and returns a note with status {@link NoteMetadata.Status#PRELIMINARY}. Whatever the model, it also runs the
 * local {@link RiskScreen}, {@link MeasureExtractor} and {@link MedicationExtractor} on the original
 * transcript, fills the note's risk flags, measures and medications, and states every risk flag in the
 * template's Risk section (appending one to a template that has none), so risk is never summarised away.
 *
 * <p>Build once and share: instances are immutable and thread-safe as long as the model, the
 * de-identifier and the checks are, which every implementation in this SDK is.
 *
 * <pre>{@code
 * NoteGenerator generator = NoteGenerator.builder().build();   // offline model, built-in templates
 * ClinicalNote note = generator.generate(transcript, NoteRequest.of("soap"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NoteGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(NoteGenerator.class);

    private final NoteModel model;
    private final TemplateRegistry templates;
    private final Deidentifier deidentifier;
    private final DeidentificationPolicy policy;
    private final List<NoteCheck> checks;
    /** The template id that picks the template from the kind of visit. */
    public static final String AUTO = "auto";

    private final Clock clock;
    private final RiskScreen riskScreen;
    private final boolean requireConsent;
    private final List<AuditListener> auditListeners;

    private NoteGenerator(Builder b) {
        this.model = b.model != null ? b.model : OfflineNoteModel.create();
        this.templates = b.templates != null ? b.templates : TemplateRegistry.builtIn();
        this.deidentifier = b.deidentifier;
        this.policy = b.policy;
        this.checks = b.checks != null ? List.copyOf(b.checks) : NoteCheck.defaults();
        this.clock = b.clock != null ? b.clock : Clock.systemUTC();
        this.riskScreen = b.riskScreen != null ? b.riskScreen : RiskScreen.create();
        this.requireConsent = b.requireConsent;
        this.auditListeners = List.copyOf(b.auditListeners);
        if (needsRedaction() && deidentifier == null) {
            throw new IllegalStateException("model " + model.info().id() + " is not local: set a Deidentifier, "
                    + "or choose DeidentificationPolicy.DISABLED explicitly to send transcripts unredacted");
        }
        if (policy == DeidentificationPolicy.DISABLED && !model.info().local()) {
            LOG.warn("De-identification is disabled by configuration: transcripts go to remote model {} unredacted",
                    model.info().id());
        }
    }

    /** @return a builder with the offline model, the built-in templates and the default checks */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this generator's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.templates = templates;
        b.deidentifier = deidentifier;
        b.policy = policy;
        b.checks = new ArrayList<>(checks);
        b.clock = clock;
        b.riskScreen = riskScreen;
        b.requireConsent = requireConsent;
        b.auditListeners.addAll(auditListeners);
        return b;
    }

    /** @return the note model */
    public NoteModel model() {
        return model;
    }

    /** @return the template registry */
    public TemplateRegistry templates() {
        return templates;
    }

    /**
     * Generates a preliminary note. Runs on the calling thread.
     *
     * @param transcript the conversation; not null
     * @param request template and options; not null
     * @return the note, status {@link NoteMetadata.Status#PRELIMINARY}
     * @throws org.clinicalnotes.ConfigurationException when the template id is unknown
     * @throws org.clinicalnotes.ModelCallException when a remote model fails
     * @throws org.clinicalnotes.CheckFailedException when a check fails in strict mode
     * @throws BadInputException {@code CN-3301} when matching the text exhausted the thread's stack
     * @throws org.clinicalnotes.BadInputException {@code CN-3310} when the generator requires consent and the request has none
     *     covering recording and AI drafting
     */
    public ClinicalNote generate(Transcript transcript, NoteRequest request) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(request, "request");
        try {
            if (requireConsent && !request.consent().map(ConsentRecord::coversAiDrafting).orElse(false)) {
                throw new ConsentException(request.consent().isPresent());
            }
            ClinicalNote note;
            try {
                note = generateChecked(transcript, request);
            } catch (StackOverflowError e) {
                // A safety net, not the design: every pattern this SDK runs is bounded and tested on adversarial
                // input; should one still recurse without bound, the caller gets a typed error, not an Error.
                throw new BadInputException("CN-3301", transcript.source(), 0,
                        "the text matcher ran out of stack on this transcript (a very long run of one repeated "
                                + "word or symbol)", "Split the longest turn or remove the repetition, and report it",
                        null);
            }
            audit(note.id(), null);
            return note;
        } catch (ClinicalNotesException e) {
            audit(request.noteId().orElse(null), e.code());
            throw e;
        }
    }

    private void audit(String noteId, String errorCode) {
        if (auditListeners.isEmpty()) {
            return;
        }
        AuditListener.Event r = new AuditListener.Event(AuditListener.Event.Action.GENERATE, clock.instant(), "system", noteId,
                errorCode == null ? AuditListener.Event.Outcome.SUCCESS : AuditListener.Event.Outcome.FAILURE, errorCode);
        for (AuditListener l : auditListeners) {
            try {
                l.onAudit(r);
            } catch (RuntimeException ex) {
                LOG.warn("AuditListener {} failed: {}", l.getClass().getName(), ex.getClass().getSimpleName());
            }
        }
    }

    private ClinicalNote generateChecked(Transcript transcript, NoteRequest request) {
        NoteTemplate template = request.template().orElseGet(() -> templates.get(
                AUTO.equals(request.templateId()) ? org.clinicalnotes.template.VisitKind.detect(transcript).templateId()
                        : request.templateId()));
        Instant created = clock.instant();

        Transcript modelInput = transcript;
        SurrogateVault vault = SurrogateVault.identity();
        String deidName;
        if (needsRedaction()) {
            Redaction redaction = deidentifier.redact(transcript);
            modelInput = redaction.transcript();
            vault = redaction.vault();
            deidName = deidentifier.policyName();
        } else if (policy == DeidentificationPolicy.DISABLED) {
            deidName = "disabled-by-user";
        } else {
            deidName = "not-needed-local-model";
        }

        NoteModel.Draft draft = model.draft(modelInput, template);
        LOG.debug("model {} drafted {} sections for {} utterances", model.info().id(), draft.sections().size(),
                transcript.size());
        Map<PhiCategory, Integer> unexpected = new EnumMap<>(PhiCategory.class);
        List<NoteSection> sections = align(reidentify(draft.sections(), vault, unexpected), template);

        List<String> warnings = new ArrayList<>();
        if (!unexpected.isEmpty()) {
            warnings.add(unexpectedPhiWarning(unexpected));
        }
        // Safety screen: always local, always on the original transcript, whatever the model; once per note,
        // shared with the checks.
        List<RiskFinding> risk = riskScreen.findings(transcript);
        NoteCheck.Context ctx = new NoteCheck.Context(transcript, template, request.strict(), risk);
        for (NoteCheck check : checks) {
            NoteCheck.Result r = check.check(sections, ctx);
            sections = r.sections();
            warnings.addAll(r.warnings());
        }
        // Measures and medications: likewise local and on the original transcript.
        sections = SafetySections.withRiskStatements(sections, template, risk);
        // the session's day, never the clock's: without it a score said to be from "today" stays undated
        List<MeasureScore> measures = MeasureExtractor.create().extract(transcript,
                request.sessionDate().orElse(null));
        List<MedicationMention> medications = MedicationExtractor.create().extract(transcript);

        ModelInfo info = model.info();
        List<RiskFlag> flags = risk.stream().map(RiskFinding::flag).toList();
        List<SensitivityLabel> labels = SensitivityLabeler.create().labels(transcript, template.id(), flags, measures,
                medications);
        NoteMetadata meta = new NoteMetadata(info, template.id(), deidName, created, NoteMetadata.Status.PRELIMINARY,
                null, null, warnings, null, riskScreen.id(), List.of(),
                transcript.utterances().stream().map(Utterance::id).toList(), request.consent().orElse(null), labels);
        String id = request.noteId().orElseGet(() -> UUID.randomUUID().toString());
        return new ClinicalNote(id, sections, flags, measures, medications, meta);
    }

    /**
     * Generates on the given executor. The future completes on a thread of that executor, exceptionally
     * with the same exceptions {@link #generate} throws (wrapped in a
     * {@link java.util.concurrent.CompletionException}). Cancelling the future interrupts the thread
     * running the generation, so that a remote model's HTTP call in flight is aborted.
     *
     * @param transcript the conversation; not null
     * @param request template and options; not null
     * @param executor where to run; not null
     * @return the future note
     */
    public CompletableFuture<ClinicalNote> generateAsync(Transcript transcript, NoteRequest request,
                                                         Executor executor) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(executor, "executor");
        return Interruptible.supply(() -> generate(transcript, request), executor);
    }

    private boolean needsRedaction() {
        return switch (policy) {
            case ALWAYS -> true;
            case DISABLED -> false;
            case REMOTE_ONLY -> !model.info().local();
        };
    }

    /** The metadata warning for PHI-like spans in model output that no surrogate explains; counts only. */
    static String unexpectedPhiWarning(Map<PhiCategory, Integer> unexpected) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (Map.Entry<PhiCategory, Integer> e : unexpected.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            total += e.getValue();
        }
        return "re-identification: the model output holds " + total + " PHI-like span" + (total == 1 ? "" : "s")
                + " that did not come from the transcript (" + sb + "); check them before signing";
    }

    private static List<NoteSection> reidentify(List<NoteSection> sections, SurrogateVault vault,
                                                Map<PhiCategory, Integer> unexpected) {
        List<NoteSection> out = new ArrayList<>(sections.size());
        for (NoteSection s : sections) {
            List<NoteStatement> sts = new ArrayList<>(s.statements().size());
            for (NoteStatement st : s.statements()) {
                Reidentified r = vault.reidentifyChecked(st.text());
                r.unexpected().forEach((k, v) -> unexpected.merge(k, v, Integer::sum));
                String text = r.text();
                sts.add(text.equals(st.text()) ? st
                        : new NoteStatement(text, st.evidence(), st.support(), st.originalText()));
            }
            out.add(s.withStatements(sts));
        }
        return out;
    }

    /**
     * Puts the draft's sections in template order with the template's titles and codes; a section the
     * model left out becomes empty; a section the template does not know is kept at the end, so that
     * nothing a model wrote is lost.
     */
    private static List<NoteSection> align(List<NoteSection> drafted, NoteTemplate template) {
        List<NoteSection> out = new ArrayList<>();
        List<NoteSection> remaining = new ArrayList<>(drafted);
        for (NoteTemplate.SectionSpec spec : template.sections()) {
            List<NoteStatement> sts = new ArrayList<>();
            remaining.removeIf(s -> {
                if (s.id().equals(spec.id())) {
                    sts.addAll(s.statements());
                    return true;
                }
                return false;
            });
            out.add(new NoteSection(spec.id(), spec.title(), spec.loincCode(), sts));
        }
        out.addAll(remaining);
        return out;
    }

    /** Builds a {@link NoteGenerator}. Not thread-safe; the generator it builds is. */
    public static final class Builder {
        private NoteModel model;
        private TemplateRegistry templates;
        private Deidentifier deidentifier;
        private DeidentificationPolicy policy = DeidentificationPolicy.REMOTE_ONLY;
        private List<NoteCheck> checks;
        private Clock clock;
        private RiskScreen riskScreen;
        private boolean requireConsent;
        private final List<AuditListener> auditListeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param model the note model; default the offline model
         * @return this builder
         */
        public Builder model(NoteModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * @param registry the templates requests may name; default {@link TemplateRegistry#builtIn()}
         * @return this builder
         */
        public Builder templates(TemplateRegistry registry) {
            this.templates = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * @param deidentifier the de-identifier used before remote models; required for a remote model
         *     unless the policy is {@link DeidentificationPolicy#DISABLED}
         * @return this builder
         */
        public Builder deidentifier(Deidentifier deidentifier) {
            this.deidentifier = Objects.requireNonNull(deidentifier, "deidentifier");
            return this;
        }

        /**
         * @param policy when to de-identify; default {@link DeidentificationPolicy#REMOTE_ONLY}
         * @return this builder
         */
        public Builder deidentification(DeidentificationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param checks the checks to run, in order, replacing the defaults ({@link NoteCheck#defaults()})
         * @return this builder
         */
        public Builder checks(List<NoteCheck> checks) {
            this.checks = new ArrayList<>(Objects.requireNonNull(checks, "checks"));
            return this;
        }

        /**
         * @param check a check to run after the current ones
         * @return this builder
         */
        public Builder addCheck(NoteCheck check) {
            Objects.requireNonNull(check, "check");
            if (checks == null) {
                checks = new ArrayList<>(NoteCheck.defaults());
            }
            checks.add(check);
            return this;
        }

        /**
         * @param screen the risk screen; default {@link RiskScreen#create()}: lexical, plus the semantic
         *     matcher when module {@code note-semantic} is on the class path. The note's metadata records
         *     which screen ran.
         * @return this builder
         */
        public Builder riskScreen(RiskScreen screen) {
            this.riskScreen = Objects.requireNonNull(screen, "screen");
            return this;
        }

        /**
         * Refuse to draft without the patient's consent: every request must carry a {@link ConsentRecord}
         * covering recording and AI drafting, or {@link #generate} throws a {@link org.clinicalnotes.BadInputException} ({@code CN-3310}).
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder requireConsent() {
            this.requireConsent = true;
            return this;
        }

        /**
         * @param listener hears every generate call, successful or not (ids and codes only, no PHI)
         * @return this builder
         * @since 0.2.0
         */
        public Builder addAuditListener(AuditListener listener) {
            auditListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @param clock the clock for note creation times; default UTC system clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the generator
         * @throws IllegalStateException when a remote model has no de-identifier and the policy is not
         *     {@link DeidentificationPolicy#DISABLED}
         */
        public NoteGenerator build() {
            return new NoteGenerator(this);
        }
    }

    /**
     * When the generator de-identifies a transcript before the note model sees it.
     *
     * @since 0.1.0
     */
    public enum DeidentificationPolicy {
        /** Before every remote model; local models (the offline default) read the original. The default. */
        REMOTE_ONLY,
        /** Before every model, local ones included. */
        ALWAYS,
        /** Never. Sending PHI to a remote model this way is an explicit choice and is logged at WARN. */
        DISABLED
    }
}
