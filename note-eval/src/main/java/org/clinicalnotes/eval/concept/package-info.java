/**
 * Concept overlap without UMLS: a shipped vocabulary of medications, problems and findings
 * ({@link org.clinicalnotes.eval.concept.ConceptLexicon}) and set F1 between gold and generated notes
 * ({@link org.clinicalnotes.eval.concept.ConceptOverlap}).
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.eval.concept;

import org.clinicalnotes.InternalApi;
