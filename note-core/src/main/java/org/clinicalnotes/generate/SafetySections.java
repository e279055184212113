package org.clinicalnotes.generate;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.template.NoteTemplate;

/** Puts one statement per risk flag into the note's Risk section, after what the model wrote. Not API. */
final class SafetySections {

    /** Id and title of the section appended to a template that has no section taking risk content. */
    static final String RISK_ID = "risk";
    static final String RISK_TITLE = "Risk and safety";

    private SafetySections() {
    }

    /**
     * @return the sections with a statement per finding (its fixed-word description, citing the flag's
     *     evidence) at the end of the first section that accepts {@link NoteTemplate.ContentKind#RISK}; a template
     *     without one gets a {@code risk} section appended
     */
    static List<NoteSection> withRiskStatements(List<NoteSection> sections, NoteTemplate template,
                                                List<RiskFinding> findings) {
        String target = template.sections().stream().filter(s -> s.accepts().contains(NoteTemplate.ContentKind.RISK))
                .map(NoteTemplate.SectionSpec::id).findFirst().orElse(RISK_ID);
        List<NoteStatement> added = new ArrayList<>();
        for (RiskFinding f : findings) {
            added.add(new NoteStatement(f.describe(), f.flag().evidence(), NoteStatement.Support.SUPPORTED, null));
        }
        List<NoteSection> out = new ArrayList<>(sections.size() + 1);
        boolean placed = false;
        for (NoteSection s : sections) {
            if (!placed && s.id().equals(target)) {
                List<NoteStatement> sts = new ArrayList<>(s.statements());
                sts.addAll(added);
                out.add(s.withStatements(sts));
                placed = true;
            } else {
                out.add(s);
            }
        }
        if (!placed) {
            out.add(new NoteSection(RISK_ID, RISK_TITLE, null, added));
        }
        return out;
    }
}
