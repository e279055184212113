package org.clinicalnotes.fhir;

import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.NoteMetadata;

/** The note as plain text for the text/plain attachment. */
final class NoteText {

    private NoteText() {
    }

    static String render(ClinicalNote note, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        NoteMetadata.Status st = note.status();
        sb.append(switch (st) {
            case PRELIMINARY -> "PRELIMINARY: drafted by an AI model (" + note.metadata().modelId()
                    + "); not reviewed or signed by a clinician.";
            case FINAL -> "FINAL: drafted by an AI model (" + note.metadata().modelId() + "), reviewed and signed "
                    + note.metadata().signedAt() + ".";
            case AMENDED -> "AMENDED: drafted by an AI model (" + note.metadata().modelId() + "), amended and signed "
                    + note.metadata().signedAt() + ".";
        }).append('\n');
        for (NoteSection s : note.sections()) {
            sb.append('\n').append(s.title().toUpperCase(java.util.Locale.ROOT)).append('\n');
            if (s.isEmpty()) {
                sb.append("(none)\n");
            }
            for (NoteStatement statement : s.statements()) {
                sb.append("- ").append(statement.text());
                if (statement.support() == NoteStatement.Support.CLINICIAN_AUTHORED) {
                    sb.append(" [clinician]");
                } else if (statement.support() == NoteStatement.Support.UNSUPPORTED) {
                    sb.append(" [unsupported]");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
