/**
 * The result: {@link org.clinicalnotes.note.ClinicalNote}, its sections, evidence-linked statements,
 * risk flags, measures and metadata. All immutable records; none prints clinical text in
 * {@code toString()}.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.note;

import org.clinicalnotes.PublicApi;
