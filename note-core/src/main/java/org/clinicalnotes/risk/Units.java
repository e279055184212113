package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.Merge.Signal;
import org.clinicalnotes.risk.RiskScreen.Turn;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * Cuts a read conversation into {@link DialogueUnit}s (question + whole answer, monologue stretches) and gives
 * each the rules' features. Not API.
 */
final class Units {

    /** Most words of the question kept in a unit (its end, where the question is). */
    static final int MAX_QUESTION_WORDS = 30;

    private static final String[] RULE = {"present", "denied", "unclear", "historical"};
    private static final String[] SHAPES = {"answer.yes", "answer.no", "negation", "other-person", "hypothetical",
        "history", "recent", "media", "accident", "idiom", "monologue", "negative-question"};
    static final List<String> FEATURE_NAMES = names();
    private static final int KINDS = RiskFlag.Kind.values().length;
    private static final int SHAPE_AT = KINDS * (RULE.length + 2);

    private Units() {
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            String n = k.name().toLowerCase(Locale.ROOT);
            for (String r : RULE) {
                out.add("rule." + r + "." + n);
            }
            out.add("question." + n);
            out.add("answer." + n);
        }
        out.addAll(List.of(SHAPES));
        return List.copyOf(out);
    }

    /**
     * @param turns the read turns
     * @param signals the rules' signals
     * @param matcher the semantic matcher whose pre-filter also makes a unit a candidate, or null
     * @return the units, in order
     */
    static List<DialogueUnit> build(List<Turn> turns, List<Signal> signals, SemanticRiskMatcher matcher) {
        List<DialogueUnit> out = new ArrayList<>();
        List<Integer> q = new ArrayList<>();
        List<Integer> a = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).u.role() == SpeakerRole.CLINICIAN) {
                if (!a.isEmpty()) {
                    flush(turns, q, a, signals, matcher, out);
                    q = new ArrayList<>();
                    a = new ArrayList<>();
                }
                q.add(i);
            } else {
                a.add(i);
            }
        }
        if (!q.isEmpty() || !a.isEmpty()) {
            flush(turns, q, a, signals, matcher, out);
        }
        return out;
    }

    private static void flush(List<Turn> turns, List<Integer> q, List<Integer> a, List<Signal> signals,
                              SemanticRiskMatcher matcher, List<DialogueUnit> out) {
        StringBuilder qs = new StringBuilder();
        for (int i : q) {
            qs.append(turns.get(i).text).append(' ');
        }
        String[] qw = qs.toString().toLowerCase(Locale.ROOT).trim().split("\\s+");
        String question = qw.length <= MAX_QUESTION_WORDS ? String.join(" ", qw)
                : String.join(" ", java.util.Arrays.copyOfRange(qw, qw.length - MAX_QUESTION_WORDS, qw.length));
        Set<String> qIds = new LinkedHashSet<>();
        q.forEach(i -> qIds.add(turns.get(i).u.id()));
        float[] qKinds = new float[KINDS];
        for (int i : q) {
            kinds(turns.get(i), qKinds);
        }
        // The answer's words, each with its turn, cut into chunks.
        List<String> words = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i : a) {
            for (String w : turns.get(i).text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                    owner.add(i);
                }
            }
        }
        int from = 0;
        do {
            int to = Math.min(words.size(), from + DialogueUnit.MAX_ANSWER_WORDS);
            String answer = String.join(" ", words.subList(from, to));
            Set<Integer> chunkTurns = new LinkedHashSet<>(owner.subList(from, to));
            out.add(unit(turns, question, q.isEmpty(), qIds, qKinds, answer, chunkTurns, signals, matcher));
            from = to;
        } while (from < words.size());
    }

    private static DialogueUnit unit(List<Turn> turns, String question, boolean monologue, Set<String> qIds,
                                     float[] qKinds, String answer, Set<Integer> chunkTurns, List<Signal> signals,
                                     SemanticRiskMatcher matcher) {
        float[] f = new float[FEATURE_NAMES.size()];
        List<String> evidence = new ArrayList<>();
        float[] aKinds = new float[KINDS];
        for (int i : chunkTurns) {
            evidence.add(turns.get(i).u.id());
            kinds(turns.get(i), aKinds);
        }
        Set<String> ids = new LinkedHashSet<>(qIds);
        ids.addAll(evidence);
        boolean any = false;
        for (Signal s : signals) {
            if (s.ids().stream().anyMatch(ids::contains)) {
                int r = s.status() == RiskFlag.Status.PRESENT ? (s.historical() ? 3 : 0)
                        : s.status() == RiskFlag.Status.DENIED ? 1 : 2;
                f[s.kind().ordinal() * (RULE.length + 2) + r] = 1;
                any = true;
            }
        }
        for (int k = 0; k < KINDS; k++) {
            f[k * (RULE.length + 2) + RULE.length] = qKinds[k];
            f[k * (RULE.length + 2) + RULE.length + 1] = aKinds[k];
            any |= qKinds[k] > 0 || aKinds[k] > 0;
        }
        Pattern[] shapes = {RiskCues.ANSWER_YES, RiskCues.ANSWER_NO, null, RiskCues.OTHER_PERSON,
            RiskCues.HYPOTHETICAL, RiskCues.HISTORY, RiskCues.RECENT, RiskCues.MEDIA, RiskCues.ACCIDENT, RiskCues.IDIOM};
        String ans = answer.replaceFirst("^(?:(?:um+|uh+|well|so|honestly|like|i mean),?\\s+)+", "");
        for (int s = 0; s < shapes.length; s++) {
            f[SHAPE_AT + s] = shapes[s] != null && shapes[s].matcher(ans).find() ? 1 : 0;
        }
        for (String w : ans.split("[\\s,.!?;:]+")) {
            if (RiskCues.NEGATOR.matcher(w).matches()) {
                f[SHAPE_AT + 2] = 1;
                break;
            }
        }
        f[SHAPE_AT + 10] = monologue ? 1 : 0;
        f[SHAPE_AT + 11] = RiskCues.NEGATIVE_QUESTION_START.matcher(question).find() ? 1 : 0;
        boolean candidate = any || matcher != null
                && (matcher.accepts(answer) || !question.isEmpty() && matcher.accepts(question));
        String text = question.isEmpty() ? answer : answer.isEmpty() ? question : question + " " + answer;
        return new DialogueUnit(text, evidence.isEmpty() ? List.copyOf(qIds) : evidence, f, candidate);
    }

    private static void kinds(Turn t, float[] into) {
        for (int s = 0; s < t.sentences.size(); s++) {
            t.cueHits.get(s).forEach(h -> into[h.cue().kind().ordinal()] = 1);
            t.semanticHits.get(s).forEach(h -> into[h.cue().kind().ordinal()] = 1);
        }
    }
}
