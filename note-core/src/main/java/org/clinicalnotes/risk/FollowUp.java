package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskScreen.Pending;

/**
 * A clinician's follow-up question that names no risk of its own ("And recently, any thoughts of it?", "Any
 * thoughts now?") asks about the topic of the question before it: thoughts after a question about a suicide
 * attempt are suicidal ideation; after any other kind, the same kind. The follow-up's shape is {@code FOLLOW_UP} in
 * {@code context.tsv}. Not API.
 */
final class FollowUp {

    /**
     * The detail of a {@code screen} cue (cues.tsv): a question about substance use in general, whose "no" denies
     * dangerous substance use and whose "yes" endorses nothing.
     */
    static final String SCREEN_DETAIL = "use-screen";

    private FollowUp() {
    }

    /**
     * Whether an answer's "no" to a substance screening question stands as a denial: no contrast anywhere ("not
     * really, but I'm on the mouthwash") and no substance named after the first sentence ("I'm not a daily drinker.
     * Fridays I do a bottle of wine").
     *
     * @param sentences the answer's sentences, normalised
     * @return whether the answer is a plain denial
     */
    static boolean plainDenial(List<String> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (RiskCues.CONTRAST.matcher(" " + s + " ").find() || s.strip().startsWith("but ")
                    || i > 0 && !Context.hits(s, RiskCues.SCREEN).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param sentence a clinician's sentence (a question, or an ASR question without its mark) in which no cue, frame or meaning named a risk
     * @param previous the kinds of the question before it (still open)
     * @param id the question's utterance id
     * @param turnText the question's turn text
     * @return the topics the follow-up inherits; empty when it is not a follow-up or nothing was asked before
     */
    static List<Pending> inherit(String sentence, Set<RiskFlag.Kind> previous, String id, String turnText) {
        if (previous.isEmpty() || !RiskCues.FOLLOW_UP.matcher(sentence.strip()).find()) {
            return List.of();
        }
        List<Pending> out = new ArrayList<>();
        for (RiskFlag.Kind k : previous) {
            RiskFlag.Kind kind = k == RiskFlag.Kind.SUICIDE_ATTEMPT ? RiskFlag.Kind.SUICIDAL_IDEATION : k;
            if (out.stream().noneMatch(p -> p.kind() == kind)) {
                out.add(new Pending(kind, null, id, false, false, false, turnText, false));
            }
        }
        return out;
    }
}
