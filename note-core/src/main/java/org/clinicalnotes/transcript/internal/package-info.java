/**
 * Not API: the default mapping of speaker labels to roles, which {@link org.clinicalnotes.transcript.TranscriptReader}
 * applies after its {@linkplain org.clinicalnotes.transcript.TranscriptReader.Builder#roleOverride overrides}.
 * May change without notice.
 */
@InternalApi
package org.clinicalnotes.transcript.internal;

import org.clinicalnotes.InternalApi;
