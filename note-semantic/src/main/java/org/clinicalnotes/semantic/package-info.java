/**
 * Optional semantic risk matcher for the safety screen: {@link org.clinicalnotes.semantic.SemanticRisk}
 * gives the {@link org.clinicalnotes.risk.SemanticRiskMatcher} of this module, which compares sentences
 * with a bank of written exemplars by the cosine similarity of a local sentence-embedding model
 * (quantized all-MiniLM-L6-v2 on ONNX Runtime, shipped in the jar; no network).
 *
 * @since 0.2.0
 */
@PublicApi
package org.clinicalnotes.semantic;

import org.clinicalnotes.PublicApi;
