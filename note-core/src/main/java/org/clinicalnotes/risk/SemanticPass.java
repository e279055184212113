package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinicalnotes.risk.Context.Hit;
import org.clinicalnotes.risk.RiskCues.Cue;
import org.clinicalnotes.risk.RiskScreen.Turn;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * Sends sentences to the {@link SemanticRiskMatcher} and attaches what it reads to the turns, in two batches: first
 * the windows the matcher's pre-filter accepts on their own (words typical of risk talk); then, only around where
 * risk came up (a cue, a frame, a first-batch reading, within a few turns), the windows it accepts in a risk
 * context. An ordinary visit pays for the first batch only, which is nearly empty. Not API.
 */
final class SemanticPass {

    /** Longest run of words embedded at once; longer (run-on, ASR) clauses are read in overlapping windows. */
    static final int WINDOW = 12;
    /** How many turns after (and one before) a risk reading count as its context. */
    static final int CONTEXT_TURNS = 4;
    /** Least similarity for a reading of a clinician's sentence (read in the patient's voice). */
    static final double CLINICIAN_SIMILARITY = 0.62;

    private SemanticPass() {
    }

    /** A window of text to embed and where its reading goes: turn, sentence, clause span. */
    private record Piece(String text, int turn, int sentence, int start, int end) {
    }

    /** @return how many windows were embedded */
    static int run(SemanticRiskMatcher matcher, List<Turn> turns) {
        List<Piece> all = pieces(turns);
        List<Piece> first = new ArrayList<>();
        List<Piece> rest = new ArrayList<>();
        for (Piece p : all) {
            (matcher.accepts(p.text()) ? first : rest).add(p);
        }
        attach(matcher, first, turns);
        boolean[] context = context(turns);
        List<Piece> second = new ArrayList<>();
        for (Piece p : rest) {
            if (context[p.turn()] && matcher.accepts(p.text(), true)) {
                second.add(p);
            }
        }
        attach(matcher, second, turns);
        return first.size() + second.size();
    }

    private static List<Piece> pieces(List<Turn> turns) {
        List<Piece> out = new ArrayList<>();
        for (int ti = 0; ti < turns.size(); ti++) {
            Turn t = turns.get(ti);
            boolean clinician = t.u.role() == SpeakerRole.CLINICIAN;
            for (int si = 0; si < t.sentences.size(); si++) {
                String s = t.sentences.get(si);
                List<Hit> cues = t.cueHits.get(si);
                if (clinician) {
                    boolean reflection = !t.questions.get(si) && RiskCues.REFLECTION.matcher(s).find();
                    // A question, a reflection, or the statement that leads into a question ("Some people cope by
                    // hurting themselves. Does that happen for you?").
                    boolean leadIn = si + 1 < t.sentences.size() && t.questions.get(si + 1);
                    if (cues.isEmpty() && (t.questions.get(si) || reflection || leadIn)) {
                        // The bank speaks in the first person: a clinician's "you" is the patient's "I".
                        for (String w : windows(Context.firstPerson(s))) {
                            out.add(new Piece(w, ti, si, 0, s.length()));
                        }
                    }
                    continue;
                }
                // A patient's clauses ("not X, but Y") each, except one a cue already read.
                for (int[] span : Context.clauseSpans(s)) {
                    if (cues.stream().anyMatch(h -> h.start() < span[1] && span[0] < h.end())) {
                        continue;
                    }
                    for (String w : windows(s.substring(span[0], span[1]))) {
                        out.add(new Piece(w, ti, si, span[0], span[1]));
                    }
                }
            }
        }
        return out;
    }

    /** Turns within a few turns of any cue, frame or semantic reading. */
    private static boolean[] context(List<Turn> turns) {
        boolean[] in = new boolean[turns.size()];
        for (int ti = 0; ti < turns.size(); ti++) {
            Turn t = turns.get(ti);
            boolean risk = t.cueHits.stream().anyMatch(l -> !l.isEmpty())
                    || t.semanticHits.stream().anyMatch(l -> !l.isEmpty());
            if (risk) {
                for (int k = Math.max(0, ti - 1); k <= Math.min(turns.size() - 1, ti + CONTEXT_TURNS); k++) {
                    in[k] = true;
                }
            }
        }
        return in;
    }

    private static void attach(SemanticRiskMatcher matcher, List<Piece> batch, List<Turn> turns) {
        if (batch.isEmpty()) {
            return;
        }
        List<List<SemanticHit>> res = matcher.match(batch.stream().map(Piece::text).toList());
        for (int b = 0; b < batch.size(); b++) {
            Piece at = batch.get(b);
            Turn t = turns.get(at.turn());
            List<Hit> hs = t.semanticHits.get(at.sentence());
            // The best reading only: a sentence says one thing, and the runners-up are where kinds get confused.
            double least = t.u.role() == SpeakerRole.CLINICIAN ? CLINICIAN_SIMILARITY : 0;
            for (SemanticHit h : res.get(b).stream().limit(1).filter(x -> x.similarity() >= least).toList()) {
                if (hs.stream().noneMatch(x -> x.cue().kind() == h.kind() && x.start() == at.start())) {
                    hs.add(new Hit(new Cue(h.kind(), Merge.detailOf(h), null, false, false), at.start(), at.end(),
                            true, h.similarity()));
                }
            }
        }
    }

    private static List<String> windows(String clause) {
        String[] words = clause.split(" ");
        if (words.length <= WINDOW) {
            return List.of(clause);
        }
        List<String> out = new ArrayList<>();
        for (int from = 0; from < words.length; from += WINDOW / 2) {
            int to = Math.min(words.length, from + WINDOW);
            out.add(String.join(" ", Arrays.copyOfRange(words, from, to)));
            if (to == words.length) {
                break;
            }
        }
        return out;
    }
}
