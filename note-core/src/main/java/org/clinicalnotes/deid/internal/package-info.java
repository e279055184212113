/**
 * Internal to de-identification: mapping spans back to offsets in the file a transcript was read from
 * ({@link org.clinicalnotes.deid.internal.SourceOffsets}), shared by the CLI, the Spark engine and the evaluation.
 * Not API: anything here may change in any release.
 */
@InternalApi
package org.clinicalnotes.deid.internal;

import org.clinicalnotes.InternalApi;
