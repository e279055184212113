/**
 * {@link org.clinicalnotes.speech.deepgram.DeepgramTranscriber}: Deepgram pre-recorded {@code /v1/listen} with
 * diarization and utterances.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.speech.deepgram;

import org.clinicalnotes.PublicApi;
