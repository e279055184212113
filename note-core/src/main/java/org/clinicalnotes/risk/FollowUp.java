package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicalnotes.note.RiskKind;
import org.clinicalnotes.risk.RiskScreen.Pending;

/**
 * A clinician's follow-up question that names no risk of its own ("And recently, any thoughts of it?", "Any
 * thoughts now?") asks about the topic of the question before it: thoughts after a question about a suicide
 * attempt are suicidal ideation; after any other kind, the same kind. The follow-up's shape is {@code FOLLOW_UP} in
 * {@code context.tsv}. Not API.
 */
final class FollowUp {

    private FollowUp() {
    }

    /**
     * @param sentence a clinician's sentence (a question, or an ASR question without its mark) in which no cue, frame or meaning named a risk
     * @param previous the kinds of the question before it (still open)
     * @param id the question's utterance id
     * @param turnText the question's turn text
     * @return the topics the follow-up inherits; empty when it is not a follow-up or nothing was asked before
     */
    static List<Pending> inherit(String sentence, Set<RiskKind> previous, String id, String turnText) {
        if (previous.isEmpty() || !RiskCues.FOLLOW_UP.matcher(sentence.strip()).find()) {
            return List.of();
        }
        List<Pending> out = new ArrayList<>();
        for (RiskKind k : previous) {
            RiskKind kind = k == RiskKind.SUICIDE_ATTEMPT ? RiskKind.SUICIDAL_IDEATION : k;
            if (out.stream().noneMatch(p -> p.kind() == kind)) {
                out.add(new Pending(kind, null, id, false, false, false, turnText, false));
            }
        }
        return out;
    }
}
