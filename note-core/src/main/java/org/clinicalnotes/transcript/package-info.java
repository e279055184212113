/**
 * Stage 1: the conversation. {@link org.clinicalnotes.transcript.Transcript} and its
 * {@link org.clinicalnotes.transcript.Utterance}s, and {@link org.clinicalnotes.transcript.TranscriptReader},
 * which reads tagged lines, {@code Speaker:} lines, WebVTT and JSON.
 *
 * @since 0.1.0
 */
package org.clinicalnotes.transcript;
