package org.clinicalnotes.eval.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;

/** Puts utterance i into section (i mod sections), verbatim with its id; counts calls. */
final class FakeModel implements NoteModel {

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ModelInfo info() {
        return new ModelInfo("fake", "1", "test", false);
    }

    @Override
    public NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
        calls.incrementAndGet();
        List<NoteTemplate.SectionSpec> specs = template.sections();
        List<List<NoteStatement>> st = new ArrayList<>();
        specs.forEach(s -> st.add(new ArrayList<>()));
        for (int i = 0; i < transcript.utterances().size(); i++) {
            var u = transcript.utterances().get(i);
            st.get(i % specs.size()).add(NoteStatement.of(u.text(), List.of(u.id())));
        }
        List<NoteSection> sections = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            sections.add(new NoteSection(specs.get(i).id(), specs.get(i).title(), null, st.get(i)));
        }
        return new NoteModel.Draft(sections);
    }
}
