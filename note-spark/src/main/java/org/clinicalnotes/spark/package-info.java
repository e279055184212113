/**
 * Spark ML stages over the SDK, in Spark NLP's manner: {@link org.clinicalnotes.spark.Deidentify},
 * {@link org.clinicalnotes.spark.GenerateNote}, {@link org.clinicalnotes.spark.ScreenRisk} and
 * {@link org.clinicalnotes.spark.AnalyzeSession} are {@code Transformer}s with input and output column
 * parameters, usable in a {@code Pipeline} and saved and loaded with ML persistence. Every stage adds
 * {@code status} and {@code error}; bad rows never fail the job. Spark (4.0, Scala 2.13) is a provided
 * dependency.
 *
 * <p>PHI: stages log nothing about rows but counts; error messages name the row as {@code row}, never its text
 * or key; the UDFs appear in query plans as {@code clinical_notes_<stage>(input, key)} and carry no literals.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.spark;

import org.clinicalnotes.PublicApi;
