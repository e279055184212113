/**
 * Stage 4: checks on every draft, made by the factories on {@link org.clinicalnotes.check.NoteCheck}:
 * {@code grounding()} marks statements unsupported when their evidence does not back them,
 * {@code completeness()} warns about empty required sections, {@code riskCoverage()} makes sure risk
 * present in the conversation is in the note. The implementations are package-private.
 *
 * <p>API rule for every package: types marked {@link org.clinicalnotes.PublicApi} are supported; other
 * public types may change in any release; packages named {@code internal} are
 * {@link org.clinicalnotes.InternalApi}.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.check;

import org.clinicalnotes.PublicApi;
