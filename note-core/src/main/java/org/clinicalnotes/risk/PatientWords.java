package org.clinicalnotes.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.Context.Hit;
import org.clinicalnotes.risk.RiskScreen.Turn;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * Whether the patient's own words carry a disclosure of a kind in a dialogue unit, before the learned model may add
 * a PRESENT reading there. A full session holds dozens of units about other things ("Okay.", "Stay hydrated", a pill
 * count), and a model that reads units out of context finds some of them close to a risk; so:
 * <ul>
 *   <li>clinician talk alone (advice, psychoeducation, a dictation) is never the patient's disclosure: the unit
 *       needs a patient or companion turn;</li>
 *   <li>the rules reading the kind in the unit (present, unclear or historical), or a cue, frame or meaning of the
 *       kind in the answer, is enough;</li>
 *   <li>otherwise the answer (a bare "yes", "okay, fair", or words that name no risk) counts only when the clinician
 *       turns right before it <em>ask</em> about the kind directly: a question sentence whose cue, frame, meaning
 *       or screening-question reading is that kind, not a statement that mentions it;</li>
 *   <li>failing that, an answer of at least {@value #MIN_WORDS} words (method or plan told without the kind's
 *       words) may still carry it; a thin one never does.</li>
 * </ul>
 * Not API.
 */
final class PatientWords {

    private static final int RULE_SLOTS = 6;
    /** Fewest words of patient speech in a unit for an answer that names no risk to carry a disclosure. */
    static final int MIN_WORDS = 10;

    private PatientWords() {
    }

    /**
     * @param unit the deciding unit
     * @param kind the kind the model would add
     * @param turns the conversation's read turns (utterance ids map the unit's evidence to them)
     * @return whether the model's PRESENT may stand there
     */
    static boolean carry(DialogueUnit unit, RiskFlag.Kind kind, List<Turn> turns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            index.put(turns.get(i).u.id(), i);
        }
        int first = Integer.MAX_VALUE;
        int words = 0;
        for (String id : unit.evidence()) {
            Integer i = index.get(id);
            if (i != null && turns.get(i).u.role() != SpeakerRole.CLINICIAN) {
                first = Math.min(first, i);
                words += turns.get(i).text.split("\\s+").length;
            }
        }
        if (first == Integer.MAX_VALUE) {
            return false;
        }
        float[] f = unit.features();
        int base = kind.ordinal() * RULE_SLOTS;
        if (f[base] > 0 || f[base + 2] > 0 || f[base + 3] > 0 || f[base + 5] > 0) {
            return true;
        }
        if (asked(turns, first, kind)) {
            return true;
        }
        // Words that name no risk, after no question about it: a substantive answer may still tell it ("the fire
        // escape goes to the roof, I'm going to jump"), so the model reads it; a thin one ("Okay, fair.", "The
        // morning of the eleventh.") never carries a disclosure on its own.
        return words >= MIN_WORDS;
    }

    /** Whether the unit holds a patient or companion turn (the clinician's talk alone is nobody's disclosure). */
    static boolean heard(DialogueUnit unit, List<Turn> turns) {
        for (Turn t : turns) {
            if (t.u.role() != SpeakerRole.CLINICIAN && unit.evidence().contains(t.u.id())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clinician turns just before turn {@code answer} hold a question sentence about the kind. */
    static boolean asked(List<Turn> turns, int answer, RiskFlag.Kind kind) {
        for (int i = answer - 1; i >= 0 && turns.get(i).u.role() == SpeakerRole.CLINICIAN; i--) {
            Turn t = turns.get(i);
            for (int s = 0; s < t.sentences.size(); s++) {
                if (!t.questions.get(s)) {
                    continue;
                }
                for (Hit h : t.hits(s)) {
                    if (h.cue().kind() == kind) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
