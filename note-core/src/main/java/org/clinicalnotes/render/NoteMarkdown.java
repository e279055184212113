package org.clinicalnotes.render;

import java.util.Locale;
import java.util.Objects;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.NoteStatus;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.note.SupportStatus;
import org.clinicalnotes.template.NoteTemplate;

/**
 * The note for people ({@code note.md}): a status banner, risk flags first, then every section in
 * template order with numbered statements and their evidence ids, then the check warnings.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class NoteMarkdown {

    private NoteMarkdown() {
    }

    /**
     * @param note the note; not null
     * @param template the template, for its title; may be null (the template id is shown instead)
     * @return Markdown text
     */
    public static String render(ClinicalNote note, NoteTemplate template) {
        Objects.requireNonNull(note, "note");
        NoteMetadata m = note.metadata();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("# ").append(template != null ? template.title() : m.templateId()).append("\n\n");
        if (m.status() == NoteStatus.PRELIMINARY) {
            sb.append("> **PRELIMINARY: drafted by AI (").append(m.model())
                    .append("), not signed.** Check every statement against its evidence before signing.\n\n");
        } else {
            sb.append("> **").append(m.status()).append("**: signed by ").append(m.signer()).append(" at ")
                    .append(m.signedAt()).append(".\n\n");
        }
        if (!note.riskFlags().isEmpty()) {
            sb.append("## ⚠ Risk flags\n\n");
            for (RiskFlag f : note.riskFlags()) {
                sb.append("- **").append(label(f.kind().name())).append("**: ").append(f.status())
                        .append(", severity ").append(f.severity().name().toLowerCase(Locale.ROOT))
                        .append(" — evidence ").append(String.join(", ", f.evidence()));
                if (!f.safetyActions().isEmpty()) {
                    sb.append("; safety actions: ").append(String.join(", ", f.safetyActions()));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        int unsupported = 0;
        for (NoteSection s : note.sections()) {
            sb.append("## ").append(s.title());
            if (s.loincCode() != null) {
                sb.append(" <small>(LOINC ").append(s.loincCode()).append(")</small>");
            }
            sb.append("\n\n");
            if (s.statements().isEmpty()) {
                sb.append("_Nothing documented._\n\n");
                continue;
            }
            int i = 1;
            for (NoteStatement st : s.statements()) {
                sb.append(i++).append(". ").append(st.text());
                if (!st.evidence().isEmpty()) {
                    sb.append(" `[").append(String.join(", ", st.evidence())).append("]`");
                }
                if (st.support() == SupportStatus.UNSUPPORTED) {
                    sb.append(" **⚠ unsupported**");
                    unsupported++;
                } else if (st.support() == SupportStatus.CLINICIAN_AUTHORED) {
                    sb.append(" _(clinician)_");
                }
                if (st.isEdited()) {
                    sb.append(" _(edited)_");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        if (!m.warnings().isEmpty()) {
            sb.append("## Review warnings\n\n");
            for (String w : m.warnings()) {
                sb.append("- ").append(w).append('\n');
            }
            sb.append('\n');
        }
        sb.append("---\n");
        sb.append("Note `").append(note.id()).append("` · template `").append(m.templateId()).append("` · model `")
                .append(m.model()).append("` · de-identification `").append(m.deidentification())
                .append("` · created ").append(m.created()).append(" · statements ")
                .append(note.statements().size());
        if (unsupported > 0) {
            sb.append(" (").append(unsupported).append(" unsupported)");
        }
        sb.append(". Evidence ids (`u1`, `u2`, …) refer to the transcript's turns in order.\n");
        return sb.toString();
    }

    private static String label(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
