/**
 * The {@code risk} report section: the safety screen and the score and medication extractors measured on
 * their gold sets ({@link org.clinicalnotes.eval.risk.RiskReportSection}).
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.eval.risk;

import org.clinicalnotes.InternalApi;
