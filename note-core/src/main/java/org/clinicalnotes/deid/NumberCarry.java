package org.clinicalnotes.deid;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.transcript.Utterance;

/**
 * A number said across turns: "best phone number?" / "my cell is two one seven" / "go ahead" / "five five five
 * zero four four eight". When a turn that answers a question asking for a number ends on digits, and the other
 * speaker only acknowledges ("mhm", "go ahead", "okay"), the same speaker's next turn goes on with that number:
 * it is read as an answer to the same question, and the digits that ended the first turn join it. Typed by the
 * dialogue, not by cue words. One instance per transcript, used in turn order; not thread-safe.
 */
final class NumberCarry {

    /** The longest acknowledgement that keeps a number open, in words. */
    private static final int ACK_WORDS = 4;

    private AnswerRules.Asked open;
    private String speaker;
    private int turn = -1;
    private boolean acknowledged;

    /**
     * Called before a turn is read.
     *
     * @return what the turn goes on answering when it continues an open number, else null
     */
    AnswerRules.Asked next(String label, String text, List<Tok> w) {
        if (open == null) {
            return null;
        }
        if (!label.equals(speaker)) {
            if (isAck(text, w)) {
                acknowledged = true;
                return null;
            }
            open = null;
            return null;
        }
        return startsWithDigits(w) ? open : null;
    }

    /** Called after a turn is read, with what it answered. */
    void after(String label, AnswerRules.Asked asked, List<Tok> w, int index) {
        if (open != null && !label.equals(speaker) && acknowledged) {
            return; // the acknowledgement itself: the number stays open for the next turn
        }
        open = null;
        acknowledged = false;
        if (asked != null && (asked.kind().equals("number") || asked.kind().equals("zip")) && endsWithDigits(w)) {
            open = asked;
            speaker = label;
            turn = index;
        }
    }

    /**
     * When the continuing turn's answer starts with its first digits, the digits that ended the open turn are
     * the same number: they are added to that turn's matches (and remembered).
     */
    void joinTail(List<PhiMatch> answer, List<Tok> w, List<List<PhiMatch>> found, List<List<Tok>> words,
            DocumentMemory memory, List<Utterance> us) {
        int first = 0;
        while (first < w.size() && !isDigit(w.get(first))) {
            first++;
        }
        if (first >= w.size() || turn < 0 || turn >= found.size()) {
            return;
        }
        int at = w.get(first).start;
        PhiMatch head = null;
        for (PhiMatch m : answer) {
            if (m.start() == at) {
                head = m;
            }
        }
        if (head == null) {
            return;
        }
        List<Tok> t = words.get(turn);
        int e = t.size() - 1;
        int s = e;
        while (s > 0 && (isDigit(t.get(s - 1)) || AnswerRules.PAUSE.contains(t.get(s - 1).low))) {
            s--;
        }
        while (s < e && !isDigit(t.get(s))) {
            s++;
        }
        PhiMatch tail = PhiMatch.of(t.get(s).start, t.get(e).end, head.category());
        List<PhiMatch> m = new ArrayList<>(found.get(turn));
        m.add(tail);
        found.set(turn, PhiScanner.merge(m));
        memory.learn(us.get(turn).text(), List.of(tail));
        open = null;
    }

    private static boolean isAck(String text, List<Tok> w) {
        if (w.isEmpty() || w.size() > ACK_WORDS || text.indexOf('?') >= 0) {
            return false;
        }
        for (Tok k : w) {
            if (isDigit(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(Tok k) {
        return k.digits || Spelled.DIGIT.containsKey(k.low) || k.low.equals("double") || k.low.equals("triple");
    }

    private static boolean endsWithDigits(List<Tok> w) {
        return !w.isEmpty() && isDigit(w.get(w.size() - 1));
    }

    private static boolean startsWithDigits(List<Tok> w) {
        int i = 0;
        while (i < w.size() && AnswerRules.PAUSE.contains(w.get(i).low)) {
            i++;
        }
        return i < w.size() && isDigit(w.get(i));
    }
}
