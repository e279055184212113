/**
 * Stage 4: checks on every draft. {@link org.clinicalnotes.check.GroundingCheck} marks statements
 * unsupported when their evidence does not back them; {@link org.clinicalnotes.check.CompletenessCheck}
 * warns about empty required sections.
 *
 * @since 0.1.0
 */
package org.clinicalnotes.check;
