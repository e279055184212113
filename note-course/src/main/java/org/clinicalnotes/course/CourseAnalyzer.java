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
        return analyze(history, null);
    }

    /**
     * Like {@link #analyze(ClientHistory)}, for a history read from a client folder, with the reading kept on
     * disk so that a restarted process is warm: each session folder gets {@code .course-cache.json} with the risk
     * screen's findings for its transcript (keyed by the screen's id and the transcript's SHA-256), and the
     * client folder one with the sentence vectors the themes used (keyed by the embedder's id and each text's
     * SHA-256). What is found there and still matches is not screened or embedded again; the course is the same
     * as without the files. Files that cannot be read or written are skipped. No text is written.
     *
     * @param history the client's history; not null
     * @param clientDir the folder it was read from (its session folders are named by the session ids), or null
     *     to keep nothing on disk
     * @return the course
     */
    public Course analyze(ClientHistory history, java.nio.file.Path clientDir) {
        Objects.requireNonNull(history, "history");
        try {
            Course c = clientDir == null ? analyzeUnaudited(history, null, null) : analyzePersisted(history, clientDir);
            audit(history, null);
            return c;
        } catch (ClinicalNotesException e) {
            audit(history, e.code());
            throw e;
        }
    }

    private void audit(ClientHistory history, String errorCode) {
        if (!auditListeners.isEmpty()) {
            AuditDispatch.deliver(auditListeners, AuditListener.Event.ofClients(AuditListener.Event.Action.COURSE, Instant.now(),
                    history.clientId().isBlank() ? List.of() : List.of(history.clientId()), errorCode));
        }
    }

    /**
     * The key of the findings kept on disk: the screen's declared id and a digest of what it reads (vocabularies,
     * rules, exemplars; {@link ScreenContent}), so a screen changed without a new id is not served from old files.
     */
    static String cacheKey(org.clinicalnotes.risk.RiskScreen screen) {
        return screen.id() + "#" + ScreenContent.digest();
    }

    private Course analyzePersisted(ClientHistory history, java.nio.file.Path clientDir) {
        String key = cacheKey(screen);
        List<CourseSession> toStore = new ArrayList<>();
        for (CourseSession s : history.sessions()) {
            java.nio.file.Path dir = clientDir.resolve(s.id());
            String digest = ReadingCache.digest(s.transcript());
            if (!java.nio.file.Files.isDirectory(dir) || cache.cachedFindings(digest) != null) {
                continue;
            }
            List<org.clinicalnotes.risk.RiskFinding> stored = CacheFiles.findings(dir, key, digest);
            if (stored != null) {
                cache.putFindings(digest, stored);
            } else {
                toStore.add(s);
            }
        }
        java.util.Map<String, float[]> storedVectors = embedder == null ? java.util.Map.of()
                : CacheFiles.vectors(clientDir, embedder.id());
        storedVectors.forEach(cache::putVector);
        java.util.Map<String, List<org.clinicalnotes.risk.RiskFinding>> storedEntries =
                CacheFiles.entryFindings(clientDir, key);
        storedEntries.forEach(cache::putFindings);
        java.util.Map<String, float[]> used = embedder == null ? null : new java.util.LinkedHashMap<>();
        java.util.Map<String, List<org.clinicalnotes.risk.RiskFinding>> screened = new java.util.LinkedHashMap<>();
        Course course = analyzeUnaudited(history, used, screened);
        history.sessions().forEach(s -> screened.remove(ReadingCache.digest(s.transcript())));
        if (!screened.keySet().equals(storedEntries.keySet())) {
            CacheFiles.storeEntryFindings(clientDir, key, screened);
        }
        for (CourseSession s : toStore) {
            List<org.clinicalnotes.risk.RiskFinding> f = cache.cachedFindings(ReadingCache.digest(s.transcript()));
            if (f != null) {
                CacheFiles.storeFindings(clientDir.resolve(s.id()), key, ReadingCache.digest(s.transcript()), f);
            }
        }
        if (used != null && !used.keySet().equals(storedVectors.keySet())) {
            CacheFiles.storeVectors(clientDir, embedder.id(), used);
        }
        return course;
    }

    private Course analyzeUnaudited(ClientHistory history, java.util.Map<String, float[]> usedVectors,
                                    java.util.Map<String, List<org.clinicalnotes.risk.RiskFinding>> screened) {
        SentenceEmbedder cached = embedder == null ? null : new SentenceEmbedder() {
            @Override
            public String id() {
                return embedder.id();
            }

            @Override
            public float[][] embed(List<String> sentences) {
                return cache.vectors(sentences, embedder::embed, usedVectors);
            }
        };
        return new Course(history, Themes.find(history.sessions(), cached), Trajectories.of(history.sessions()),
                RiskTracker.track(history.sessions(), history.journal(), t -> cache.findings(screen, t, screened)),
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
