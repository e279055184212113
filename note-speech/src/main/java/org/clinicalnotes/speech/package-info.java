/**
 * Audio in: the {@link org.clinicalnotes.speech.Transcriber} SPI that speech services implement, audio
 * detection by content ({@link org.clinicalnotes.speech.AudioFormat}, {@link org.clinicalnotes.speech.AudioInput}),
 * and {@link org.clinicalnotes.speech.AudioTranscriber}, which splits audio over a provider's upload limit,
 * transcribes the parts in order, stitches them with monotonic times and works out who is the clinician
 * ({@link org.clinicalnotes.speech.SpeakerRoleInference}, {@link org.clinicalnotes.speech.SpeakerAssignment}).
 * {@link org.clinicalnotes.speech.TranscriptWriter} writes the result as tagged text, WebVTT or JSON that
 * {@link org.clinicalnotes.transcript.TranscriptReader} reads back.
 *
 * <p>Error codes: CN-17xx for unusable audio or speaker settings ({@link org.clinicalnotes.BadInputException},
 * exit 3); CN-47xx for speech service failures ({@link org.clinicalnotes.ModelCallException}, exit 4).
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.speech;

import org.clinicalnotes.PublicApi;
