/**
 * Internal: the HTTP client, prompt, schema and output parsing behind
 * {@link org.clinicalnotes.llm.LlmNoteModel}. Not API: anything here may change in any release.
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.llm.internal;

import org.clinicalnotes.InternalApi;
