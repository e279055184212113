package org.clinicalnotes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.internal.CanonicalJson;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.RiskFlag;

/**
 * The note's digest and the structural rules a stored note must keep.
 *
 * <p>Digest: SHA-256 over the canonical form of the note's JSON tree without its {@code integrity}
 * member: object members sorted by name at every level, no whitespace, UTF-8. A hand edit that does not
 * recompute it is refused; one that does is caught by the structural rules here and, for a signed note, by
 * its JWS signature (a digest alone holds no key).
 */
final class Integrity {

    static final String FIELD = "integrity";
    static final String ALGORITHM = "SHA-256";

    private Integrity() {
    }

    /** @return the SHA-256 hex digest of the canonical tree, ignoring its {@code integrity} member */
    static String digest(JsonNode root) {
        return CanonicalJson.sha256Without((ObjectNode) root, FIELD, "a note");
    }

    /**
     * Checks the rules every sealed note keeps: evidence cites utterances of its transcript; a clinician's
     * own statement cites none; a signed note's status, signer and time agree with the last step of its
     * review chain; an amendment names the note it replaces.
     *
     * @throws BadInputException CN-3304 naming the first rule broken (field paths and ids, never text)
     */
    static void checkConsistent(ClinicalNote note, String source) {
        NoteMetadata m = note.metadata();
        Set<String> ids = new HashSet<>(m.utteranceIds());
        for (int s = 0; s < note.sections().size(); s++) {
            NoteSection section = note.sections().get(s);
            for (int k = 0; k < section.statements().size(); k++) {
                NoteStatement st = section.statements().get(k);
                String path = "sections[" + s + "].statements[" + k + "]";
                evidence(ids, st.evidence(), path, source);
                if (st.support() == NoteStatement.Support.CLINICIAN_AUTHORED && !st.evidence().isEmpty()
                        && st.originalText() == null) {
                    throw inconsistent(source, path + " is CLINICIAN_AUTHORED but cites utterances");
                }
            }
        }
        for (int i = 0; i < note.riskFlags().size(); i++) {
            RiskFlag f = note.riskFlags().get(i);
            evidence(ids, f.evidence(), "riskFlags[" + i + "]", source);
        }
        for (int i = 0; i < note.measures().size(); i++) {
            MeasureScore ms = note.measures().get(i);
            evidence(ids, ms.evidence(), "measures[" + i + "]", source);
        }
        for (int i = 0; i < note.medications().size(); i++) {
            MedicationMention med = note.medications().get(i);
            evidence(ids, med.evidence(), "medications[" + i + "]", source);
        }
        for (int i = 0; i < m.labels().size(); i++) {
            evidence(ids, m.labels().get(i).evidence(), "metadata.sensitivity[" + i + "]", source);
        }
        List<NoteMetadata.ReviewStep> history = m.history();
        if (m.status() == NoteMetadata.Status.PRELIMINARY) {
            return;
        }
        NoteMetadata.ReviewStep.Action expected = m.status() == NoteMetadata.Status.FINAL ? NoteMetadata.ReviewStep.Action.SIGNED
                : NoteMetadata.ReviewStep.Action.AMENDED;
        if (history.isEmpty()) {
            throw inconsistent(source, "metadata.status is " + m.status() + " but metadata.history records no "
                    + "signing");
        }
        NoteMetadata.ReviewStep last = history.get(history.size() - 1);
        if (last.action() != expected || !last.by().equals(m.signer()) || !last.at().equals(m.signedAt())) {
            throw inconsistent(source, "metadata.status " + m.status() + ", signer and signedAt do not match the "
                    + "last step of metadata.history");
        }
        if (m.status() == NoteMetadata.Status.AMENDED && m.replaces() == null) {
            throw inconsistent(source, "an AMENDED note must name the note it replaces (metadata.replaces)");
        }
    }

    private static void evidence(Set<String> ids, List<String> evidence, String path, String source) {
        if (ids.isEmpty()) {
            return;
        }
        for (String id : evidence) {
            if (!ids.contains(id)) {
                throw inconsistent(source, path + " cites utterance '" + safeId(id)
                        + "', which the transcript does not have (metadata.utterances)");
            }
        }
    }

    /** An id as it may appear in a message: short and plain, or replaced. */
    private static String safeId(String id) {
        return id.length() <= 16 && id.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '-')
                ? id : "(" + id.length() + " characters)";
    }

    static BadInputException inconsistent(String source, String what) {
        return new BadInputException("CN-3304", source, 0, "inconsistent note: " + what,
                "The note was changed outside clinical-notes. Use the note as generate, sign or amend wrote it.",
                null);
    }
}
