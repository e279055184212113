package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.note.RiskKind;
import org.clinicalnotes.note.RiskSeverity;
import org.clinicalnotes.note.RiskStatus;
import org.clinicalnotes.risk.RiskCues.Cue;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety screen: a local, deterministic reading of the conversation for suicidal ideation (passive,
 * active, with method, plan, intent or means), past suicide attempts, self-harm, homicidal ideation,
 * child, elder and intimate-partner abuse or neglect, and medically dangerous substance use (overdose,
 * withdrawal with seizures). It needs no model and no network, so the note generator runs it on the
 * <em>original</em> transcript whatever model drafts the note.
 *
 * <p>How it reads:
 * <ul>
 *   <li>A clinician's question that names a risk ("have you had thoughts of killing yourself?") is answered
 *       by the next patient turn: "no" gives {@link RiskStatus#DENIED}, "sometimes, yeah" gives
 *       {@link RiskStatus#PRESENT}, anything else {@link RiskStatus#UNCLEAR}. Safety questions ("do you
 *       feel safe at home?") read the other way round.</li>
 *   <li>What the patient (or someone else present) says is read clause by clause: a negation a few words
 *       before the cue ("I'd never kill myself", "I don't want to die") denies it; a hypothetical frame
 *       ("if I lost my job I'd want to die") makes it unclear; past-time words ("years ago", "in college")
 *       mark it as history; a third person as subject ("my brother tried to kill himself") is not the
 *       patient's risk and is skipped (abuse of a child is kept whoever speaks of it).</li>
 *   <li>Signals are merged per kind: PRESENT wins over UNCLEAR, which wins over DENIED, so a late
 *       disclosure after an early denial is never lost. Severity follows C-SSRS levels: wish to be dead
 *       {@link RiskSeverity#LOW}; active thoughts {@link RiskSeverity#MODERATE}; method, plan, intent,
 *       means or recent behaviour {@link RiskSeverity#HIGH}; history only {@link RiskSeverity#LOW}.</li>
 *   <li>Safety actions said anywhere in the conversation (safety plan, crisis line / 988, means
 *       restriction, emergency department, referral, protective services report) are attached to every
 *       flag that is not denied.</li>
 * </ul>
 *
 * <p>A screen, not a diagnosis: it errs towards surfacing, and the clinician decides. Immutable and
 * thread-safe; logs counts only, never text.
 *
 * @since 0.1.0
 */
public final class RiskScreen {

    private static final Logger LOG = LoggerFactory.getLogger(RiskScreen.class);
    private static final RiskScreen INSTANCE = new RiskScreen();
    /** How many later utterances still count as talking about suicidal ideation once it came up. */
    private static final int SI_CONTEXT = 6;
    private static final int NEGATION_WINDOW = 6;

    private RiskScreen() {
    }

    /** @return the screen */
    public static RiskScreen create() {
        return INSTANCE;
    }

    /**
     * Screens a conversation and returns the flags, one per kind raised, in {@link RiskKind} order.
     *
     * @param transcript the original transcript; not null
     * @return the flags; empty when no risk was raised
     */
    public List<RiskFlag> screen(Transcript transcript) {
        return findings(transcript).stream().map(RiskFinding::flag).toList();
    }

    /**
     * Screens a conversation and returns the findings with their C-SSRS-aligned details.
     *
     * @param transcript the original transcript; not null
     * @return the findings, one per kind raised, in {@link RiskKind} order
     */
    public List<RiskFinding> findings(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        List<Utterance> us = transcript.utterances();
        List<Signal> signals = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        int siContextUntil = -1;
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            String text = normalise(u.text());
            if (u.role() == SpeakerRole.CLINICIAN) {
                boolean siTopic = siContextUntil >= i;
                List<Pending> asked = clinicianTurn(u.id(), text, signals, siTopic);
                if (!asked.isEmpty()) {
                    pending = asked;
                    if (asked.stream().anyMatch(p -> p.kind == RiskKind.SUICIDAL_IDEATION)) {
                        siContextUntil = Math.max(siContextUntil, i + 2);
                    }
                } else if (isQuestion(text)) {
                    pending = new ArrayList<>();
                }
                continue;
            }
            int before = signals.size();
            if (!pending.isEmpty()) {
                answer(u.id(), text, pending, signals);
                pending = new ArrayList<>();
            }
            patientTurn(u.id(), text, signals, siContextUntil >= i);
            for (int s = before; s < signals.size(); s++) {
                if (signals.get(s).kind == RiskKind.SUICIDAL_IDEATION && signals.get(s).status == RiskStatus.PRESENT) {
                    siContextUntil = Math.max(siContextUntil, i + SI_CONTEXT);
                }
            }
        }
        List<String> actions = safetyActions(us);
        List<RiskFinding> out = merge(signals, actions, transcript);
        LOG.debug("risk screen: {} utterances, {} signals, {} findings", us.size(), signals.size(), out.size());
        return out;
    }

    /**
     * Whether a text names a kind of risk in words the screen recognises, in any grammatical person
     * ("thinking about killing herself" names suicidal ideation). Negation and speaker are ignored: this
     * answers "does the text talk about it", as {@link org.clinicalnotes.check.RiskCoverageCheck} needs.
     *
     * @param kind the kind; not null
     * @param text any text, for example a note statement; not null
     * @return whether a cue for that kind occurs
     */
    public boolean mentions(RiskKind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        String s = normalise(Objects.requireNonNull(text, "text"))
                .replaceAll("\\b(?:the\\s+)?(?:patient|client|pt)'s\\b", "my")
                .replaceAll("\\b(?:the\\s+)?(?:patient|client|pt)\\b", "me")
                .replaceAll("\\b(?:himself|herself|themselves|themself)\\b", "myself")
                .replaceAll("\\b(?:his|her|their)\\b", "my");
        for (Cue c : RiskCues.CUES) {
            if (c.kind() == kind && !c.inverted() && CuePrefilter.mayMatch(c.pattern(), s.toLowerCase(Locale.ROOT))
                    && c.pattern().matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    // ---- clinician turns ------------------------------------------------------------------------------

    private List<Pending> clinicianTurn(String id, String text, List<Signal> signals, boolean siTopic) {
        List<Pending> asked = new ArrayList<>();
        for (String sentence : sentences(text)) {
            boolean question = isQuestion(sentence);
            List<Hit> hits = hits(sentence, RiskCues.CUES);
            if (siTopic && question) {
                hits.addAll(hits(sentence, RiskCues.SI_DETAILS));
            }
            for (Hit h : hits) {
                if (question) {
                    asked.add(new Pending(h.cue.kind(), h.cue.detail(), id, h.cue.inverted()));
                } else if (RiskCues.REFLECTION.matcher(sentence).find()) {
                    RiskStatus st = negated(sentence, h) ? RiskStatus.DENIED : RiskStatus.PRESENT;
                    signals.add(signal(h.cue.kind(), st, h.cue.detail(), sentence, List.of(id)));
                } else if (!RiskCues.CRISIS_INSTRUCTION.matcher(sentence).find()
                        && !RiskCues.HYPOTHETICAL.matcher(sentence.substring(0, h.start)).find()) {
                    // "I'd like to ask about thoughts of suicide." opens the topic like a question does.
                    asked.add(new Pending(h.cue.kind(), h.cue.detail(), id, h.cue.inverted()));
                }
            }
        }
        return asked;
    }

    private static boolean isQuestion(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || RiskCues.QUESTION_START.matcher(s).find();
    }

    // ---- answers to a clinician's risk question ----------------------------------------------------------

    private void answer(String id, String text, List<Pending> pending, List<Signal> signals) {
        List<String> ss = sentences(text);
        String first = ss.isEmpty() ? "" : RiskCues.ANSWER_FILLER.matcher(ss.get(0).strip()).replaceFirst("");
        Boolean yes = null;
        if (RiskCues.ANSWER_UNCLEAR.matcher(first).find()) {
            yes = null;
        } else if (RiskCues.ANSWER_NO.matcher(first).find()) {
            yes = Boolean.FALSE;
        } else if (RiskCues.ANSWER_YES.matcher(first).find()) {
            yes = Boolean.TRUE;
        }
        Set<RiskKind> seen = new LinkedHashSet<>();
        for (Pending p : pending) {
            if (!seen.add(p.kind) && yes == null) {
                continue;
            }
            boolean ownCue = hits(text, RiskCues.CUES).stream().anyMatch(h -> h.cue.kind() == p.kind)
                    || p.kind == RiskKind.SUICIDAL_IDEATION
                    && hits(text, RiskCues.SI_DETAILS).stream().anyMatch(h -> !negated(text, h));
            RiskStatus status;
            if (yes == null) {
                if (ownCue) {
                    continue; // the answer's own words decide
                }
                status = RiskStatus.UNCLEAR;
            } else {
                status = yes ^ p.inverted ? RiskStatus.PRESENT : RiskStatus.DENIED;
            }
            signals.add(signal(p.kind, status, p.inverted ? "disclosed" : p.detail, text, List.of(p.questionId, id)));
        }
    }

    // ---- patient (and other people present) turns -------------------------------------------------------

    private void patientTurn(String id, String text, List<Signal> signals, boolean siTopic) {
        for (String sentence : sentences(text)) {
            boolean asking = sentence.strip().endsWith("?");
            List<Hit> hits = hits(sentence, RiskCues.CUES);
            boolean siHere = siTopic || hits.stream().anyMatch(h -> h.cue.kind() == RiskKind.SUICIDAL_IDEATION
                    && !negated(sentence, h));
            if (siHere) {
                hits.addAll(hits(sentence, RiskCues.SI_DETAILS));
            }
            for (Hit h : hits) {
                Cue c = h.cue;
                if (RiskCues.PRONOUN_VIOLENCE.equals(c.detail())) {
                    RiskKind k = RiskCues.ELDER_PERPETRATOR.matcher(text).find() ? RiskKind.ELDER_ABUSE
                            : RiskCues.PARENT_PERPETRATOR.matcher(text).find() ? RiskKind.CHILD_ABUSE
                            : RiskKind.INTIMATE_PARTNER_VIOLENCE;
                    c = new Cue(k, "violence", c.pattern(), true, false);
                    h = new Hit(c, h.start, h.end);
                }
                if (c.inverted()) {
                    continue; // "safe at home" said by the patient is not a disclosure either way
                }
                if (isOtherPerson(sentence, h)) {
                    continue;
                }
                boolean detailOnly = RiskCues.SI_DETAILS.contains(c);
                RiskStatus status;
                if (negated(sentence, h)) {
                    if (detailOnly) {
                        continue; // "I don't have a plan" does not deny the ideation itself
                    }
                    status = RiskStatus.DENIED;
                } else if (asking || RiskCues.HYPOTHETICAL.matcher(sentence.substring(0, h.start)).find()) {
                    status = RiskStatus.UNCLEAR;
                } else {
                    status = RiskStatus.PRESENT;
                }
                // Time words anywhere in the turn date it ("Once, when I was nineteen. I took a bottle of pills.")
                signals.add(signal(c.kind(), status, c.detail(), text, List.of(id)));
                if (c.kind() == RiskKind.SUICIDE_ATTEMPT && sentence.substring(h.start, h.end).contains("overdos")) {
                    signals.add(signal(RiskKind.DANGEROUS_SUBSTANCE_USE, status, "overdose", text, List.of(id)));
                }
                if (c.kind() == RiskKind.DANGEROUS_SUBSTANCE_USE && status == RiskStatus.PRESENT
                        && sentence.matches(".*\\b(?:on\\s+purpose|to\\s+(?:kill|end)\\s+(?:myself|my\\s+life)|wanted\\s+to\\s+die)\\b.*")) {
                    signals.add(signal(RiskKind.SUICIDE_ATTEMPT, status, "attempt", text, List.of(id)));
                }
            }
        }
    }

    /** A third person is the subject, or the cue is reflexive to someone else. Abuse of a child counts anyway. */
    private static boolean isOtherPerson(String sentence, Hit h) {
        RiskKind k = h.cue.kind();
        String matched = sentence.substring(h.start, h.end);
        if (RiskCues.OTHER_REFLEXIVE.matcher(matched).find()) {
            return true;
        }
        if (h.cue.selfExplicit() || k == RiskKind.CHILD_ABUSE || k == RiskKind.ELDER_ABUSE
                || k == RiskKind.INTIMATE_PARTNER_VIOLENCE) {
            return false;
        }
        String before = clauseBefore(sentence, h.start);
        int lastOther = lastMatch(RiskCues.OTHER_PERSON, before);
        int lastSelf = lastMatch(RiskCues.SELF_PERSON, before);
        if (k == RiskKind.HOMICIDAL_IDEATION) {
            return lastOther > lastSelf; // "he wants to kill someone"; the object him/her is in the cue
        }
        return lastOther >= 0 && lastOther > lastSelf;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static String clauseBefore(String sentence, int start) {
        String before = sentence.substring(0, start);
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        return cut >= 0 ? before.substring(cut + 1) : before;
    }

    /** A negator within a few words before the cue, in the same clause, or a denial right after it. */
    private static boolean negated(String sentence, Hit h) {
        if (RiskCues.INNER_NEGATION.matcher(sentence.substring(h.start, h.end)).find()) {
            return true;
        }
        String before = clauseBefore(sentence, h.start);
        before = RiskCues.PSEUDO_NEGATION.matcher(before).replaceAll(" ");
        String[] words = before.strip().split("[^a-z0-9']+");
        int seen = 0;
        for (int i = words.length - 1; i >= 0 && seen < NEGATION_WINDOW; i--) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            seen++;
            if (RiskCues.SCOPE_BREAK.matcher(w).matches()) {
                break;
            }
            if (RiskCues.NEGATOR.matcher(w).matches()) {
                return true;
            }
        }
        String after = sentence.substring(h.end);
        int cut = after.indexOf(',');
        return RiskCues.POST_NEGATION.matcher(cut >= 0 ? after.substring(0, cut) : after).find()
                && !after.strip().startsWith("no one")
                && !after.matches("^\\W*no\\s+(?:matter|reason|point).*");
    }

    // ---- matching --------------------------------------------------------------------------------------

    private static List<Hit> hits(String sentence, List<Cue> cues) {
        List<Hit> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Cue c : cues) {
            if (!CuePrefilter.mayMatch(c.pattern(), lower)) {
                continue;
            }
            Matcher m = c.pattern().matcher(sentence);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    if (taken[i]) {
                        free = false;
                        break;
                    }
                }
                if (!free) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                out.add(new Hit(c, m.start(), m.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace("cannot", "can not").replaceAll("\\s+", " ");
    }

    /** Sentences, keeping their final punctuation so questions can be told apart. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == ';') {
                boolean decimal = c == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1));
                if (!decimal) {
                    String s = text.substring(start, i + 1).strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                    start = i + 1;
                }
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static Signal signal(RiskKind kind, RiskStatus status, String detail, String context, List<String> ids) {
        boolean historical = RiskCues.HISTORY.matcher(context).find() && !RiskCues.RECENT.matcher(context).find();
        boolean recent = RiskCues.RECENT.matcher(context).find();
        boolean lethal = RiskCues.LETHAL.matcher(context).find();
        return new Signal(kind, status, detail, historical, recent, lethal, ids);
    }

    // ---- merging ---------------------------------------------------------------------------------------

    private static List<RiskFinding> merge(List<Signal> signals, List<String> actions, Transcript transcript) {
        Map<RiskKind, List<Signal>> byKind = new EnumMap<>(RiskKind.class);
        for (Signal s : signals) {
            byKind.computeIfAbsent(s.kind, k -> new ArrayList<>()).add(s);
        }
        List<String> order = transcript.utterances().stream().map(Utterance::id).toList();
        List<RiskFinding> out = new ArrayList<>();
        for (Map.Entry<RiskKind, List<Signal>> e : byKind.entrySet()) {
            RiskKind kind = e.getKey();
            List<Signal> all = e.getValue();
            RiskStatus status = all.stream().anyMatch(s -> s.status == RiskStatus.PRESENT) ? RiskStatus.PRESENT
                    : all.stream().anyMatch(s -> s.status == RiskStatus.UNCLEAR) ? RiskStatus.UNCLEAR : RiskStatus.DENIED;
            List<Signal> chosen = all.stream().filter(s -> s.status == status).toList();
            Set<String> ev = new LinkedHashSet<>();
            Set<String> details = new LinkedHashSet<>();
            boolean historical = true;
            RiskSeverity severity = RiskSeverity.NONE;
            for (Signal s : chosen) {
                ev.addAll(s.ids);
                if (s.detail != null) {
                    details.add(s.detail);
                }
                if (!s.historical) {
                    historical = false;
                }
                if (s.recent && (kind == RiskKind.SUICIDE_ATTEMPT || kind == RiskKind.SELF_HARM
                        || kind == RiskKind.DANGEROUS_SUBSTANCE_USE)) {
                    details.add("recent");
                }
                severity = max(severity, severity(kind, s));
            }
            if (status == RiskStatus.PRESENT && kind == RiskKind.SUICIDAL_IDEATION) {
                // C-SSRS: the highest feature said anywhere in the conversation counts.
                for (Signal s : all) {
                    if (s.status == RiskStatus.PRESENT && s.detail != null) {
                        details.add(s.detail);
                    }
                }
                if (details.contains("active") || details.contains("method") || details.contains("plan")) {
                    details.remove("passive");
                }
            }
            if (status == RiskStatus.DENIED) {
                severity = RiskSeverity.NONE;
                details.clear();
                historical = false;
            } else if (status == RiskStatus.UNCLEAR) {
                severity = RiskSeverity.LOW;
                historical = false;
            }
            List<String> evidence = ev.stream().sorted((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)))
                    .toList();
            List<String> acts = status == RiskStatus.DENIED ? List.of() : actions;
            details.remove("disclosed");
            out.add(new RiskFinding(new RiskFlag(kind, status, severity, evidence, acts), List.copyOf(details),
                    historical));
        }
        return out;
    }

    private static RiskSeverity severity(RiskKind kind, Signal s) {
        if (s.status != RiskStatus.PRESENT) {
            return RiskSeverity.NONE;
        }
        if (s.historical) {
            return RiskSeverity.LOW;
        }
        return switch (kind) {
            case SUICIDAL_IDEATION -> switch (s.detail == null ? "" : s.detail) {
                case "passive" -> RiskSeverity.LOW;
                case "method", "plan", "intent", "means" -> RiskSeverity.HIGH;
                default -> RiskSeverity.MODERATE;
            };
            case SUICIDE_ATTEMPT, SELF_HARM, DANGEROUS_SUBSTANCE_USE ->
                    s.recent || "withdrawal seizure".equals(s.detail) ? RiskSeverity.HIGH : RiskSeverity.MODERATE;
            case HOMICIDAL_IDEATION, INTIMATE_PARTNER_VIOLENCE, ELDER_ABUSE ->
                    s.lethal ? RiskSeverity.HIGH : RiskSeverity.MODERATE;
            case CHILD_ABUSE -> RiskSeverity.HIGH;
        };
    }

    private static RiskSeverity max(RiskSeverity a, RiskSeverity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static List<String> safetyActions(List<Utterance> us) {
        Set<String> found = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>(us.size());
        for (Utterance u : us) {
            texts.add(normalise(u.text()));
        }
        for (int a = 0; a < RiskCues.ACTION_PATTERNS.size(); a++) {
            Pattern action = RiskCues.ACTION_PATTERNS.get(a);
            for (String text : texts) {
                if (CuePrefilter.mayMatch(action, text) && action.matcher(text).find()) {
                    found.add(RiskCues.ACTION_NAMES.get(a));
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private record Hit(Cue cue, int start, int end) {
    }

    private static final class Pending {
        final RiskKind kind;
        final String detail;
        final String questionId;
        final boolean inverted;

        Pending(RiskKind kind, String detail, String questionId, boolean inverted) {
            this.kind = kind;
            this.detail = detail;
            this.questionId = questionId;
            this.inverted = inverted;
        }
    }

    private record Signal(RiskKind kind, RiskStatus status, String detail, boolean historical, boolean recent,
                          boolean lethal, List<String> ids) {
    }
}
