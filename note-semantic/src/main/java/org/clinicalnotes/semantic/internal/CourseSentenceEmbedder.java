package org.clinicalnotes.semantic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicalnotes.course.SentenceEmbedder;

/**
 * The course theme finder's sentence embeddings: the same quantised all-MiniLM-L6-v2 model the risk matcher
 * loads (shared, loaded once on first use), run locally on the caller's thread. Registered for
 * {@link java.util.ServiceLoader}; thread-safe; keeps no text.
 */
public final class CourseSentenceEmbedder implements SentenceEmbedder {

    /** For {@link java.util.ServiceLoader}; loads nothing. */
    public CourseSentenceEmbedder() {
        // the model loads on the first call
    }

    @Override
    public String id() {
        return SentenceEncoder.MODEL_ID;
    }

    @Override
    public float[][] embed(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        List<String> texts = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            texts.add(s == null || s.isBlank() ? "." : s);
        }
        return SemanticIndex.shared().embed(texts);
    }
}
