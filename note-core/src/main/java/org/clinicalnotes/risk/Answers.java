package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.internal.NumberWords;

/**
 * Reads a patient's whole answer to a clinician's risk question: every sentence of every turn until the
 * clinician asks something else. A disclosure after a hedge wins over the hedge ("I don't know. Well…
 * yeah, I have."); a bare count answers "how many times" ("three", "like twice"); a negatively phrased
 * question ("you haven't had any thoughts of…?") reads "no" and "right" as denial and "no, I have" as a
 * disclosure. Not API.
 */
final class Answers {

    /** What an answer says about the question asked. */
    enum Polarity { YES, NO, UNCLEAR, NONE }

    private Answers() {
    }

    /**
     * @param sentences the answer's sentences, normalised, in order
     * @param negativeQuestion whether the question was phrased negatively
     * @param countQuestion whether the question asked how many or how often
     * @return the polarity; {@link Polarity#NONE} when the answer gives no yes or no (its own words decide)
     */
    static Polarity read(List<String> sentences, boolean negativeQuestion, boolean countQuestion) {
        List<String> ss = new ArrayList<>();
        for (String s : sentences) {
            String t = RiskCues.ANSWER_FILLER.matcher(s.strip()).replaceFirst("").strip();
            if (!t.isEmpty() && t.chars().anyMatch(Character::isLetterOrDigit)) {
                ss.add(t);
            }
        }
        if (ss.isEmpty()) {
            return Polarity.UNCLEAR;
        }
        String first = ss.get(0);
        // "Zero." / "None." / "Never." answers any question no; a positive count answers a count question yes.
        if (NumberWords.leadingCount(first, 2) == 0 && !first.startsWith("never")) {
            return lateAffirmation(ss, first) ? Polarity.YES : Polarity.NO;
        }
        if (countQuestion) {
            int n = NumberWords.leadingCount(first, 4);
            if (n > 0) {
                return Polarity.YES;
            }
            if (n == 0) {
                return lateAffirmation(ss, first) ? Polarity.YES : Polarity.NO;
            }
        }
        Polarity p = classify(first, negativeQuestion);
        if (p == Polarity.NO) {
            return lateAffirmation(ss, first) ? Polarity.YES : Polarity.NO;
        }
        if (p == Polarity.YES) {
            return Polarity.YES;
        }
        // A hedge or no answer first: the first later sentence that says yes or no decides; an explicit
        // disclosure anywhere wins.
        for (int i = 1; i < ss.size(); i++) {
            Polarity later = classify(ss.get(i), negativeQuestion);
            if (later == Polarity.YES) {
                return Polarity.YES;
            }
            if (later == Polarity.NO) {
                return lateAffirmation(ss.subList(i, ss.size()), ss.get(i)) ? Polarity.YES : Polarity.NO;
            }
        }
        if (lateAffirmation(ss, "")) {
            return Polarity.YES;
        }
        return p == Polarity.UNCLEAR ? Polarity.UNCLEAR : Polarity.NONE;
    }

    private static Polarity classify(String s, boolean negativeQuestion) {
        if (RiskCues.ANSWER_CONFIRM_DENIAL.matcher(s).find()) {
            return Polarity.NO;
        }
        if (negativeQuestion && RiskCues.ANSWER_AGREE.matcher(s).find()
                && !RiskCues.ANSWER_AFFIRM_LATE.matcher(s).find()) {
            return Polarity.NO;
        }
        if (RiskCues.ANSWER_UNCLEAR.matcher(s).find()) {
            return Polarity.UNCLEAR;
        }
        if (RiskCues.ANSWER_NO.matcher(s).find()) {
            // "I haven't thought about how" denies a further step (C-SSRS), not the thoughts asked about.
            return RiskCues.FURTHER_STEP.matcher(s).find() ? Polarity.NONE : Polarity.NO;
        }
        if (RiskCues.ANSWER_YES.matcher(s).find()) {
            return Polarity.YES;
        }
        return Polarity.NONE;
    }

    /** "No, I have." / "Nope. Actually yeah, a couple of times." after a first "no". */
    private static boolean lateAffirmation(List<String> ss, String first) {
        String rest = first.replaceFirst("^\\W*\\w+", "");
        if (RiskCues.ANSWER_AFFIRM_LATE.matcher(rest).find()) {
            return true;
        }
        for (String s : ss) {
            if (s != first && !RiskCues.ANSWER_CONFIRM_DENIAL.matcher(s).find()
                    && RiskCues.ANSWER_AFFIRM_LATE.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }
}
