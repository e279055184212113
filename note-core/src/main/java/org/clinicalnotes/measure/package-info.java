/**
 * Measurement-based care: the {@link org.clinicalnotes.measure.Instrument}s whose scores a note records
 * ({@link org.clinicalnotes.note.MeasureScore}, with previous values and interpretation bands) next to the
 * medications it mentions ({@link org.clinicalnotes.note.MedicationMention}, with dose, frequency and status).
 * {@link org.clinicalnotes.generate.NoteGenerator} finds both on the original transcript, locally and
 * deterministically; the extractors themselves live in {@code measure.internal} (not API since issue 19).
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.measure;

import org.clinicalnotes.PublicApi;
