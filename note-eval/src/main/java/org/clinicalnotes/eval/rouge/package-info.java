/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum as the ACI-Bench authors compute them. Evaluation tooling.
 *
 * <p>API rule (as in every package of this project): types marked {@link org.clinicalnotes.PublicApi} are
 * supported; other public types may change in any release; packages named {@code internal} are
 * {@link org.clinicalnotes.InternalApi}.
 *
 * @since 0.3.0
 */
@InternalApi
package org.clinicalnotes.eval.rouge;

import org.clinicalnotes.InternalApi;
