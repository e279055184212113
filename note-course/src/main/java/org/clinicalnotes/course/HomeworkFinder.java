package org.clinicalnotes.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Utterance;

/**
 * Homework: a clinician's utterance that sets a task between sessions (patterns in {@code homework.tsv}), and
 * the first later session with an utterance that comes back to it: one that shares the task's distinctive
 * words and refers back (a "did you manage", "last week", "I tried"), or shares three of them.
 */
final class HomeworkFinder {

    private static final List<Pattern> SET = new ArrayList<>();
    private static final List<Pattern> FOLLOW = new ArrayList<>();
    /** Clinician utterances this close together in one session set one task. */
    private static final int SAME_TASK_SPAN = 3;
    /** Words of the task that also appear in this share of sessions or more are not distinctive. */
    private static final double COMMON_SHARE = 0.8;

    static {
        for (String[] r : Tsv.rows(HomeworkFinder.class, "homework.tsv", 2)) {
            Pattern p = Pattern.compile(r[1], Pattern.CASE_INSENSITIVE);
            ("set".equals(r[0]) ? SET : FOLLOW).add(p);
        }
    }

    private HomeworkFinder() {
    }

    static List<Homework> find(List<CourseSession> sessions) {
        // in how many sessions each stem occurs, to tell a task's own words from the client's everyday ones
        Map<String, Integer> sessionFreq = new HashMap<>();
        List<List<Set<String>>> stems = new ArrayList<>();
        for (CourseSession s : sessions) {
            Set<String> seen = new LinkedHashSet<>();
            List<Set<String>> per = new ArrayList<>();
            for (Utterance u : s.transcript().utterances()) {
                Set<String> st = new LinkedHashSet<>();
                Words.content(u.text()).forEach(t -> st.add(t.stem()));
                per.add(st);
                seen.addAll(st);
            }
            stems.add(per);
            seen.forEach(x -> sessionFreq.merge(x, 1, Integer::sum));
        }
        List<Homework> out = new ArrayList<>();
        for (int si = 0; si < sessions.size(); si++) {
            List<Utterance> us = sessions.get(si).transcript().utterances();
            int i = 0;
            while (i < us.size()) {
                Utterance u = us.get(i);
                if (u.role() != SpeakerRole.CLINICIAN || !matches(SET, u.text())) {
                    i++;
                    continue;
                }
                List<String> ids = new ArrayList<>(List.of(u.id()));
                StringBuilder text = new StringBuilder(u.text().strip());
                Set<String> words = new LinkedHashSet<>(stems.get(si).get(i));
                int j = i + 1;
                for (; j < us.size() && j <= i + SAME_TASK_SPAN; j++) {
                    Utterance v = us.get(j);
                    if (v.role() == SpeakerRole.CLINICIAN && matches(SET, v.text())) {
                        ids.add(v.id());
                        text.append(' ').append(v.text().strip());
                        words.addAll(stems.get(si).get(j));
                        i = j;
                    }
                }
                Set<String> distinctive = new LinkedHashSet<>();
                for (String w : words) {
                    if (sessionFreq.getOrDefault(w, 0) < Math.max(2, COMMON_SHARE * sessions.size())) {
                        distinctive.add(w);
                    }
                }
                out.add(followUp(sessions, stems, si, text.toString(), ids, distinctive));
                i++;
            }
        }
        return out;
    }

    private static Homework followUp(List<CourseSession> sessions, List<List<Set<String>>> stems, int setIn, String text,
                                     List<String> ids, Set<String> distinctive) {
        for (int sj = setIn + 1; sj < sessions.size(); sj++) {
            List<Utterance> us = sessions.get(sj).transcript().utterances();
            List<String> hits = new ArrayList<>();
            for (int k = 0; k < us.size(); k++) {
                int shared = 0;
                for (String w : stems.get(sj).get(k)) {
                    if (distinctive.contains(w)) {
                        shared++;
                    }
                }
                if (shared >= 3 || shared >= 1 && matches(FOLLOW, us.get(k).text())) {
                    hits.add(us.get(k).id());
                }
            }
            if (!hits.isEmpty()) {
                return new Homework(text, sessions.get(setIn).id(), ids, sessions.get(sj).id(), hits);
            }
        }
        return new Homework(text, sessions.get(setIn).id(), ids, null, List.of());
    }

    private static boolean matches(List<Pattern> ps, String text) {
        String t = text.replace('\u2019', '\'');
        for (Pattern p : ps) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
