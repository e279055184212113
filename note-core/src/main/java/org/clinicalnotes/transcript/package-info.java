/**
 * Stage 1: the conversation. {@link org.clinicalnotes.transcript.Transcript} and its
 * {@link org.clinicalnotes.transcript.Utterance}s, and {@link org.clinicalnotes.transcript.TranscriptReader},
 * which reads tagged lines, {@code Speaker:} lines, WebVTT and JSON, detecting the format from the content.
 * {@code SpeakerRoles} (internal) maps speaker labels ({@code doctor}, {@code Guest_family},
 * {@code Dr. Lee}) to {@link org.clinicalnotes.transcript.SpeakerRole}s.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.transcript;

import org.clinicalnotes.PublicApi;
