package org.clinicalnotes.model;

import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;

/**
 * SPI: drafts a note from a transcript. The offline default lives in
 * {@link org.clinicalnotes.model.offline.OfflineNoteModel}; LLM models live in {@code note-llm-adapters}.
 *
 * <p>Implementations must be thread-safe: one instance serves concurrent {@code draft} calls. A model
 * whose {@link ModelInfo#local()} is false receives de-identified transcripts unless the caller
 * explicitly turned de-identification off.
 *
 * @since 0.1.0
 */
public interface NoteModel {

    /** @return who this model is, for provenance; not null */
    ModelInfo info();

    /**
     * Drafts a note.
     *
     * @param transcript the conversation (de-identified when the model is remote); not null
     * @param template the layout to fill; not null
     * @return the draft with every template section, in order
     * @throws org.clinicalnotes.ModelCallException when a remote model fails after retries
     */
    DraftNote draft(Transcript transcript, NoteTemplate template);
}
