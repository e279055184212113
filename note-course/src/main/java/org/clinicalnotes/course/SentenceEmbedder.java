package org.clinicalnotes.course;

import java.util.List;

/**
 * Service-provider interface: sentence embeddings for the theme finder. When a provider is on the class path
 * (module {@code note-semantic} has one), {@link CourseAnalyzer#create()} finds it with
 * {@link java.util.ServiceLoader} and measures how close two key words are by the meaning of the client's
 * sentences that carry them, as well as by how often they occur together. Implementations must be
 * thread-safe, deterministic, local (no network) and must not log or keep the sentences.
 *
 * @since 0.3.0
 */
public interface SentenceEmbedder {

    /** @return a short id with a version, for example {@code all-minilm-l6-v2-q}; no patient text */
    String id();

    /**
     * @param sentences non-blank texts; not null
     * @return one unit-length vector per text, in order
     */
    float[][] embed(List<String> sentences);
}
