package org.clinicalnotes.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.TemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCacheTest {

    @TempDir
    Path tmp;

    private static NoteModel.Draft draft() {
        return new NoteModel.Draft(List.of(
                new NoteSection("cc", "Chief complaint", "10154-3", List.of(NoteStatement.of("Knee pain.", List.of("u2")))),
                new NoteSection("plan", "Plan", null, List.of(NoteStatement.of("Ice.", List.of("u5", "u6"))))));
    }

    @Test
    void round_trips_a_draft() {
        DraftCache cache = DraftCache.open(tmp.resolve("c"));

        cache.put("k1", draft());

        NoteModel.Draft back = cache.get("k1").orElseThrow();
        assertThat(back.sections()).extracting(NoteSection::id).containsExactly("cc", "plan");
        assertThat(back.sections().get(0).loincCode()).isEqualTo("10154-3");
        assertThat(back.sections().get(1).loincCode()).isNull();
        assertThat(back.sections().get(1).statements().get(0).evidence()).containsExactly("u5", "u6");
        assertThat(back.sections().get(0).statements().get(0).text()).isEqualTo("Knee pain.");
    }

    @Test
    void treats_missing_and_corrupt_entries_as_absent() throws Exception {
        DraftCache cache = DraftCache.open(tmp);
        Files.writeString(tmp.resolve("bad.json"), "{not json");

        assertThat(cache.get("missing")).isEmpty();
        assertThat(cache.get("bad")).isEmpty();
    }

    @Test
    void key_depends_on_model_template_and_dialogue() {
        var model = OfflineNoteModel.create();
        var soap = TemplateRegistry.builtIn().get("soap");
        var hp = TemplateRegistry.builtIn().get("hp");

        String k = DraftCache.key(model, soap, "[doctor] hi");

        assertThat(k).hasSize(64).isEqualTo(DraftCache.key(model, soap, "[doctor] hi"));
        assertThat(DraftCache.key(model, hp, "[doctor] hi")).isNotEqualTo(k);
        assertThat(DraftCache.key(model, soap, "[doctor] hello")).isNotEqualTo(k);
        assertThat(DraftCache.key(new FakeModel(), soap, "[doctor] hi")).isNotEqualTo(k);
    }

    @Test
    void fingerprints_the_code_of_in_process_models() {
        assertThat(DraftCache.codeFingerprint(OfflineNoteModel.class)).matches("\\d+@\\d+");
    }
}
