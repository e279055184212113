package org.clinicalnotes.risk;

import java.util.List;

/**
 * Service-provider interface: reads sentences by meaning and says which kind of risk (and, for
 * suicidal ideation, which C-SSRS level) each one expresses, so that a paraphrase the lexical cues never
 * saw is still caught. The {@link RiskScreen} applies its own context rules (negation, hypothetical,
 * history, another person, the clinician speaking) to every hit: a matcher only says what a sentence is
 * about, not whether the patient endorses it.
 *
 * <p>The optional module {@code note-semantic} provides one (a sentence-embedding model shipped inside
 * its jar, compared with a bank of exemplars); {@link RiskScreen#create()} finds it with
 * {@link java.util.ServiceLoader} when that module is on the class path. Implementations must be
 * thread-safe, deterministic, local (no network) and must not log or keep the sentences.
 *
 * @since 0.2.0
 */
public interface SemanticRiskMatcher {

    /**
     * @return a short id with a version, for the note's metadata, for example
     *     {@code all-minilm-l6-v2-q/exemplars-1}; no patient text
     */
    String id();

    /**
     * Matches a batch of sentences.
     *
     * @param sentences lower-cased sentences, each a patient's (or another person's) sentence or a
     *     clinician's question; not null
     * @return one list per sentence, in the same order: the risks it expresses above the matcher's own
     *     threshold, best first; an empty list when none
     */
    List<List<SemanticHit>> match(List<String> sentences);

    /**
     * A cheap pre-filter the screen asks before it batches a sentence for {@link #match}: false only when
     * the matcher could not find a risk in it (for example when it shares no content word with any of the
     * matcher's exemplars). The default accepts everything.
     *
     * @param sentence a lower-cased sentence; not null
     * @return whether the sentence is worth embedding
     * @since 0.2.0
     */
    default boolean accepts(String sentence) {
        return true;
    }

    /**
     * As {@link #accepts(String)}, more generously where risk already came up nearby in the conversation (a
     * question about it, a disclosure a few turns back): there a sentence with weaker risk words is worth reading.
     *
     * @param sentence a lower-cased sentence; not null
     * @param riskContext whether risk came up within a few turns
     * @return whether the sentence is worth embedding
     * @since 0.2.0
     */
    default boolean accepts(String sentence, boolean riskContext) {
        return accepts(sentence);
    }
}
