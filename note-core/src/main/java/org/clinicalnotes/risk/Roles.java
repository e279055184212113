package org.clinicalnotes.risk;

import java.util.List;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;

/**
 * The roles of a clinician's question carried to the answer (issue 12, round 6). A question about abuse has an
 * agent slot ("does <b>anyone</b> at home hurt you?", "do <b>the carers</b> handle you roughly?",
 * "has <b>anyone</b> been taking your pension?"); an answer that fills it with a person ("My stepdad.", "My grandson.
 * He collects it.", "One of them does.") says yes and names the perpetrator, whose relationship then decides the
 * kind with the question's words ({@link Merge#abuseKind}). Relationships that only an older adult's abuser has
 * (a grandson, a nephew with power of attorney) make it elder abuse, and those that only a child's abuser has (an
 * uncle, a coach, a babysitter) child abuse, when the relationship is otherwise "other". Vocabulary in
 * {@code context.tsv} ({@code ROLE_ASK}, {@code ROLE_FILL}, {@code ELDER_VICTIM_RELATION},
 * {@code CHILD_VICTIM_RELATION}). Not API.
 */
final class Roles {

    private static final Pattern NEGATION = Pattern.compile("\\b(?:no|not|never|nobody|none|no\\s+one|n't)\\b|n't\\b");

    private Roles() {
    }

    /**
     * @param question the clinician's question turn
     * @param sentences the answer's sentences
     * @return whether the answer fills the question's agent slot with a person (a yes naming who)
     */
    static boolean fills(String question, List<String> sentences) {
        if (sentences.isEmpty() || !RiskCues.ROLE_ASK.matcher(question).find()) {
            return false;
        }
        String first = RiskCues.ANSWER_FILLER.matcher(sentences.get(0).strip()).replaceFirst("").strip();
        if (NEGATION.matcher(first).find() || !RiskCues.ROLE_FILL.matcher(first).find()
                || sentences.stream().anyMatch(s -> RiskCues.BENIGN_CONTACT.matcher(s).find())) {
            return false;
        }
        // "My stepdad." names a person; "My back." or "The mornings." does not.
        return first.matches("^(?:one|some|two|a\\s+couple|he|she|they)\\b.*")
                || RiskCues.PERPETRATORS.values().stream().anyMatch(p -> p.matcher(first).find());
    }

    /** The abuse kind an "other" relationship implies about the victim's age; the given kind otherwise. */
    static RiskFlag.Kind byVictimAge(RiskFlag.Kind kind, String relation) {
        if (RiskCues.ELDER_VICTIM_RELATION.matcher(relation).find()
                && !RiskCues.CHILD_VICTIM_RELATION.matcher(relation).find()) {
            return RiskFlag.Kind.ELDER_ABUSE;
        }
        if (RiskCues.CHILD_VICTIM_RELATION.matcher(relation).find()
                && !RiskCues.ELDER_VICTIM_RELATION.matcher(relation).find()) {
            return RiskFlag.Kind.CHILD_ABUSE;
        }
        return kind;
    }
}
