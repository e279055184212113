package org.clinicalnotes.course;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.deid.Deidentifier;
import org.clinicalnotes.deid.Redaction;
import org.clinicalnotes.deid.SurrogateVault;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.transcript.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts a treatment plan from a course: the local {@link PlanDraft#of(Course)} by default, and with a
 * {@link NoteModel} (an LLM adapter such as {@code note-llm-adapters}' {@code LlmNoteModel}) the wording of the
 * goals and interventions is redrafted by the model from the client's history, de-identified first as for notes.
 *
 * <p>What the model sees: the utterances that the draft's goals and interventions cite (renumbered {@code u1},
 * {@code u2}, …, so no session folder name or date goes out), and one template section per element holding the
 * element's draft wording with session names replaced by {@code session 1}, {@code session 2}, …; all of it passes
 * through the {@link Deidentifier} in one redaction, so surrogates are consistent, and the answer is re-identified
 * with its vault. What comes back is checked element by element and falls back to the local wording when it
 * fails: the answer must cite at least one utterance and only utterances it was shown, and a goal's wording must
 * keep its instrument and its target number. The measurable parts (instrument, target, due date) and the local
 * evidence always stay; the model's citations are added to them.
 *
 * <p>Built once, thread-safe when the model is.
 *
 * @since 0.3.0
 */
public final class PlanWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PlanWriter.class);
    /** The id of the local drafting, as recorded in plans and their FHIR Device. */
    public static final String LOCAL_MODEL = "clinical-notes-course/1";
    /** Most utterances sent to the model. */
    static final int MAX_UTTERANCES = 400;

    private final NoteModel model;
    private final Deidentifier deidentifier;
    private final NoteGenerator.DeidentificationPolicy policy;

    private PlanWriter(Builder b) {
        this.model = b.model;
        this.deidentifier = b.deidentifier;
        this.policy = b.policy;
        if (model != null && needsRedaction() && deidentifier == null) {
            throw new IllegalStateException("model " + model.info().name() + " is not local: set a Deidentifier, or "
                    + "choose DeidentificationPolicy.DISABLED explicitly to send the history unredacted");
        }
    }

    /** @return a builder; without a model the writer drafts locally */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A plan and what drafted it.
     *
     * @param plan the plan; not null
     * @param model the drafting model's id ({@link #LOCAL_MODEL}, or the LLM's {@code provider:name}); not null
     * @param reworded how many elements carry the model's wording
     * @param rejected how many of the model's elements were refused (uncited, unknown evidence, target lost)
     */
    public record Drafted(PlanDraft plan, String model, int reworded, int rejected) {
        /** Validates. */
        public Drafted {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(model, "model");
        }
    }

    /**
     * @param course the course; not null
     * @return the draft, and how much of it the model worded
     */
    public Drafted draft(Course course) {
        Objects.requireNonNull(course, "course");
        PlanDraft local = PlanDraft.of(course);
        if (model == null) {
            return new Drafted(local, LOCAL_MODEL, 0, 0);
        }
        String id = model.info().provider() + ":" + model.info().name() + "/" + model.info().version();
        PlanPrompt prompt = PlanPrompt.of(course, local, MAX_UTTERANCES);
        if (prompt.isEmpty()) {
            return new Drafted(local, LOCAL_MODEL, 0, 0);
        }
        Transcript sent = prompt.transcript();
        SurrogateVault vault = SurrogateVault.identity();
        if (needsRedaction()) {
            Redaction r = deidentifier.redact(sent);
            sent = r.transcript();
            vault = r.vault();
        }
        NoteModel.Draft answer = model.draft(prompt.withoutElements(sent), prompt.template(sent));
        Map<String, NoteSection> bySection = new LinkedHashMap<>();
        answer.sections().forEach(s -> bySection.put(s.id(), s));
        PlanPrompt.Merge merge = prompt.merge(bySection, vault);
        LOG.debug("plan: {} elements reworded by the model, {} refused", merge.reworded(), merge.rejected());
        return new Drafted(merge.plan(), merge.reworded() > 0 ? id : LOCAL_MODEL, merge.reworded(), merge.rejected());
    }

    private boolean needsRedaction() {
        return switch (policy) {
            case ALWAYS -> true;
            case DISABLED -> false;
            case REMOTE_ONLY -> model != null && !model.info().local();
        };
    }

    /** Options for a {@link PlanWriter}. Not thread-safe. */
    public static final class Builder {
        private NoteModel model;
        private Deidentifier deidentifier;
        private NoteGenerator.DeidentificationPolicy policy = NoteGenerator.DeidentificationPolicy.REMOTE_ONLY;

        private Builder() {
        }

        /**
         * @param model the model that rewords goals and interventions; null to draft locally
         * @return this builder
         */
        public Builder model(NoteModel model) {
            this.model = model;
            return this;
        }

        /**
         * @param deidentifier the de-identifier put in front of a remote model; required for one unless the
         *     policy is {@link NoteGenerator.DeidentificationPolicy#DISABLED}
         * @return this builder
         */
        public Builder deidentifier(Deidentifier deidentifier) {
            this.deidentifier = Objects.requireNonNull(deidentifier, "deidentifier");
            return this;
        }

        /**
         * @param policy when to de-identify; default {@link NoteGenerator.DeidentificationPolicy#REMOTE_ONLY}
         * @return this builder
         */
        public Builder deidentification(NoteGenerator.DeidentificationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @return the writer
         * @throws IllegalStateException when a remote model has no de-identifier and the policy is not DISABLED
         */
        public PlanWriter build() {
            return new PlanWriter(this);
        }
    }

    /** Shows the model's id only. */
    @Override
    public String toString() {
        return "PlanWriter[" + (model == null ? LOCAL_MODEL : model.info().name()) + ", " + policy + "]";
    }
}
