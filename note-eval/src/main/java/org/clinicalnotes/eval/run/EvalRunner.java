package org.clinicalnotes.eval.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * Runs a {@link NoteModel} over an {@link EvalSplit}: reads each dialogue with {@link TranscriptReader},
 * drafts (or takes the draft from a {@link DraftCache}), checks every statement with {@link NoteCheck#isGrounded}
 * and renders the text that is scored. Sequential, on the calling thread, so that the measured model time
 * is one core's.
 *
 * <pre>{@code
 * EvalRunner runner = EvalRunner.builder().model(OfflineNoteModel.create()).cache(DraftCache.open(dir)).build();
 * EvalRun run = runner.run(AciBenchSplits.load(dataDir, "test1"));
 * }</pre>
 *
 * <p>Immutable and thread-safe if the model and progress listener are.
 *
 * @since 0.1.0
 */
public final class EvalRunner {

    /** Told after every item; for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done items finished
         * @param total items in the split
         * @param cached whether the last item's draft came from the cache
         */
        void update(int done, int total, boolean cached);
    }

    private final NoteModel model;
    private final NoteGenerator generator;
    private final DraftCache cache;
    private final Progress progress;
    private final TranscriptReader reader;

    private EvalRunner(Builder b) {
        this.generator = b.generator;
        this.model = b.generator != null ? b.generator.model() : b.model != null ? b.model : OfflineNoteModel.create();
        this.cache = b.cache;
        this.progress = b.progress != null ? b.progress : (d, t, c) -> { };
        this.reader = TranscriptReader.defaults();
    }

    /** @return a builder (offline model, no cache, no progress by default) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the model */
    public NoteModel model() {
        return model;
    }

    /**
     * Runs the split.
     *
     * @param split the split; not null
     * @return the outputs
     * @throws org.clinicalnotes.BadInputException when a dialogue cannot be read as a transcript
     * @throws org.clinicalnotes.ModelCallException when a remote model fails after retries
     * @since 0.1.0
     */
    public EvalRun run(EvalSplit split) {
        Objects.requireNonNull(split, "split");
        NoteTemplate template = split.template();
        long start = System.nanoTime();
        List<CaseResult> results = new ArrayList<>();
        int done = 0;
        for (EvalCase c : split.cases()) {
            Transcript transcript = reader.read(c.dialogue(), split.name() + ":" + c.id());
            String key = cache != null ? DraftCache.key(model, template, c.dialogue()) : null;
            Optional<NoteModel.Draft> hit = cache != null ? cache.get(key) : Optional.empty();
            NoteModel.Draft draft;
            long nanos = 0;
            if (hit.isPresent()) {
                draft = hit.get();
            } else {
                long t0 = System.nanoTime();
                draft = generator != null
                        ? new NoteModel.Draft(generator.generate(transcript, NoteRequest.builder().template(template).build())
                                .sections())
                        : model.draft(transcript, template);
                nanos = System.nanoTime() - t0;
                if (cache != null) {
                    cache.put(key, draft);
                }
            }
            int statements = 0;
            int supported = 0;
            for (NoteSection s : draft.sections()) {
                for (NoteStatement st : s.statements()) {
                    statements++;
                    if (NoteCheck.isGrounded(st, transcript)) {
                        supported++;
                    }
                }
            }
            String text;
            Map<String, String> divisionTexts = new LinkedHashMap<>();
            if (c.fullNote()) {
                text = renderNote(draft.sections());
                for (String division : EvalSplit.ACI_DIVISIONS) {
                    List<NoteSection> in = draft.sections().stream()
                            .filter(s -> division.equals(split.divisions().get(s.id()))).toList();
                    divisionTexts.put(division, renderNote(in));
                }
            } else {
                text = renderStatements(sectionsFor(template, c.targetKinds(), draft));
            }
            results.add(new CaseResult(c, text, divisionTexts, statements, supported, hit.isPresent(), nanos));
            progress.update(++done, split.cases().size(), hit.isPresent());
        }
        return new EvalRun(split, model.info(), results, System.nanoTime() - start);
    }

    /** The sections of the draft that the template uses for any of the kinds, in note order. */
    static List<NoteSection> sectionsFor(NoteTemplate template, List<NoteTemplate.ContentKind> kinds, NoteModel.Draft draft) {
        List<String> ids = new ArrayList<>();
        for (NoteTemplate.ContentKind k : kinds) {
            template.sectionFor(k).map(NoteTemplate.SectionSpec::id).ifPresent(ids::add);
        }
        return draft.sections().stream().filter(s -> ids.contains(s.id())).toList();
    }

    /**
     * Renders sections as ACI-Bench style plain text: the upper-case heading, a blank line, one statement per
     * line; empty sections are left out.
     *
     * @param sections the sections; not null
     * @return the text, ending in a newline, or the empty string when no section has statements
     * @since 0.1.0
     */
    public static String renderNote(List<NoteSection> sections) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection section : sections) {
            if (section.isEmpty()) {
                continue;
            }
            sb.append(section.title().toUpperCase(Locale.ROOT)).append("\n\n");
            for (NoteStatement st : section.statements()) {
                sb.append(st.text()).append('\n');
            }
            sb.append('\n');
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? "" : s + "\n";
    }

    static String renderStatements(List<NoteSection> sections) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection section : sections) {
            for (NoteStatement st : section.statements()) {
                sb.append(st.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Builds an {@link EvalRunner}. Not thread-safe. */
    public static final class Builder {
        private NoteModel model;
        private NoteGenerator generator;
        private DraftCache cache;
        private Progress progress;

        private Builder() {
        }

        /**
         * @param model the model to evaluate (default: the offline model)
         * @return this builder
         */
        public Builder model(NoteModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * Drafts through a {@link NoteGenerator} instead of calling the model directly: the transcript is
         * de-identified before a remote model sees it and the surrogates are put back, exactly as in
         * {@code generate}; the generator's checks and safety statements apply. Use this for remote models.
         * Replaces {@link #model(NoteModel)}; the generator's model is the one evaluated and named in the report.
         *
         * @param generator the generator; not null
         * @return this builder
         * @since 0.1.0
         */
        public Builder generator(NoteGenerator generator) {
            this.generator = Objects.requireNonNull(generator, "generator");
            return this;
        }

        /**
         * @param cache where to keep drafts; null for none (the default)
         * @return this builder
         */
        public Builder cache(DraftCache cache) {
            this.cache = cache;
            return this;
        }

        /**
         * @param progress told after every item; null for none
         * @return this builder
         */
        public Builder progress(Progress progress) {
            this.progress = progress;
            return this;
        }

        /** @return the runner */
        public EvalRunner build() {
            return new EvalRunner(this);
        }
    }
}
