/**
 * ACI-Bench (Yim et al., Scientific Data 10:586, 2023, CC BY 4.0): loading splits for the evaluation runner
 * ({@link org.clinicalnotes.eval.aci.AciBenchSplits}) and the harnesses that reproduce the authors' ROUGE
 * tables and evaluate the offline model.
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.eval.aci;

import org.clinicalnotes.InternalApi;
