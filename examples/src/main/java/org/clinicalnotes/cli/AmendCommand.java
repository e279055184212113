package org.clinicalnotes.cli;

import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.review.NoteReview;
import picocli.CommandLine.Command;

/** {@code amend NOTE --practitioner-id ID --edit/--delete/--add ...}: a signed note's amendment. */
@Command(name = "amend", mixinStandardHelpOptions = true,
        description = {"Amends a signed note: applies --edit, --delete and --add (at least one), signs it as AMENDED "
                + "under a new note id, and writes a DocumentReference that replaces the old one (relatesTo).",
            "Writes note.json, note.md, document-reference.json and bundle.json to DIR (default: 'amended' beside NOTE)."})
final class AmendCommand extends ReviewCommand {

    @Override
    void checkChanges() {
        if (edits.isEmpty() && deletes.isEmpty() && adds.isEmpty()) {
            throw new ConfigurationException("CN-2509", "amend needs at least one --edit, --delete or --add");
        }
    }

    @Override
    NoteReview start(ClinicalNote stored) {
        if (stored.status() == NoteMetadata.Status.PRELIMINARY) {
            throw new BadInputException("CN-1514", String.valueOf(input.getFileName()), 0,
                    "the note is not signed yet", "Use 'sign' for a preliminary note; amend only signed notes.", null);
        }
        return NoteReview.amend(stored);
    }

    @Override
    String defaultFolder() {
        return "amended";
    }

    @Override
    org.clinicalnotes.privacy.AuditListener.Event.Action auditAction() {
        return org.clinicalnotes.privacy.AuditListener.Event.Action.AMEND;
    }
}
