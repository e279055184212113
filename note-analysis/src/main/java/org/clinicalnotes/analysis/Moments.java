package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * The session's moments: every present risk the risk screen raised (a risk disclosure stands whatever its tone),
 * then the few stretches of highest emotional intensity in the non-clinician turns. Stateless.
 */
final class Moments {

    /** An utterance must reach this intensity to start a moment. */
    static final double THRESHOLD = 0.45;
    /** A neighbour joins the stretch at this share of the peak. */
    static final double STRETCH_SHARE = 0.75;
    /** Risk evidence more than this many utterances apart makes separate moments. */
    static final int RISK_GAP = 3;

    private Moments() {
    }

    static List<SessionAnalysis.Moment> find(List<SessionAnalysis.UtteranceAnalysis> us, List<RiskFlag> flags) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < us.size(); i++) {
            index.put(us.get(i).id(), i);
        }
        boolean[] taken = new boolean[us.size()];
        List<SessionAnalysis.Moment> out = new ArrayList<>();
        List<TreeSet<Integer>> riskGroups = new ArrayList<>();
        for (RiskFlag f : flags) {
            if (f.status() != RiskFlag.Status.PRESENT) {
                continue;
            }
            TreeSet<Integer> ids = new TreeSet<>();
            for (String id : f.evidence()) {
                Integer i = index.get(id);
                if (i != null) {
                    ids.add(i);
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            TreeSet<Integer> merged = null;
            for (TreeSet<Integer> g : riskGroups) {
                for (Integer i : ids) {
                    if (g.contains(i)) {
                        merged = g;
                        break;
                    }
                }
            }
            if (merged != null) {
                merged.addAll(ids);
            } else {
                riskGroups.add(ids);
            }
        }
        for (TreeSet<Integer> g : riskGroups) {
            // evidence far apart (a disclosure early, a safety plan late) makes separate stretches
            List<Integer> run = new ArrayList<>();
            for (int i : g) {
                if (!run.isEmpty() && i - run.get(run.size() - 1) > RISK_GAP) {
                    out.add(riskMoment(us, run, taken));
                    run = new ArrayList<>();
                }
                run.add(i);
            }
            out.add(riskMoment(us, run, taken));
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < us.size(); i++) {
            Tone t = us.get(i).tone();
            if (us.get(i).role() != SpeakerRole.CLINICIAN && t.intensity() >= THRESHOLD && emotional(t)) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> -us.get(i).tone().intensity())
                .thenComparingInt(i -> i));
        int max = Math.min(6, 3 + us.size() / 50);
        int toneMoments = 0;
        for (int peakIndex : candidates) {
            if (toneMoments >= max) {
                break;
            }
            if (near(taken, peakIndex, 1)) {
                continue;
            }
            double peak = us.get(peakIndex).tone().intensity();
            int from = peakIndex;
            int to = peakIndex;
            while (joins(us, taken, from - 1, peak)) {
                from--;
            }
            while (joins(us, taken, to + 1, peak)) {
                to++;
            }
            List<String> ids = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                taken[i] = true;
                ids.add(us.get(i).id());
            }
            out.add(new SessionAnalysis.Moment(ids, label(us, peakIndex), peak));
            toneMoments++;
        }
        out.sort(Comparator.comparingInt(m -> index.get(m.utteranceIds().get(0))));
        return out;
    }

    private static SessionAnalysis.Moment riskMoment(List<SessionAnalysis.UtteranceAnalysis> us, List<Integer> run,
                                                     boolean[] taken) {
        double peak = 0;
        List<String> ids = new ArrayList<>();
        for (int i : run) {
            taken[i] = true;
            ids.add(us.get(i).id());
            peak = Math.max(peak, us.get(i).tone().intensity());
        }
        return new SessionAnalysis.Moment(ids, MomentLabel.RISK_DISCLOSURE, peak);
    }

    /**
     * A turn can start a moment when it is negative, or positive with an emotion word (relieved, proud, excited):
     * polite positives ("pretty good, thanks, sounds great") are not moments.
     */
    static boolean emotional(Tone t) {
        return t.valence() < 0 || t.emotion() == Emotion.RELIEF || t.emotion() == Emotion.JOY
                || t.emotion() == Emotion.ANGER || t.emotion() == Emotion.FEAR || t.emotion() == Emotion.DISTRESS;
    }

    private static boolean near(boolean[] taken, int i, int distance) {
        for (int j = Math.max(0, i - distance); j <= Math.min(taken.length - 1, i + distance); j++) {
            if (taken[j]) {
                return true;
            }
        }
        return false;
    }

    /** A neighbour joins when it is a non-clinician turn whose intensity is close to the peak. */
    private static boolean joins(List<SessionAnalysis.UtteranceAnalysis> us, boolean[] taken, int i, double peak) {
        if (i < 0 || i >= us.size() || taken[i]) {
            return false;
        }
        SessionAnalysis.UtteranceAnalysis u = us.get(i);
        return u.role() != SpeakerRole.CLINICIAN && emotional(u.tone())
                && u.tone().intensity() >= Math.max(THRESHOLD, STRETCH_SHARE * peak);
    }

    private static MomentLabel label(List<SessionAnalysis.UtteranceAnalysis> us, int peak) {
        Tone t = us.get(peak).tone();
        switch (t.emotion()) {
            case ANGER:
                return MomentLabel.ANGER;
            case FEAR:
                return MomentLabel.FEAR;
            case DISTRESS:
                return MomentLabel.DISTRESS;
            default:
                break;
        }
        if (t.valence() < 0) {
            return MomentLabel.DISTRESS;
        }
        for (int i = Math.max(0, peak - 6); i < peak; i++) {
            Tone before = us.get(i).tone();
            if (us.get(i).role() != SpeakerRole.CLINICIAN && before.valence() <= -0.3) {
                return MomentLabel.RELIEF;
            }
        }
        return t.emotion() == Emotion.RELIEF ? MomentLabel.RELIEF : MomentLabel.JOY;
    }
}
