/**
 * De-identification scoring: blind reports, the gold generator and PHI recall and precision per
 * category on phi-asq, presidio-synth and the frozen sets. Evaluation tooling, not API.
 *
 * <p>API rule (as in every package of this project): types marked {@link org.clinicalnotes.PublicApi} are
 * supported; other public types may change in any release; packages named {@code internal} are
 * {@link org.clinicalnotes.InternalApi}.
 *
 * @since 0.3.0
 */
@InternalApi
package org.clinicalnotes.eval.deid;

import org.clinicalnotes.InternalApi;
