package org.clinicalnotes.model;

import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;
import java.util.List;
import java.util.Objects;
import org.clinicalnotes.note.NoteSection;

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
    Draft draft(Transcript transcript, NoteTemplate template);

    /**
     * What a {@link NoteModel} returns: every template section in order (possibly empty), each statement
     * citing the utterance ids it came from. The checks decide whether each statement is supported.
     *
     * @param sections the sections in template order; not null
     * @since 0.1.0
     */
    public record Draft(List<NoteSection> sections) {

        /** Validates and copies. */
        public Draft {
            sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        }

        @Override
        public String toString() {
            return "DraftNote[sections=" + sections.size() + "]";
        }
    }
}
