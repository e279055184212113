package org.clinicalnotes.check;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.template.NoteTemplate;

/**
 * Warns when a section the template marks required is missing or empty. Warnings name the section
 * id, never content. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
final class CompletenessCheck implements NoteCheck {

    private static final CompletenessCheck INSTANCE = new CompletenessCheck();

    private CompletenessCheck() {
    }

    /** @return the check */
    public static CompletenessCheck create() {
        return INSTANCE;
    }

    @Override
    public String id() {
        return "completeness";
    }

    @Override
    public NoteCheck.Result check(List<NoteSection> sections, NoteCheck.Context context) {
        List<String> warnings = new ArrayList<>();
        for (NoteTemplate.SectionSpec spec : context.template().sections()) {
            if (!spec.required()) {
                continue;
            }
            boolean filled = sections.stream().anyMatch(s -> s.id().equals(spec.id()) && !s.isEmpty());
            if (!filled) {
                warnings.add("completeness: required section '" + spec.id() + "' is empty; "
                        + "add it during review if the visit covered it");
            }
        }
        return new NoteCheck.Result(sections, warnings);
    }
}
