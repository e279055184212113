/**
 * Prose quality of generated notes: a LanguageTool grammar gate (errors per 100 statements) and the count of
 * statements left in the first or second person outside quotations.
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.eval.prose;

import org.clinicalnotes.InternalApi;
