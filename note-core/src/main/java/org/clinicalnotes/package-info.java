/**
 * clinical-notes: turns a clinician–patient conversation into a structured, evidence-linked,
 * clinician-reviewable note.
 *
 * <p>A transcript flows through one package per stage:
 * {@link org.clinicalnotes.transcript} (read) → {@link org.clinicalnotes.deid} (redact, when the model
 * is remote) → {@link org.clinicalnotes.model} (draft) → {@link org.clinicalnotes.check} (grounding,
 * completeness) → {@link org.clinicalnotes.note} (the result). {@link org.clinicalnotes.generate.NoteGenerator}
 * runs the whole pipeline. This package holds the exception hierarchy, whose types map to the CLI's
 * exit codes: {@link org.clinicalnotes.ConfigurationException} 2, {@link org.clinicalnotes.BadInputException} 3,
 * {@link org.clinicalnotes.ModelCallException} 4, {@link org.clinicalnotes.CheckFailedException} 5.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes;
