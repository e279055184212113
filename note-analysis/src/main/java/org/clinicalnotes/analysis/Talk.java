package org.clinicalnotes.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/** Talk per speaker, silences and latencies. Stateless. */
final class Talk {

    static final double LONG_SILENCE_SECONDS = 3.0;

    private Talk() {
    }

    /** Words: whitespace-separated tokens holding at least one letter or digit. */
    static int words(String text) {
        int n = 0;
        boolean inToken = false;
        boolean hasWordChar = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (inToken && hasWordChar) {
                    n++;
                }
                inToken = false;
                hasWordChar = false;
            } else {
                inToken = true;
                hasWordChar |= Character.isLetterOrDigit(c);
            }
        }
        return n;
    }

    private static final class Acc {
        final SpeakerRole role;
        final String label;
        int turns;
        int words;
        int timedWords;
        double seconds;
        boolean timed;

        Acc(SpeakerRole role, String label) {
            this.role = role;
            this.label = label;
        }
    }

    static List<SessionAnalysis.SpeakerTalk> speakers(Transcript t) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        int total = 0;
        for (Utterance u : t.utterances()) {
            Acc a = acc.computeIfAbsent(u.role() + "\u0000" + u.speaker().label(),
                    k -> new Acc(u.role(), u.speaker().label()));
            int w = words(u.text());
            a.turns++;
            a.words += w;
            total += w;
            if (u.start() != null && u.end() != null) {
                a.timed = true;
                a.seconds += seconds(u.end().minus(u.start()));
                a.timedWords += w;
            }
        }
        List<SessionAnalysis.SpeakerTalk> out = new ArrayList<>();
        for (Acc a : acc.values()) {
            Double secs = a.timed ? round(a.seconds, 3) : null;
            Double wpm = a.timed && a.seconds > 0 ? round(a.timedWords / a.seconds * 60.0, 1) : null;
            out.add(new SessionAnalysis.SpeakerTalk(a.role, a.label, a.turns, a.words,
                    total == 0 ? 0 : round((double) a.words / total, 4), secs, wpm));
        }
        return out;
    }

    static SessionAnalysis.Timing timing(Transcript t) {
        List<Utterance> us = t.utterances();
        for (Utterance u : us) {
            if (u.start() == null || u.end() == null) {
                return null;
            }
        }
        double silence = 0;
        List<String> longSilences = new ArrayList<>();
        List<Double> clinician = new ArrayList<>();
        List<Double> patient = new ArrayList<>();
        for (int i = 1; i < us.size(); i++) {
            Utterance prev = us.get(i - 1);
            Utterance cur = us.get(i);
            double gap = Math.max(0, seconds(cur.start().minus(prev.end())));
            silence += gap;
            if (gap >= LONG_SILENCE_SECONDS) {
                longSilences.add(cur.id());
            }
            if (cur.role() != prev.role()) {
                if (cur.role() == SpeakerRole.CLINICIAN) {
                    clinician.add(gap);
                } else if (cur.role() == SpeakerRole.PATIENT) {
                    patient.add(gap);
                }
            }
        }
        double total = Math.max(0, seconds(us.get(us.size() - 1).end().minus(us.get(0).start())));
        return new SessionAnalysis.Timing(round(total, 3), round(silence, 3), longSilences, median(clinician),
                median(patient));
    }

    private static Double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return null;
        }
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        double m = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        return round(m, 3);
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    static double round(double x, int places) {
        double f = Math.pow(10, places);
        return Math.round(x * f) / f;
    }
}
