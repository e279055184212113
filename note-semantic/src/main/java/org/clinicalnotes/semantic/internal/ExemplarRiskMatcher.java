package org.clinicalnotes.semantic.internal;

import java.util.List;
import java.util.Objects;
import org.clinicalnotes.risk.SemanticHit;
import org.clinicalnotes.risk.SemanticRiskMatcher;

/**
 * The {@link SemanticRiskMatcher} of {@code note-semantic}: embeds each sentence with quantized
 * all-MiniLM-L6-v2 and compares it with a bank of written exemplars (k nearest neighbours, a similarity
 * threshold and a margin over the nearest hard negative).
 *
 * <p>Registered for {@link java.util.ServiceLoader}; use {@link org.clinicalnotes.semantic.SemanticRisk#matcher()}
 * to get it directly. Constructing one is free: every instance shares one model and one embedded bank,
 * loaded on the first {@link #match(List)} (a few seconds). Thread-safe, deterministic, local; it neither
 * logs nor keeps the sentences.
 *
 * @since 0.2.0
 */
public final class ExemplarRiskMatcher implements SemanticRiskMatcher {

    /**
     * The bank's version: raise it whenever the exemplars or the {@link MatchRule} figures change, so that
     * a note's metadata says which matcher read it.
     */
    static final int BANK_VERSION = 4;

    /** The id that {@link #id()} returns. */
    static final String ID = SentenceEncoder.MODEL_ID + "/exemplars-" + BANK_VERSION;

    /** For {@link java.util.ServiceLoader}; loads nothing. */
    public ExemplarRiskMatcher() {
        // the model loads on the first match
    }

    /** @return {@code all-minilm-l6-v2-q/exemplars-<version>} */
    @Override
    public String id() {
        return ID;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A blank sentence gets an empty list. The first call loads the model and embeds the bank.
     *
     * @throws IllegalStateException when the model cannot be loaded on this platform
     */
    @Override
    public List<List<SemanticHit>> match(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        if (sentences.isEmpty()) {
            return List.of();
        }
        return SemanticIndex.shared().match(sentences, SentencePieces.DEFAULT, MatchRule.DEFAULT);
    }

    /**
     * True when the sentence shares a content word (its first five letters) with a risk exemplar of the bank:
     * a sentence with none is never close enough to embed. Needs no model.
     */
    @Override
    public boolean accepts(String sentence) {
        return Vocabulary.SHARED.accepts(sentence);
    }

    /** As {@link #accepts(String)}, with a lower bar where risk came up nearby. */
    @Override
    public boolean accepts(String sentence, boolean riskContext) {
        return Vocabulary.SHARED.accepts(sentence, riskContext);
    }

    /** @return the id; no patient text */
    @Override
    public String toString() {
        return "ExemplarRiskMatcher[" + ID + "]";
    }
}
