/**
 * Between sessions: journal and mood entries a client writes between appointments, read into signals
 * (distress and anxiety of the text with the words that carried them, self-ratings, PHQ-2 and GAD-2
 * answers, the risk screen read as a monologue), compared with the client's own robust baseline, and
 * turned into alerts a clinician acts on: URGENT for a present risk (with the sentence), HIGH for a spike
 * in the worsening direction, ROUTINE for a sustained worsening trend. A coping exercise may be suggested
 * for a spike, as a draft the clinician must approve; an URGENT alert never gets an automated reply.
 *
 * <p>Entry points: {@link org.clinicalnotes.between.BetweenSessionMonitor} (streaming, thread-safe) and
 * {@link org.clinicalnotes.between.JournalReader} (JSON Lines). Per-client state
 * ({@link org.clinicalnotes.between.ClientState}) is small and serialisable, so the monitor can run keyed by
 * client on a stream processor.
 *
 * @since 0.2.0
 */
@PublicApi
package org.clinicalnotes.between;

import org.clinicalnotes.PublicApi;
