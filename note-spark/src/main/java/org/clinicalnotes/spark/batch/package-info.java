/**
 * The batch job behind {@code clinical-notes-spark.jar batch}: reads a folder of transcripts, JSON Lines or
 * Parquet, runs the chosen stages and writes one row per input document with a status. Not API beyond the
 * command line.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.spark.batch;

import org.clinicalnotes.PublicApi;
