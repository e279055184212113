/**
 * Internal to measurement-based care: the extractors of scores said aloud ({@code MeasureExtractor}) and of
 * medication mentions ({@code MedicationExtractor}) that {@link org.clinicalnotes.generate.NoteGenerator} runs,
 * shared with the course analysis, the Spark engine, the evaluation and the benchmarks. Not API: anything here
 * may change in any release.
 */
@InternalApi
package org.clinicalnotes.measure.internal;

import org.clinicalnotes.InternalApi;
