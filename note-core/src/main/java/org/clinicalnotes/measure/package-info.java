/**
 * Measurement-based care: {@link org.clinicalnotes.measure.MeasureExtractor} turns scores said aloud
 * (PHQ-9, GAD-7, AUDIT, …, vital signs) into {@link org.clinicalnotes.note.MeasureScore}s with previous
 * values and interpretation bands ({@link org.clinicalnotes.measure.Instrument}), and
 * {@link org.clinicalnotes.measure.MedicationExtractor} turns medication mentions into
 * {@link org.clinicalnotes.note.MedicationMention}s with dose, frequency and status. Both are local and
 * deterministic and run on the original transcript.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.measure;

import org.clinicalnotes.PublicApi;
