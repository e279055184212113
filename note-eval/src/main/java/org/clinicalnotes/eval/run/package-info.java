/**
 * Runs a note model over an evaluation split ({@link org.clinicalnotes.eval.run.EvalRunner}), caches its
 * drafts ({@link org.clinicalnotes.eval.run.DraftCache}), scores them
 * ({@link org.clinicalnotes.eval.run.EvalScores}) and builds the report
 * ({@link org.clinicalnotes.eval.run.EvalReports}).
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.eval.run;

import org.clinicalnotes.InternalApi;
