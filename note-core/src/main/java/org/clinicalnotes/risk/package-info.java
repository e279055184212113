/**
 * The safety screen: {@link org.clinicalnotes.risk.RiskScreen} reads the original transcript locally and
 * deterministically for suicidal ideation, suicide attempts, self-harm, homicidal ideation, abuse or
 * neglect and medically dangerous substance use, and returns {@link org.clinicalnotes.note.RiskFlag}s with
 * C-SSRS-aligned severity, evidence ids and the safety actions found. The note generator always runs it,
 * whatever model drafts the note, and states every flag in the note's Risk section.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.risk;

import org.clinicalnotes.PublicApi;
