package org.clinicalnotes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

class NoteGeneratorDeidTest {

    /** A remote model that repeats the first utterance and adds a name and a phone number of its own. */
    static final class InventingModel implements NoteModel {
        final List<String> seen = new ArrayList<>();

        @Override
        public ModelInfo info() {
            return new ModelInfo("remote", "1", "test", false);
        }

        @Override
        public NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
            String first = transcript.utterances().get(0).text();
            seen.add(first);
            return new NoteModel.Draft(List.of(new NoteSection("subjective", "Subjective", null, List.of(
                    NoteStatement.of(first, List.of("u1")),
                    NoteStatement.of("Referred to Dr. Zimmerman, call 608-555-0188.", List.of("u1"))))));
        }
    }

    @Test
    void the_remote_model_sees_surrogates_and_the_note_gets_originals_and_a_warning() {
        Transcript t = TranscriptReader.defaults().read(
                "[doctor] Good morning Maria Oyelaran, how was the drive from Kenosha?\n[patient] Fine.", "t");
        InventingModel model = new InventingModel();
        NoteGenerator g = NoteGenerator.builder().model(model).deidentifier(SafeHarborDeidentifier.create()).build();
        ClinicalNote note = g.generate(t, NoteRequest.of("soap"));
        assertThat(model.seen.get(0)).doesNotContain("Maria", "Oyelaran", "Kenosha");
        assertThat(note.sections().get(0).statements().get(0).text())
                .isEqualTo("Good morning Maria Oyelaran, how was the drive from Kenosha?");
        assertThat(note.metadata().deidentification()).isEqualTo("surrogates");
        assertThat(note.metadata().warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("re-identification: the model output holds 2 PHI-like spans")
                .contains("NAME 1", "PHONE 1").doesNotContain("Zimmerman", "608"));
    }

    @Test
    void no_warning_when_the_output_holds_only_surrogates() {
        Transcript t = TranscriptReader.defaults().read("[doctor] Hello Maria Oyelaran.\n[patient] Hi.", "t");
        NoteModel echo = new NoteModel() {
            @Override
            public ModelInfo info() {
                return new ModelInfo("remote", "1", "test", false);
            }

            @Override
            public NoteModel.Draft draft(Transcript tr, NoteTemplate template) {
                return new NoteModel.Draft(List.of(new NoteSection("subjective", "Subjective", null, List.of(
                        NoteStatement.of(tr.utterances().get(0).text(), List.of("u1"))))));
            }
        };
        ClinicalNote note = NoteGenerator.builder().model(echo).deidentifier(SafeHarborDeidentifier.create()).build()
                .generate(t, NoteRequest.of("soap"));
        assertThat(note.metadata().warnings()).noneMatch(w -> w.startsWith("re-identification"));
    }
}
