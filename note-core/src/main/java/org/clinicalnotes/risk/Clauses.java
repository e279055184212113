package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.note.RiskFlag;

/**
 * Reads an answer clause by clause, with the object of each clause, for the two contrasts a yes/no reading gets
 * backwards (issue 12, round 6):
 * <ul>
 *   <li><b>concede the thoughts, deny the act</b>: "Thought about it, sure, but would I actually do it? No."; "I'd
 *       never do it, but yeah, the thoughts come." The thoughts asked about are PRESENT (C-SSRS non-specific
 *       thoughts), the intent is denied; neither the "no" nor the "yes" alone is the answer;</li>
 *   <li><b>concede something else, deny the asked thing</b>: "Thinking about dying, sure, I'm seventy-nine. But
 *       wanting to? No."; "I miss her every day, but no."; "It's crossed my mind that people do. But for me, no." The
 *       concession is about death in general, grief, another person: the answer is a denial.</li>
 * </ul>
 * Clauses are the answer's sentences cut at a contrast ({@code CLAUSE_BREAK}: "but", "well", "though", a pause).
 * A clause's object is the act or intent ({@code OBJECT_ACT}: "do it", "act on it", "wanting to"), the thoughts of the
 * asked thing ({@code OBJECT_THOUGHT}: "thought about it", "the thoughts"), or something general
 * ({@code OBJECT_GENERAL}: dying, death, living like this, other people); its polarity is a denial when it holds a
 * negation. A clause that is itself a question ("would I actually do it?") takes the polarity of a bare "yes" or
 * "no" right after it. Vocabulary in {@code context.tsv}. Not API.
 */
final class Clauses {

    /** What the contrast in an answer says. */
    enum Outcome {
        /** The thoughts are conceded and the act or intent denied: PRESENT at the thoughts level. */
        THOUGHTS_NOT_ACT,
        /** Something else is conceded and the asked thing denied: a denial. */
        OTHER_NOT_ASKED,
        /** No such contrast: the ordinary reading stands. */
        NONE
    }

    enum Object { ACT, THOUGHT, GENERAL, NONE }

    enum Polarity { YES, NO, ASKING, NONE }

    record Clause(String text, Object object, Polarity polarity) {
    }

    private Clauses() {
    }

    /** @return the answer's clauses with object and polarity, in order */
    static List<Clause> clauses(List<String> sentences) {
        List<Clause> out = new ArrayList<>();
        for (String s : sentences) {
            for (String part : RiskCues.CLAUSE_BREAK.split(s.strip())) {
                String c = RiskCues.ANSWER_FILLER.matcher(part.strip()).replaceFirst("").strip();
                if (c.isEmpty() || c.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                out.add(new Clause(c, object(c), polarity(c)));
            }
        }
        // "would I actually do it? No.": the question clause takes the bare answer after it
        List<Clause> joined = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Clause c = out.get(i);
            if (c.polarity() == Polarity.ASKING && i + 1 < out.size()
                    && RiskCues.CLAUSE_BARE_ANSWER.matcher(out.get(i + 1).text()).find()) {
                boolean no = RiskCues.CLAUSE_BARE_NO.matcher(out.get(i + 1).text()).find();
                joined.add(new Clause(c.text(), c.object(), no ? Polarity.NO : Polarity.YES));
                i++;
            } else {
                joined.add(c);
            }
        }
        return joined;
    }

    /**
     * @param sentences the whole answer's sentences
     * @param kind the kind asked about
     */
    static Outcome read(List<String> sentences, RiskFlag.Kind kind) {
        List<Clause> cs = clauses(sentences);
        if (cs.size() < 2) {
            return Outcome.NONE;
        }
        boolean thoughtsYes = false;
        boolean actNo = false;
        boolean no = false;
        boolean otherYes = false;
        boolean ownWords = false;
        boolean plainYes = false;
        if (cs.get(0).polarity() == Polarity.YES && cs.get(0).object() == Object.NONE) {
            return Outcome.NONE; // "Yes. I think I will." / "I think so, yeah": the yes answers; the rest tells more
        }
        for (Clause c : cs) {
            thoughtsYes |= c.object() == Object.THOUGHT && c.polarity() == Polarity.YES;
            actNo |= c.object() == Object.ACT && c.polarity() == Polarity.NO;
            no |= c.polarity() == Polarity.NO && c.object() != Object.GENERAL
                    && !RiskCues.CLAUSE_FURTHER_WORD.matcher(c.text()).find();
            otherYes |= c.object() == Object.GENERAL && c.polarity() != Polarity.ASKING;
            plainYes |= c.polarity() == Polarity.YES && c.object() != Object.GENERAL && c.object() != Object.THOUGHT;
            // Outside what a clause concedes as general ("thinking about dying"), a cue of the kind that no negation
            // reaches within its comma-delimited part ("..., I just wish I wasn't here") is the patient's own disclosure.
            String rest = c.object() == Object.GENERAL ? RiskCues.OBJECT_GENERAL.matcher(c.text()).replaceAll(" ")
                    : c.text();
            for (String piece : rest.split(",")) {
                ownWords |= Context.hits(piece, RiskCues.CUES).stream()
                        .anyMatch(h -> h.cue().kind() == kind && !Context.negated(piece, h));
            }
        }
        if (thoughtsYes && actNo) {
            return Outcome.THOUGHTS_NOT_ACT;
        }
        if (!ownWords && !thoughtsYes && !plainYes && no && otherYes) {
            return Outcome.OTHER_NOT_ASKED;
        }
        return Outcome.NONE;
    }

    private static Object object(String c) {
        if (RiskCues.OBJECT_GENERAL.matcher(c).find()) {
            return Object.GENERAL;
        }
        if (RiskCues.OBJECT_ACT.matcher(c).find()) {
            return Object.ACT;
        }
        if (RiskCues.OBJECT_THOUGHT.matcher(c).find()) {
            return Object.THOUGHT;
        }
        return Object.NONE;
    }

    private static Polarity polarity(String c) {
        if (c.endsWith("?")) {
            return Polarity.ASKING;
        }
        if (RiskCues.CLAUSE_NEGATION.matcher(c).find()) {
            return Polarity.NO;
        }
        if (RiskCues.ANSWER_YES.matcher(c).find() || RiskCues.OBJECT_THOUGHT.matcher(c).find()) {
            return Polarity.YES;
        }
        return Polarity.NONE;
    }
}
