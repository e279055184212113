package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.Context.Hit;
import org.clinicalnotes.risk.Merge.Signal;
import org.clinicalnotes.risk.RiskCues.Cue;
import org.clinicalnotes.risk.RiskScreen.Pending;
import org.clinicalnotes.risk.RiskScreen.Turn;

/** Reads clinician turns, patient turns and whole answers into signals, one conversation at a time. Not API. */
final class Reading {

    private final List<Signal> signals = new ArrayList<>();
    /** For each semantic PRESENT signal, the id of the utterance it came from (a later "no" answer may deny it). */
    private final java.util.Map<Integer, String> semanticAt = new java.util.HashMap<>();

    /** Kinds whose answers are read clause by clause for a concede-and-deny contrast (thoughts against act). */
    private static final Set<RiskFlag.Kind> CONTRAST_KINDS = java.util.EnumSet.of(RiskFlag.Kind.SUICIDAL_IDEATION,
            RiskFlag.Kind.HOMICIDAL_IDEATION, RiskFlag.Kind.SELF_HARM);

    List<Signal> signals() {
        return signals;
    }

    static boolean isQuestion(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || RiskCues.QUESTION_START.matcher(s).find();
    }

    /** @return the risk topics the clinician raised (questions, or statements that open a topic) */
    List<Pending> clinician(Turn t, boolean siTopic, Set<RiskFlag.Kind> previous) {
        List<Pending> asked = new ArrayList<>();
        String id = t.u.id();
        for (int si = 0; si < t.sentences.size(); si++) {
            String sentence = t.sentences.get(si);
            boolean question = t.questions.get(si);
            List<Hit> hits = t.hits(si);
            // The question classifier's guess defers to the topic under way: a follow-up ("have you thought
            // about how?") keeps the kind of the question before it.
            hits.removeIf(h -> QuestionTopics.isGuess(h) && (siTopic || !previous.isEmpty())
                    && !(siTopic && h.cue().kind() == RiskFlag.Kind.SUICIDAL_IDEATION) && !previous.contains(h.cue().kind()));
            if (siTopic && question) {
                hits.addAll(Context.hits(sentence, RiskCues.SI_DETAILS));
            } else if (question && hits.stream().noneMatch(h -> h.cue().kind() == RiskFlag.Kind.SUICIDAL_IDEATION)) {
                // "Do you think you would act on these thoughts?" is about suicide whatever came before.
                hits.addAll(Context.hits(sentence, RiskCues.SI_STRONG));
            }
            if (hits.isEmpty() && question) {
                hits.addAll(Context.hits(sentence, RiskCues.SCREEN)); // "Any drugs or alcohol?": a "no" denies
            }
            if (hits.isEmpty()) {
                asked.addAll(FollowUp.inherit(sentence, previous, id, t.text)); // "and right now any thoughts"
                continue;
            }
            boolean count = RiskCues.COUNT_QUESTION.matcher(sentence).find();
            for (Hit h : hits) {
                Cue c = h.cue();
                if (question) {
                    boolean negative = RiskCues.NEGATIVE_QUESTION_START.matcher(sentence).find()
                            || !h.semantic() && Context.negated(sentence, h);
                    asked.add(new Pending(c.kind(), c.detail(), id, c.inverted(), negative, count, t.text, false));
                } else if (RiskCues.REFLECTION.matcher(sentence).find()) {
                    if (Context.negated(sentence, h)) {
                        add(c.kind(), RiskFlag.Status.DENIED, c.detail(), sentence, List.of(id), sentence);
                    } else {
                        // The clinician restating a disclosure stands unless the patient then corrects it.
                        asked.add(new Pending(c.kind(), c.detail(), id, false, false, false, sentence, true));
                    }
                } else if (!RiskCues.CRISIS_INSTRUCTION.matcher(sentence).find() && !Context.hypothetical(sentence, h)) {
                    // "I'd like to ask about thoughts of suicide." opens the topic like a question does.
                    asked.add(new Pending(c.kind(), c.detail(), id, c.inverted(), false, count, t.text, false));
                }
            }
        }
        return asked;
    }

    /** Reads the whole answer (all the given turns) to the pending questions. */
    void answer(List<Pending> pending, List<Integer> answerTurns, List<Turn> turns) {
        if (pending.isEmpty()) {
            return;
        }
        if (answerTurns.isEmpty()) {
            for (Pending p : pending) {
                if (p.reflection()) {
                    add(p.kind(), RiskFlag.Status.PRESENT, p.detail(), p.questionText(), List.of(p.questionId()),
                            p.questionText());
                }
            }
            return;
        }
        List<String> sentences = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i : answerTurns) {
            Turn t = turns.get(i);
            sentences.addAll(t.sentences);
            ids.add(t.u.id());
            text.append(t.text).append(' ');
        }
        Set<RiskFlag.Kind> seen = new LinkedHashSet<>();
        Set<RiskFlag.Kind> asked = new LinkedHashSet<>();
        pending.forEach(p -> asked.add(p.kind()));
        Set<RiskFlag.Kind> named = new LinkedHashSet<>();
        Set<RiskFlag.Kind> byMeaningOnly = new LinkedHashSet<>();
        for (RiskFlag.Kind k : asked) {
            Own own = ownWords(k, answerTurns, turns);
            if (own != Own.NONE) {
                named.add(k);
            }
            if (own == Own.MEANING) {
                byMeaningOnly.add(k);
            }
        }
        for (Pending p : pending) {
            Answers.Polarity pol = Answers.read(sentences, p.negative(), p.count());
            boolean decided = pol == Answers.Polarity.YES || pol == Answers.Polarity.NO;
            if (!seen.add(p.kind()) && !decided) {
                continue;
            }
            if (p.reflection()) {
                pol = pol == Answers.Polarity.NO && !named.contains(p.kind()) ? Answers.Polarity.NO : Answers.Polarity.YES;
                decided = true;
            }
            // "Does anyone at home hurt you?" "My stepdad.": naming who fills the question's agent slot, a yes.
            if (!decided && Merge.isAbuse(p.kind()) && !named.contains(p.kind())
                    && Roles.fills(p.questionText(), sentences)) {
                pol = Answers.Polarity.YES;
                decided = true;
            }
            // Concede-and-deny, read clause by clause with each clause's object (Clauses).
            Clauses.Outcome contrast = p.reflection() || !CONTRAST_KINDS.contains(p.kind()) ? Clauses.Outcome.NONE
                    : Clauses.read(sentences, p.kind());
            if (contrast == Clauses.Outcome.THOUGHTS_NOT_ACT) {
                // "Thought about it, sure, but would I actually do it? No.": the thoughts stand, the act is denied.
                List<String> ev = new ArrayList<>();
                ev.add(p.questionId());
                ev.addAll(ids);
                org.clinicalnotes.note.RiskFlag.CssrsLevel level = Merge.level(p.detail());
                String detail = p.kind() != RiskFlag.Kind.SUICIDAL_IDEATION || level != null && level.compareTo(org.clinicalnotes.note.RiskFlag.CssrsLevel.NON_SPECIFIC_THOUGHTS) <= 0
                        ? p.detail() : "active";
                add(p.kind(), RiskFlag.Status.PRESENT, detail, text.toString(), ev, p.questionText() + " " + text);
                continue;
            }
            if (contrast == Clauses.Outcome.OTHER_NOT_ASKED) {
                // "Thinking about dying, sure. But wanting to? No.": what is conceded is not what was asked.
                pol = Answers.Polarity.NO;
                decided = true;
                for (int k = 0; k < signals.size(); k++) {
                    Signal s = signals.get(k);
                    // the answer's unclear readings, its meaning readings and a wish-level cue in the concession
                    boolean conceded = s.status() == RiskFlag.Status.UNCLEAR || s.status() == RiskFlag.Status.PRESENT
                            && (semanticAt.containsKey(k) || s.detail() == null || "passive".equals(s.detail()));
                    if (s.kind() == p.kind() && conceded && !s.historical() && ids.containsAll(s.ids())) {
                        signals.set(k, new Signal(s.kind(), RiskFlag.Status.DENIED, s.detail(), s.historical(),
                                s.recent(), s.lethal(), s.ids(), s.relation(), s.weak()));
                    }
                }
            }
            // "Thoughts of hurting or killing yourself?" "Yeah, of offing myself": the answer's words say which.
            if (pol == Answers.Polarity.YES && !named.isEmpty() && !named.contains(p.kind()) && asked.size() > 1) {
                continue;
            }
            RiskFlag.Status status;
            if (pol == Answers.Polarity.NO) {
                denySemantic(p.kind(), Merge.level(p.detail()), ids);
            }
            if (!decided) {
                if (named.contains(p.kind()) && !byMeaningOnly.contains(p.kind())) {
                    continue; // the answer's own words decide
                }
                // Unresolved, or read only by meaning: the question stands as the topic (an UNCLEAR reading that
                // also supports a weak semantic reading of the answer).
                status = RiskFlag.Status.UNCLEAR;
            } else {
                status = (pol == Answers.Polarity.YES) ^ p.inverted() ? RiskFlag.Status.PRESENT : RiskFlag.Status.DENIED;
            }
            if (FollowUp.SCREEN_DETAIL.equals(p.detail())
                    && (status != RiskFlag.Status.DENIED || !FollowUp.plainDenial(sentences))) {
                continue; // "do you drink?" "yes": a screening question's yes endorses no risk
            }
            List<String> ev = new ArrayList<>();
            ev.add(p.questionId());
            ev.addAll(ids);
            RiskFlag.Kind kind = p.kind();
            String relation = p.questionText() + " " + text;
            if (p.inverted() || Merge.isAbuse(kind)) {
                kind = Merge.abuseKind(kind, relation);
            }
            add(kind, status, p.inverted() ? "disclosed" : p.detail(), text.toString(), ev, relation);
        }
    }

    /** @return whether the answer's own words name the kind: by a cue or frame, or only by meaning */
    private static Own ownWords(RiskFlag.Kind kind, List<Integer> answerTurns, List<Turn> turns) {
        Own own = Own.NONE;
        for (int i : answerTurns) {
            Turn t = turns.get(i);
            for (int si = 0; si < t.sentences.size(); si++) {
                String s = t.sentences.get(si);
                for (Hit h : t.hits(si)) {
                    RiskFlag.Kind k = h.cue().kind();
                    boolean same = k == kind || Merge.isAbuse(k) && Merge.isAbuse(kind);
                    if (same && !h.cue().inverted()) {
                        if (!h.semantic()) {
                            return Own.WORDS;
                        }
                        own = Own.MEANING;
                    }
                }
                if (kind == RiskFlag.Kind.SUICIDAL_IDEATION && Context.hits(s, RiskCues.SI_DETAILS).stream()
                        .anyMatch(h -> !Context.negated(s, h))) {
                    return Own.WORDS;
                }
            }
        }
        return own;
    }

    /** How an answer names a kind. */
    private enum Own { NONE, WORDS, MEANING }

    /**
     * Reads what the patient (or someone else present) said, sentence by sentence.
     *
     * @param recent the text of the turns just before (and of the question under way), built on first need
     * @return whether suicidal ideation was endorsed in this turn
     */
    boolean patient(Turn t, boolean siTopic, java.util.function.Supplier<String> recent) {
        String id = t.u.id();
        String recentText = null;
        boolean si = false;
        boolean companion = t.u.role() == org.clinicalnotes.transcript.SpeakerRole.OTHER;
        for (int idx = 0; idx < t.sentences.size(); idx++) {
            String whole = t.sentences.get(idx);
            boolean asking = whole.strip().endsWith("?");
            if (asking && whole.strip().split("\\s+").length <= 5) {
                continue; // an echo of the question ("Killing myself? No."): the answer after it decides
            }
            List<Hit> hits = t.hits(idx);
            boolean siHere = siTopic || hits.stream().anyMatch(h -> h.cue().kind() == RiskFlag.Kind.SUICIDAL_IDEATION
                    && !Context.negated(h.semantic() ? whole.substring(h.start(), h.end()) : whole, h));
            if (siHere) {
                hits.addAll(Context.hits(whole, RiskCues.SI_DETAILS));
            }
            if (hits.isEmpty()) {
                continue;
            }
            if (recentText == null) {
                recentText = recent.get();
            }
            String relation = recentText + " " + t.text;
            boolean benign = RiskCues.BENIGN_CONTACT.matcher(whole).find();
            for (Hit h : hits) {
                Cue c = h.cue();
                RiskFlag.Kind kind = c.kind();
                // A semantic hit is read within its clause; a cue within its sentence.
                String sentence = h.semantic() ? whole.substring(h.start(), h.end()) : whole;
                // "He hits me" takes its kind from the relationship named; so does a frame, and a semantic reading
                // of partner violence. A semantic reading of child or elder abuse keeps its kind: the relation
                // named nearby is then often the victim ("cashing mom's checks").
                boolean reassign = RiskCues.PRONOUN_VIOLENCE.equals(c.detail())
                        || c.pattern() == null && Merge.isAbuse(kind)
                        && (!h.semantic() || kind == RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE);
                if (reassign) {
                    kind = Merge.abuseKind(kind, relation);
                }
                if (c.inverted() || Context.otherPerson(sentence, relation, h, companion) || Context.accident(h.semantic() ? sentence : t.text, h)
                        || Context.media(sentence, t.text, recentText) && !c.selfExplicit() || Context.idiom(sentence, h)
                        || benign && Merge.isAbuse(kind)) {
                    continue;
                }
                boolean detailOnly = RiskCues.SI_DETAILS.contains(c);
                RiskFlag.Status status;
                if (Context.negated(sentence, h)) {
                    if (detailOnly) {
                        continue; // "I don't have a plan" does not deny the ideation itself
                    }
                    status = RiskFlag.Status.DENIED;
                } else if (asking || Context.hypothetical(sentence, h)) {
                    status = RiskFlag.Status.UNCLEAR;
                } else {
                    status = RiskFlag.Status.PRESENT;
                }
                String detail = RiskCues.PRONOUN_VIOLENCE.equals(c.detail()) ? "violence" : c.detail();
                if (h.semantic() && status == RiskFlag.Status.PRESENT) {
                    semanticAt.put(signals.size(), id);
                }
                // A weak reading of abuse stands when the conversation names who does it ("my husband, his
                // stepdad, hit Andre"): the relationship is the support a lone weak reading lacks.
                boolean weak = h.weak() && !(Merge.isAbuse(kind) && Merge.perpetrator(kind, relation) != null
                        && kind != RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE);
                add(kind, status, detail, t.text, List.of(id), relation, weak);
                si |= kind == RiskFlag.Kind.SUICIDAL_IDEATION && status == RiskFlag.Status.PRESENT;
                if (kind == RiskFlag.Kind.SUICIDE_ATTEMPT && !h.semantic()
                        && sentence.substring(h.start(), h.end()).contains("overdos")) {
                    add(RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE, status, "overdose", t.text, List.of(id), relation);
                }
                if (kind == RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE && status == RiskFlag.Status.PRESENT
                        && RiskCues.ON_PURPOSE.matcher(sentence).matches()) {
                    add(RiskFlag.Kind.SUICIDE_ATTEMPT, status, "attempt", t.text, List.of(id), relation);
                }
            }
        }
        return si;
    }

    /**
     * A "no" to a question about a kind denies what the matcher read into the same answer, at the level asked
     * and above: in the C-SSRS a "no" to active thoughts does not deny a wish to be dead said after it.
     */
    private void denySemantic(RiskFlag.Kind kind, org.clinicalnotes.note.RiskFlag.CssrsLevel asked, List<String> answerIds) {
        for (java.util.Map.Entry<Integer, String> e : semanticAt.entrySet()) {
            Signal s = signals.get(e.getKey());
            org.clinicalnotes.note.RiskFlag.CssrsLevel level = Merge.level(s.detail());
            boolean covered = asked == null || level == null || level.compareTo(asked) >= 0;
            if (s.kind() == kind && covered && s.status() == RiskFlag.Status.PRESENT && answerIds.contains(e.getValue())) {
                signals.set(e.getKey(), new Signal(s.kind(), RiskFlag.Status.DENIED, s.detail(), s.historical(), s.recent(),
                        s.lethal(), s.ids(), s.relation(), s.weak()));
            }
        }
    }

    /**
     * In a monologue (a journal entry, a voice note: no clinician turn), the patient's own first-person denial of a
     * kind ("I'm not having thoughts of killing myself", "there was no 'better off dead' under them") is their
     * answer to the safety question they were asked to keep: a meaning reading of the same kind at the denied C-SSRS
     * level or above, from the same monologue, is read as that denial (as a "no" to a clinician's question denies
     * what the matcher read into its answer). A cue the denial does not reach stays PRESENT.
     */
    void monologueDenials() {
        for (java.util.Map.Entry<Integer, String> e : semanticAt.entrySet()) {
            Signal s = signals.get(e.getKey());
            if (s.status() != RiskFlag.Status.PRESENT) {
                continue;
            }
            org.clinicalnotes.note.RiskFlag.CssrsLevel level = Merge.level(s.detail());
            for (int k = 0; k < signals.size(); k++) {
                Signal d = signals.get(k);
                org.clinicalnotes.note.RiskFlag.CssrsLevel denied = Merge.level(d.detail());
                if (d.kind() == s.kind() && d.status() == RiskFlag.Status.DENIED && !semanticAt.containsKey(k)
                        && (denied == null || level == null || level.compareTo(denied) >= 0)) {
                    signals.set(e.getKey(), new Signal(s.kind(), RiskFlag.Status.DENIED, s.detail(), s.historical(),
                            s.recent(), s.lethal(), s.ids(), s.relation(), s.weak()));
                    break;
                }
            }
        }
    }

    private void add(RiskFlag.Kind kind, RiskFlag.Status status, String detail, String context, List<String> ids,
                     String relation) {
        add(kind, status, detail, context, ids, relation, false);
    }

    private void add(RiskFlag.Kind kind, RiskFlag.Status status, String detail, String context, List<String> ids,
                     String relation, boolean weak) {
        signals.add(Merge.signal(kind, status, detail, context, ids, relation, weak));
    }

    static List<String> safetyActions(List<Turn> turns) {
        Set<String> found = new LinkedHashSet<>();
        // Each turn was scanned once for every cue's and action's literals; a regex runs only where one starts.
        for (int a = 0; a < RiskCues.ACTION_PATTERNS.size(); a++) {
            Pattern action = RiskCues.ACTION_PATTERNS.get(a);
            for (Turn t : turns) {
                boolean match = CueScan.any(action, t.text, t.scan);
                if (match) {
                    found.add(RiskCues.ACTION_NAMES.get(a));
                    break;
                }
            }
        }
        return List.copyOf(found);
    }
}
