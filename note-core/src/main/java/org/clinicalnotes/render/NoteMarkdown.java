package org.clinicalnotes.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clinicalnotes.internal.DisplayText;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.template.NoteTemplate;

/**
 * The note for people ({@code note.md}): a status banner, then the risk block (every flag, loud for present
 * and unclear ones, quoting the words said when the transcript is given), measures and medications, then
 * every section in template order with numbered statements and their evidence ids, then the check warnings.
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
        return render(note, template, null);
    }

    /**
     * Renders the note; with the transcript, the risk block quotes the words said in each flag's evidence
     * utterances (the clinical record; note.md is PHI like the transcript itself).
     *
     * @param note the note; not null
     * @param template the template, for its title; may be null (the template id is shown instead)
     * @param transcript the transcript the note came from, for quoting risk evidence; may be null
     * @return Markdown text
     * @since 0.1.0
     */
    /**
     * The line for an empty section: a section for the clinician's own judgment (assessment, the client's
     * response) says that the session did not state it and leaves it to the clinician, so that an empty
     * assessment reads as work to do rather than as "nothing found".
     */
    static String emptyLine(NoteTemplate template, String sectionId) {
        if (template != null) {
            for (NoteTemplate.SectionSpec spec : template.sections()) {
                if (spec.id().equals(sectionId) && !spec.accepts().isEmpty()) {
                    NoteTemplate.ContentKind first = spec.accepts().get(0);
                    if (first == NoteTemplate.ContentKind.ASSESSMENT) {
                        return "_No assessment stated in the session; clinician to complete._";
                    }
                    if (first == NoteTemplate.ContentKind.RESPONSE) {
                        return "_No response stated in the session; clinician to complete._";
                    }
                }
            }
        }
        return "_Nothing documented._";
    }

    public static String render(ClinicalNote note, NoteTemplate template, Transcript transcript) {
        Objects.requireNonNull(note, "note");
        NoteMetadata m = note.metadata();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("# ").append(template != null ? template.title() : m.templateId()).append("\n\n");
        if (m.status() == NoteMetadata.Status.PRELIMINARY) {
            sb.append("> **PRELIMINARY: drafted by AI (").append(m.modelId())
                    .append("), not signed.** Check every statement against its evidence before signing.\n\n");
        } else {
            sb.append("> **").append(m.status()).append("**: signed by ").append(m.signer()).append(" at ")
                    .append(m.signedAt()).append(".\n\n");
        }
        riskBlock(sb, note, transcript);
        m.riskScreenId().ifPresent(id -> sb.append("<small>Risk screen: ").append(id).append("</small>\n\n"));
        privacyLine(sb, m);
        measuresBlock(sb, note);
        int unsupported = 0;
        for (NoteSection s : note.sections()) {
            sb.append("## ").append(s.title());
            if (s.loincCode() != null) {
                sb.append(" <small>(LOINC ").append(s.loincCode()).append(")</small>");
            }
            sb.append("\n\n");
            if (s.statements().isEmpty()) {
                sb.append(emptyLine(template, s.id())).append("\n\n");
                continue;
            }
            int i = 1;
            for (NoteStatement st : s.statements()) {
                sb.append(i++).append(". ").append(st.text());
                if (!st.evidence().isEmpty()) {
                    sb.append(" `[").append(String.join(", ", st.evidence())).append("]`");
                }
                if (st.support() == NoteStatement.Support.UNSUPPORTED) {
                    sb.append(" **⚠ unsupported**");
                    unsupported++;
                } else if (st.support() == NoteStatement.Support.CLINICIAN_AUTHORED) {
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
                .append(m.modelId()).append("` · de-identification `").append(m.deidentification())
                .append("` · created ").append(m.created()).append(" · statements ")
                .append(note.statements().size());
        if (unsupported > 0) {
            sb.append(" (").append(unsupported).append(" unsupported)");
        }
        sb.append(". Evidence ids (`u1`, `u2`, …) refer to the transcript's turns in order.\n");
        // Terminal escapes and bidi overrides from a transcript (or a custom template) are shown, not obeyed.
        return DisplayText.escape(sb);
    }

    /** Sensitivity labels with their evidence, and the consent relied on: one line, when there is either. */
    private static void privacyLine(StringBuilder sb, NoteMetadata m) {
        if (m.labels().isEmpty() && m.consent() == null) {
            return;
        }
        sb.append("<small>");
        if (!m.labels().isEmpty()) {
            sb.append("**Restricted**: sensitive content: ");
            for (int i = 0; i < m.labels().size(); i++) {
                org.clinicalnotes.note.SensitivityLabel l = m.labels().get(i);
                sb.append(i == 0 ? "" : ", ").append(l.category().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append(" (").append(l.trigger()).append(l.evidence().isEmpty() ? ")"
                                : ") `[" + String.join(", ", l.evidence()) + "]`");
            }
            sb.append(". ");
        }
        if (m.consent() != null) {
            sb.append("Consent `").append(m.consent().id()).append("` of ").append(m.consent().date()).append(" (")
                    .append(m.consent().method()).append("): ")
                    .append(m.consent().scopes().stream().map(sc -> sc.name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ')).sorted().reduce((x, y) -> x + ", " + y).orElse(""))
                    .append('.');
        }
        sb.append("</small>\n\n");
    }

    private static final int QUOTE_MAX = 280;

    /** The risk block: first after the banner, loud for present and unclear flags, and always shown. */
    private static void riskBlock(StringBuilder sb, ClinicalNote note, Transcript transcript) {
        List<RiskFlag> flags = note.riskFlags();
        boolean alert = flags.stream().anyMatch(f -> f.status() == RiskFlag.Status.PRESENT
                || f.status() == RiskFlag.Status.UNCLEAR);
        if (!alert) {
            sb.append(flags.isEmpty() ? "## Risk screen\n\n" : "## Risk flags\n\n");
            if (flags.isEmpty()) {
                sb.append("No risk indicator was raised in the conversation (automated screen: suicidal ideation, "
                        + "self-harm, homicidal ideation, abuse or neglect, dangerous substance use). The absence "
                        + "of a flag is not a risk assessment.\n\n");
            }
        } else {
            sb.append("## ⚠ Risk flags: review before signing\n\n");
        }
        for (RiskFlag f : flags) {
            if (f.status() == RiskFlag.Status.DENIED || f.status() == RiskFlag.Status.HISTORICAL) {
                continue;
            }
            sb.append("> ### ⚠ ").append(RiskFinding.label(f.kind()).toUpperCase(Locale.ROOT)).append(": ")
                    .append(f.status()).append(", severity ").append(f.severity().name()).append("\n>\n");
            if (f.cssrs() != null) {
                sb.append("> C-SSRS: **").append(RiskFinding.label(f.cssrs())).append("**\n>\n");
            }
            if (f.perpetrator() != null) {
                sb.append("> Perpetrator: **").append(RiskFinding.label(f.perpetrator())).append("**\n>\n");
            }
            sb.append("> Evidence `[").append(String.join(", ", f.evidence())).append("]`. Safety actions found: ")
                    .append(f.safetyActions().isEmpty() ? "**none**" : String.join(", ", f.safetyActions()))
                    .append(".\n");
            if (transcript != null) {
                sb.append(">\n");
                for (String id : f.evidence()) {
                    transcript.utterance(id).ifPresent(u -> sb.append("> - `").append(id).append("` ")
                            .append(u.speaker().label()).append(": \"").append(quote(u.text())).append("\"\n"));
                }
            }
            sb.append('\n');
        }
        boolean denied = false;
        for (RiskFlag f : flags) {
            if (f.status() == RiskFlag.Status.DENIED) {
                sb.append("- ").append(capital(RiskFinding.label(f.kind()))).append(": asked and **denied** `[")
                        .append(String.join(", ", f.evidence())).append("]`\n");
                denied = true;
            } else if (f.status() == RiskFlag.Status.HISTORICAL) {
                sb.append("- ").append(capital(RiskFinding.label(f.kind()))).append(": **past history**, not current")
                        .append(f.cssrs() == null ? "" : " (C-SSRS: " + RiskFinding.label(f.cssrs()) + ")")
                        .append(" `[").append(String.join(", ", f.evidence())).append("]`\n");
                denied = true;
            }
        }
        if (denied) {
            sb.append('\n');
        }
    }

    private static void measuresBlock(StringBuilder sb, ClinicalNote note) {
        if (!note.measures().isEmpty()) {
            sb.append("## Measures\n\n| Measure | Value | Previous | Change | Interpretation | Date | Evidence |\n"
                    + "|---|---|---|---|---|---|---|\n");
            for (MeasureScore m : note.measures()) {
                sb.append("| ").append(m.instrument()).append(" | ").append(num(m.value()))
                        .append(m.unit().isEmpty() ? "" : " " + m.unit()).append(" | ")
                        .append(m.previousValue() == null ? "" : num(m.previousValue())).append(" | ")
                        .append(m.previousValue() == null ? "" : signed(m.value() - m.previousValue())).append(" | ")
                        .append(m.interpretation() == null ? "" : m.interpretation()).append(" | ")
                        .append(m.date() == null ? "" : m.date().toString()).append(" | `")
                        .append(String.join(", ", m.evidence())).append("` |\n");
            }
            sb.append('\n');
        }
        if (!note.medications().isEmpty()) {
            sb.append("## Medications mentioned\n\n| Medication | Dose | Frequency | Status | Evidence |\n"
                    + "|---|---|---|---|---|\n");
            for (MedicationMention m : note.medications()) {
                sb.append("| ").append(m.name()).append(" | ").append(m.dose() == null ? "" : m.dose()).append(" | ")
                        .append(m.frequency() == null ? "" : m.frequency()).append(" | ")
                        .append(m.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" | `")
                        .append(String.join(", ", m.evidence())).append("` |\n");
            }
            sb.append('\n');
        }
    }

    private static String quote(String text) {
        String t = text.replace('\n', ' ').replace("\"", "'").strip();
        return t.length() <= QUOTE_MAX ? t : t.substring(0, QUOTE_MAX) + "…";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String signed(double d) {
        return (d > 0 ? "+" : "") + num(d);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String label(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
