/**
 * Session analytics: what happened in a session beyond the note. {@link org.clinicalnotes.analysis.SessionAnalyzer}
 * (built once, thread-safe) reads a {@link org.clinicalnotes.transcript.Transcript} and returns a
 * {@link org.clinicalnotes.analysis.SessionAnalysis}: talk per speaker (turns, words, shares, seconds, words per
 * minute, silences and latency where the transcript has times), the clinician's behaviour per utterance
 * (reflection, question, input, other, with finer MI codes where they can be told) and the client's talk type
 * (change, sustain, neutral), tone per utterance (valence, arousal, intensity), the moments of highest intensity
 * (risk disclosures from the risk screen among them), language markers and named interventions, every figure
 * pointing at the utterance ids it came from. {@link org.clinicalnotes.analysis.ToneScorer} scores the tone of any
 * free text. {@link org.clinicalnotes.analysis.AnalysisJson}, {@link org.clinicalnotes.analysis.AnalysisMarkdown}
 * and {@link org.clinicalnotes.analysis.AnalysisHtml} render an analysis.
 *
 * <p>The behaviour and talk-type classifier is a multinomial logistic regression over word, bigram and dialogue
 * features, trained on AnnoMI (Wu et al., ICASSP 2022; Future Internet 2023; declared public domain by its authors)
 * transcripts whose id mod 5 is not 0; only the learned weights ship. The valence lexicon is VADER's (MIT).
 *
 * <p>Analytics describe the conversation for the clinician; they are not a diagnosis and never replace the
 * risk screen, whose findings they reuse.
 *
 * @since 0.2.0
 */
@PublicApi
package org.clinicalnotes.analysis;

import org.clinicalnotes.PublicApi;
