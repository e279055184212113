package org.clinicalnotes.cli;

import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.review.NoteReview;
import picocli.CommandLine.Command;

/** {@code sign NOTE --practitioner-id ID}: the clinician's sign-off, PRELIMINARY to FINAL. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Signs a preliminary note after review (optionally with --edit, --delete, --add): FINAL.",
            "Writes note.json, note.md, document-reference.json (docStatus final) and bundle.json to DIR "
                    + "(default: 'signed' beside NOTE)."})
final class SignCommand extends ReviewCommand {

    @Override
    NoteReview start(ClinicalNote stored) {
        if (stored.status() != NoteMetadata.Status.PRELIMINARY) {
            throw new BadInputException("CN-1513", String.valueOf(input.getFileName()), 0,
                    "the note is already signed (" + stored.status() + ")", "Use 'amend' to change a signed note.",
                    null);
        }
        return NoteReview.of(stored);
    }

    @Override
    String defaultFolder() {
        return "signed";
    }

    @Override
    org.clinicalnotes.privacy.AuditListener.Event.Action auditAction() {
        return org.clinicalnotes.privacy.AuditListener.Event.Action.SIGN;
    }
}
