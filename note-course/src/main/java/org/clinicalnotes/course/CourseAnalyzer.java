package org.clinicalnotes.course;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.clinicalnotes.ClinicalNotesException;
import org.clinicalnotes.internal.AuditDispatch;
import org.clinicalnotes.privacy.AuditListener;
import org.clinicalnotes.privacy.AuditRecord;
import org.clinicalnotes.risk.RiskScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link ClientHistory} into a {@link Course}: recurring themes, measure trajectories with reliable
 * change, risk over time and homework. Built once, thread-safe; local and deterministic. Keep one analyzer
 * for many briefs: it remembers the risk screen's findings and the sentence vectors of what it has read
 * (keyed by a digest of the content, bounded, no text kept), so the next brief reads only new sessions.
 *
 * <pre>{@code
 * Course course = CourseAnalyzer.create().analyze(ClientHistory.load(Path.of("client")));
 * Brief brief = Brief.of(course);
 * }</pre>
 *
 * @since 0.3.0
 */
public final class CourseAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(CourseAnalyzer.class);
    /** The id of the lexical theme finder. */
    public static final String LEXICAL_THEMES = "lexical/1";

    private final RiskScreen screen;
    private final SentenceEmbedder embedder;
    private final List<AuditListener> auditListeners;
    /** Findings and sentence vectors of content analysed before: an unchanged session is not read again. */
    private final ReadingCache cache = new ReadingCache();

    private CourseAnalyzer(Builder b) {
        this.screen = b.screen != null ? b.screen : RiskScreen.create();
        this.embedder = b.embedder;
        this.auditListeners = List.copyOf(b.auditListeners);
    }

    private static final class Discovered {
        static final SentenceEmbedder EMBEDDER = discover();

        private static SentenceEmbedder discover() {
            try {
                for (SentenceEmbedder e : ServiceLoader.load(SentenceEmbedder.class, CourseAnalyzer.class.getClassLoader())) {
                    LOG.debug("course: sentence embedder {} found", e.id());
                    return e;
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("course: the sentence embedder could not be loaded ({}); themes are lexical",
                        e.getClass().getSimpleName());
            }
            return null;
        }
    }

    /**
     * The default analyzer: the default {@link RiskScreen}, and sentence embeddings for themes when a
     * {@link SentenceEmbedder} provider (module {@code note-semantic}) is on the class path.
     *
     * @return the analyzer
     */
    public static CourseAnalyzer create() {
        return builder().embedder(Discovered.EMBEDDER).build();
    }

    /** @return a builder: lexical themes and the default risk screen unless set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the embedder used for themes, when there is one */
    public Optional<SentenceEmbedder> embedder() {
        return Optional.ofNullable(embedder);
    }

    /**
     * @param history the client's history; not null
     * @return the course
     */
    public Course analyze(ClientHistory history) {
        Objects.requireNonNull(history, "history");
        try {
            Course c = analyzeUnaudited(history);
            audit(history, null);
            return c;
        } catch (ClinicalNotesException e) {
            audit(history, e.code());
            throw e;
        }
    }

    private void audit(ClientHistory history, String errorCode) {
        if (!auditListeners.isEmpty()) {
            AuditDispatch.deliver(auditListeners, AuditRecord.ofClients(AuditRecord.Action.COURSE, Instant.now(),
                    history.clientId().isBlank() ? List.of() : List.of(history.clientId()), errorCode));
        }
    }

    private Course analyzeUnaudited(ClientHistory history) {
        SentenceEmbedder cached = embedder == null ? null : new SentenceEmbedder() {
            @Override
            public String id() {
                return embedder.id();
            }

            @Override
            public float[][] embed(List<String> sentences) {
                return cache.vectors(sentences, embedder::embed);
            }
        };
        return new Course(history, Themes.find(history.sessions(), cached), Trajectories.of(history.sessions()),
                RiskTracker.track(history.sessions(), history.journal(), t -> cache.findings(screen, t)),
                HomeworkFinder.find(history.sessions()),
                embedder == null ? LEXICAL_THEMES : LEXICAL_THEMES + "+" + embedder.id());
    }

    /** Options for a {@link CourseAnalyzer}. Not thread-safe. */
    public static final class Builder {
        private RiskScreen screen;
        private SentenceEmbedder embedder;
        private final List<AuditListener> auditListeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param listener hears every analysis ({@code COURSE}, the history's client id; ids and codes only)
         * @return this builder
         */
        public Builder addAuditListener(AuditListener listener) {
            auditListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @param screen the risk screen to run on every session and journal entry; null for the default
         * @return this builder
         */
        public Builder riskScreen(RiskScreen screen) {
            this.screen = screen;
            return this;
        }

        /**
         * @param embedder sentence embeddings for themes; null for lexical themes alone
         * @return this builder
         */
        public Builder embedder(SentenceEmbedder embedder) {
            this.embedder = embedder;
            return this;
        }

        /** @return the analyzer */
        public CourseAnalyzer build() {
            return new CourseAnalyzer(this);
        }
    }
}
