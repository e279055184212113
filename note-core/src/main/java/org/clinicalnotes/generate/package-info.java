/**
 * The pipeline: {@link org.clinicalnotes.generate.NoteGenerator} takes a transcript through
 * de-identification, the note model and the checks, and returns a preliminary note.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.generate;

import org.clinicalnotes.PublicApi;
