package org.clinicalnotes.model.offline;

import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;

/**
 * The offline default {@link NoteModel}: drafts the note from the transcript itself, in process, with no
 * network, no key and no model weights.
 *
 * <p>It splits every turn into sentences (unpunctuated speech is segmented, and its questions recognised, by a
 * small model learnt from punctuated dialogues), drops greetings, small talk, fillers, back-channels and
 * virtual-assistant commands ("hey dragon ..."), classifies each remaining sentence into a
 * {@link org.clinicalnotes.template.NoteTemplate.ContentKind} from the speaker and cue words, rewrites first and second
 * person into clinical third person ("I keep waking up" becomes "He keeps waking up"), folds short answers
 * into the clinician's question ("any chest pain?" / "no" becomes "He denies chest pain.", and "no fever or
 * chills" becomes "He denies fever or chills."), opens the history with the clinician's dictated introduction
 * ("... is a 58-year-old male ..."), writes small spoken numbers as digits (see {@link Builder#keepNumberWords}),
 * keeps the speaker's casing of names and acronyms ("Dr. Patel", "PHQ-9"), removes
 * near-duplicates and places each statement in {@link NoteTemplate#sectionFor} (falling back to the
 * subjective, assessment or plan section, then to the first section, so nothing relevant is lost). Every
 * statement cites the ids of the utterances it came from. Every template section is returned, in order,
 * possibly empty.
 *
 * <p>The output is deterministic: the same transcript and template always give the same draft. Instances
 * are immutable and thread-safe; build one and share it. The cue lists were derived by reading the TRAIN
 * split of ACI-Bench (Yim et al., Scientific Data 10:586, 2023, CC BY 4.0).
 *
 * <pre>{@code
 * NoteModel model = OfflineNoteModel.create();
 * NoteModel.Draft draft = model.draft(transcript, template);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OfflineNoteModel implements NoteModel {

    static final double DEFAULT_MIN_RELEVANCE = tunedDefault();

    private static double tunedDefault() {
        String p = System.getProperty("clinicalnotes.offline.minRelevance");
        return p == null ? -1.0 : Double.parseDouble(p);
    }

    static final int DEFAULT_MAX_WORDS = Integer.getInteger("clinicalnotes.offline.maxWords", 450);

    private static final ModelInfo INFO = new ModelInfo("offline", "0.1.0", "clinical-notes", true);

    private final Options options;

    private OfflineNoteModel(Options options) {
        this.options = options;
    }

    /**
     * Creates the model with default options.
     *
     * @return a thread-safe model
     * @since 0.1.0
     */
    public static OfflineNoteModel create() {
        return builder().build();
    }

    /**
     * Starts a builder with the default options.
     *
     * @return a new builder, not thread-safe
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this model's options.
     *
     * @return a new builder
     * @since 0.1.0
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minContentWords = options.minContentWords();
        b.joinSentences = options.joinSentences();
        b.therapyMode = options.therapyMode().orElse(null);
        b.minRelevance = options.minRelevance();
        b.maxWords = options.maxWords();
        b.keepNumberWords = options.keepNumberWords();
        return b;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code offline/0.1.0} by {@code clinical-notes}, local
     */
    @Override
    public ModelInfo info() {
        return INFO;
    }

    /**
     * Drafts a note. Thread-safe; runs in the calling thread.
     *
     * @param transcript the transcript, not null
     * @param template   the template, not null
     * @return one section per template section, in template order, possibly empty
     * @throws NullPointerException when an argument is null
     * @since 0.1.0
     */
    @Override
    public NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(template, "template");
        return new Drafter(options, withoutMarks(transcript), template).draft();
    }

    /**
     * The drafter marks pronouns and verb forms with the control characters U+0001 to U+0005 while it
     * rewrites; the same characters in a transcript (never said, but a file can hold them) would be taken
     * for its marks. Found by fuzzing: a stray U+0002 made the rewriter loop until memory ran out.
     */
    static Transcript withoutMarks(Transcript transcript) {
        boolean any = false;
        for (org.clinicalnotes.transcript.Utterance u : transcript.utterances()) {
            if (hasMark(u.text())) {
                any = true;
                break;
            }
        }
        if (!any) {
            return transcript;
        }
        java.util.List<org.clinicalnotes.transcript.Utterance> out = new java.util.ArrayList<>();
        for (org.clinicalnotes.transcript.Utterance u : transcript.utterances()) {
            if (!hasMark(u.text())) {
                out.add(u);
                continue;
            }
            StringBuilder sb = new StringBuilder(u.text().length());
            for (int i = 0; i < u.text().length(); i++) {
                char c = u.text().charAt(i);
                sb.append(c >= '\u0001' && c <= '\u0005' ? ' ' : c);
            }
            String text = sb.toString().strip();
            out.add(new org.clinicalnotes.transcript.Utterance(u.id(), u.speaker(), text.isEmpty() ? "." : text,
                    u.start(), u.end()));
        }
        return new Transcript(out, transcript.source());
    }

    private static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0001' && c <= '\u0005') {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "OfflineNoteModel[" + INFO.id() + ", minContentWords=" + options.minContentWords() + "]";
    }

    /** Resolved options; package-private. */
    record Options(int minContentWords, boolean joinSentences, Optional<Boolean> therapyMode, double minRelevance,
                   int maxWords, boolean keepNumberWords) {
    }

    /**
     * Builds an {@link OfflineNoteModel}. Not thread-safe; the built model is.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private int minContentWords = 2;
        private boolean joinSentences = true;
        private Boolean therapyMode;
        private double minRelevance = DEFAULT_MIN_RELEVANCE;
        private int maxWords = DEFAULT_MAX_WORDS;
        private boolean keepNumberWords = ClinicalForm.KEEP_NUMBER_WORDS;

        /**
         * Whether small spoken numbers stay words ("five nights" rather than "5 nights"). Default false: they
         * are written as digits, as clinical notes write them; the grounding check treats a spoken number and
         * its digits as the same.
         *
         * @param keepNumberWords the flag
         * @return this builder
         * @since 0.1.0
         */
        public Builder keepNumberWords(boolean keepNumberWords) {
            this.keepNumberWords = keepNumberWords;
            return this;
        }

        /**
         * Word budget: when the candidate statements hold more words, the most note-like ones (by lexicon
         * weight) are kept up to this many words; risk content, the chief complaint and folded answers are
         * always kept, and so are a therapy session's observations, impressions, interventions, responses, goals
         * and results. 0 turns the budget off. Default 450, about the length of a clinic note.
         *
         * @param maxWords 0 or more
         * @return this builder
         * @throws IllegalArgumentException when negative
         * @since 0.1.0
         */
        public Builder maxWords(int maxWords) {
            if (maxWords < 0) {
                throw new IllegalArgumentException("maxWords must be >= 0: " + maxWords);
            }
            this.maxWords = maxWords;
            return this;
        }

        private Builder() {
        }

        /**
         * Selectivity: sentences whose mean lexicon weight (how much more often their words occur in clinical
         * notes than in conversation) is below this are dropped. Risk content and folded answers are always
         * kept. Higher values give shorter notes; {@code Double.NEGATIVE_INFINITY} keeps everything.
         *
         * @param minRelevance the threshold, not NaN
         * @return this builder
         * @throws IllegalArgumentException when NaN
         * @since 0.1.0
         */
        public Builder minRelevance(double minRelevance) {
            if (Double.isNaN(minRelevance)) {
                throw new IllegalArgumentException("minRelevance is NaN");
            }
            this.minRelevance = minRelevance;
            return this;
        }

        /**
         * Sentences with fewer content words (words other than function words and fillers) are dropped,
         * except short answers folded into the clinician's question. Default 2.
         *
         * @param minContentWords 0 or more
         * @return this builder
         * @throws IllegalArgumentException when negative
         * @since 0.1.0
         */
        public Builder minContentWords(int minContentWords) {
            if (minContentWords < 0) {
                throw new IllegalArgumentException("minContentWords must be >= 0: " + minContentWords);
            }
            this.minContentWords = minContentWords;
            return this;
        }

        /**
         * Whether consecutive sentences of one utterance with the same content kind become one statement.
         * Default true.
         *
         * @param joinSentences the flag
         * @return this builder
         * @since 0.1.0
         */
        public Builder joinSentences(boolean joinSentences) {
            this.joinSentences = joinSentences;
            return this;
        }

        /**
         * Forces therapy-session cues (interventions, client response, goals, observation) on or off. By
         * default (null) they are detected from the transcript's vocabulary.
         *
         * @param therapyMode true, false, or null to detect
         * @return this builder
         * @since 0.1.0
         */
        public Builder therapyMode(Boolean therapyMode) {
            this.therapyMode = therapyMode;
            return this;
        }

        /**
         * Builds the model.
         *
         * @return a new immutable, thread-safe model
         * @since 0.1.0
         */
        public OfflineNoteModel build() {
            return new OfflineNoteModel(new Options(minContentWords, joinSentences, Optional.ofNullable(therapyMode),
                    minRelevance, maxWords, keepNumberWords));
        }
    }
}
