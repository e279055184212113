package org.clinicalnotes.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.llm.internal.NotePrompt;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;

/**
 * The reduce step of a long transcript drafted in parts: sections in first-seen order, a statement said
 * again in a later part kept once with the evidence of both. Stateless.
 */
final class DraftMerge {

    private DraftMerge() {
    }

    static NoteModel.Draft merge(List<NoteModel.Draft> drafts, NoteTemplate template) {
        Map<String, List<NoteStatement>> bySection = new LinkedHashMap<>();
        Map<String, NoteSection> first = new LinkedHashMap<>();
        for (NoteModel.Draft d : drafts) {
            for (NoteSection s : d.sections()) {
                first.putIfAbsent(s.id(), s);
                List<NoteStatement> acc = bySection.computeIfAbsent(s.id(), k -> new ArrayList<>());
                for (NoteStatement st : s.statements()) {
                    String key = NotePrompt.normalise(st.text());
                    int dup = -1;
                    for (int i = 0; i < acc.size(); i++) {
                        if (NotePrompt.normalise(acc.get(i).text()).equals(key)) {
                            dup = i;
                            break;
                        }
                    }
                    if (dup < 0) {
                        acc.add(st);
                    } else {
                        List<String> ev = new ArrayList<>(acc.get(dup).evidence());
                        for (String id : st.evidence()) {
                            if (!ev.contains(id)) {
                                ev.add(id);
                            }
                        }
                        acc.set(dup, NoteStatement.of(acc.get(dup).text(), ev));
                    }
                }
            }
        }
        List<NoteSection> out = new ArrayList<>();
        for (Map.Entry<String, NoteSection> e : first.entrySet()) {
            out.add(e.getValue().withStatements(bySection.get(e.getKey())));
        }
        return new NoteModel.Draft(out);
    }
}
