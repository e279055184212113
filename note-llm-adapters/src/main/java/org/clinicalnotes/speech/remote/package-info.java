/**
 * What every remote speech service's builder shares: {@link org.clinicalnotes.speech.remote.RemoteTranscriberBuilder}
 * holds the base URL, key, model, language, timeouts, retries and upload limit, validated once, for
 * {@code OpenAiTranscriber.builder()} and {@code DeepgramTranscriber.builder()}.
 *
 * <p>API rule (as in every package of this project): types marked {@link org.clinicalnotes.PublicApi} are
 * supported; other public types may change in any release; packages named {@code internal} are
 * {@link org.clinicalnotes.InternalApi}.
 *
 * @since 0.3.0
 */
@PublicApi
package org.clinicalnotes.speech.remote;

import org.clinicalnotes.PublicApi;
