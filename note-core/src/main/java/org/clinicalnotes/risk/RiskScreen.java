package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.Context.Hit;
import org.clinicalnotes.risk.RiskCues.Cue;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety screen: a local, deterministic reading of the conversation for suicidal ideation (with its
 * C-SSRS level), suicide attempts, self-harm, homicidal ideation, child, elder and intimate-partner abuse
 * or neglect (with the perpetrator's relationship), and medically dangerous substance use. It needs no
 * network, so the note generator runs it on the <em>original</em> transcript whatever model drafts the note.
 *
 * <p>How it reads:
 * <ul>
 *   <li><b>Dialogue.</b> A clinician's question that names a risk sets the topic, and the patient's whole
 *       answer (every sentence of every turn until the clinician asks something else) answers it: a
 *       disclosure after a hedge wins over the hedge, a bare count answers "how many times", and a
 *       negatively phrased question reads "no" and "right" as a denial. Safety questions ("do you feel safe
 *       at home?") read the other way round. The relationship named in the question (a mother's boyfriend,
 *       a son, a home aide) decides the kind and perpetrator of an abuse disclosure.</li>
 *   <li><b>Context</b>, in the manner of NegEx/ConText: negation before a cue or right after it, a
 *       hypothetical frame, another person as experiencer, media and accidents, the clinician speaking;
 *       a scope ends at a clause boundary or at "but", so "not planning anything, but I wish I were dead"
 *       is a passive wish.</li>
 *   <li><b>Meaning.</b> Cue patterns live in resource files ({@code cues.tsv} and its neighbours). When a
 *       {@link SemanticRiskMatcher} is present (module {@code note-semantic}), sentences without a cue that
 *       pass a generous word pre-filter are read by meaning too, so a paraphrase is caught; the same context
 *       rules apply to its hits.</li>
 *   <li><b>Merging.</b> PRESENT wins over UNCLEAR, which wins over DENIED, so a late disclosure after an
 *       early denial is never lost. Endorsed history (an attempt at nineteen) stays PRESENT with severity
 *       low and is marked historical; a current denial ("not anymore") is DENIED.</li>
 * </ul>
 *
 * <p>A screen, not a diagnosis: it errs towards surfacing, and the clinician decides. Immutable and
 * thread-safe; logs counts only, never text.
 *
 * @since 0.1.0
 */
public final class RiskScreen {

    private static final Logger LOG = LoggerFactory.getLogger(RiskScreen.class);
    /** The version of the lexical screen, part of {@link #id()}. */
    static final String LEXICAL_ID = "lexical/5";
    private static final RiskScreen LEXICAL = new RiskScreen(null, null);
    /** How many later utterances still count as talking about suicidal ideation once it came up. */
    private static final int SI_CONTEXT = 6;

    private final SemanticRiskMatcher matcher;
    private final RiskModel model;
    /**
     * A semantic hit at least this close stands on its own; a weaker one counts only when something else in
     * the conversation (a cue, a frame, a question, a strong hit) raised the same kind.
     */
    static final double STRONG_SIMILARITY = 0.57;

    private RiskScreen(SemanticRiskMatcher matcher, RiskModel model) {
        this.matcher = matcher;
        this.model = model;
    }

    private static final class Discovered {
        static final RiskScreen DEFAULT = discover();

        private static RiskScreen discover() {
            for (SemanticRiskMatcher m : ServiceLoader.load(SemanticRiskMatcher.class,
                    RiskScreen.class.getClassLoader())) {
                LOG.debug("risk screen: semantic matcher {} found", m.id());
                RiskModel model = null;
                for (RiskModel r : ServiceLoader.load(RiskModel.class, RiskScreen.class.getClassLoader())) {
                    LOG.debug("risk screen: model {} found", r.id());
                    model = r;
                    break;
                }
                return new RiskScreen(m, model);
            }
            return LEXICAL;
        }
    }

    /**
     * The default screen: lexical, plus the semantic matcher when a provider of
     * {@link SemanticRiskMatcher} (module {@code note-semantic}) is on the class path, and then the learned
     * {@link RiskModel} too when one is provided.
     *
     * @return the screen
     */
    public static RiskScreen create() {
        return Discovered.DEFAULT;
    }

    /** @return the lexical screen alone, whatever is on the class path */
    public static RiskScreen lexical() {
        return LEXICAL;
    }

    /**
     * @param matcher the semantic matcher to add to the lexical screen; not null
     * @return a screen that uses it
     */
    public static RiskScreen withMatcher(SemanticRiskMatcher matcher) {
        return new RiskScreen(Objects.requireNonNull(matcher, "matcher"), null);
    }

    /**
     * @param matcher the semantic matcher; not null
     * @param model the learned model that reads the dialogue units after the rules; not null
     * @return a screen that uses both
     * @since 0.3.0
     */
    public static RiskScreen withModel(SemanticRiskMatcher matcher, RiskModel model) {
        return new RiskScreen(Objects.requireNonNull(matcher, "matcher"), Objects.requireNonNull(model, "model"));
    }

    /**
     * @return this screen without its learned model (the rules and the semantic matcher only)
     * @since 0.3.0
     */
    public RiskScreen withoutModel() {
        return model == null ? this : new RiskScreen(matcher, null);
    }

    /**
     * @return which screen this is, for a note's metadata: {@code lexical/5}, {@code lexical/5+<matcher id>} or
     *     {@code lexical/5+<matcher id>+<model id>}
     */
    public String id() {
        return matcher == null ? LEXICAL_ID
                : LEXICAL_ID + "+" + matcher.id() + (model == null ? "" : "+" + model.id());
    }

    /**
     * @return the learned model, when this screen has one
     * @since 0.3.0
     */
    public Optional<RiskModel> model() {
        return Optional.ofNullable(model);
    }

    /** @return the semantic matcher, when this screen has one */
    public Optional<SemanticRiskMatcher> semanticMatcher() {
        return Optional.ofNullable(matcher);
    }

    /**
     * Screens a conversation and returns the flags, one per kind raised, in {@link RiskFlag.Kind} order.
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
     * @return the findings, one per kind raised, in {@link RiskFlag.Kind} order
     */
    public List<RiskFinding> findings(Transcript transcript) {
        Read r = read(transcript);
        if (model == null) {
            return r.rules;
        }
        List<Merge.Signal> signals = ModelPass.apply(model, r.units(), r.signals, r.rules, r.turns);
        return signals == r.signals ? r.rules : Merge.findings(signals, r.actions, transcript);
    }

    /**
     * Reads a conversation with the rules (and the semantic matcher, when this screen has one) and returns
     * what they found with the conversation cut into {@link DialogueUnit}s, as the learned model sees them: for
     * training and evaluating a {@link RiskModel}. The learned model itself is not applied.
     *
     * @param transcript the transcript; not null
     * @return the rules' findings and the units
     * @since 0.3.0
     */
    public DialogueReading dialogueReading(Transcript transcript) {
        Read r = read(transcript);
        return new DialogueReading(r.rules, r.units());
    }

    /**
     * What the rules read in a conversation, and its units.
     *
     * @param rules the rules' findings, one per kind raised
     * @param units every unit of the conversation, in order
     * @since 0.3.0
     */
    public record DialogueReading(List<RiskFinding> rules, List<DialogueUnit> units) {

        /** Copies. */
        public DialogueReading {
            rules = List.copyOf(rules);
            units = List.copyOf(units);
        }
    }

    /** The rules' reading of one conversation. */
    private final class Read {
        final List<Turn> turns;
        final List<Merge.Signal> signals;
        final List<String> actions;
        final List<RiskFinding> rules;

        Read(List<Turn> turns, List<Merge.Signal> signals, List<String> actions, List<RiskFinding> rules) {
            this.turns = turns;
            this.signals = signals;
            this.actions = actions;
            this.rules = rules;
        }

        List<DialogueUnit> units() {
            return Units.build(turns, signals, matcher);
        }
    }

    private Read read(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        List<Utterance> us = transcript.utterances();
        List<Turn> turns = new ArrayList<>(us.size());
        for (Utterance u : us) {
            turns.add(new Turn(u, Context.normalise(u.text())));
        }
        int embedded = matcher == null ? 0 : SemanticPass.run(matcher, turns);
        Reading reading = new Reading();
        List<Pending> pending = new ArrayList<>();
        List<Integer> answer = new ArrayList<>();
        int siContextUntil = -1;
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (t.u.role() == SpeakerRole.CLINICIAN) {
                Set<RiskFlag.Kind> previous = new LinkedHashSet<>();
                pending.forEach(p -> previous.add(p.kind()));
                List<Pending> asked = reading.clinician(t, siContextUntil >= i, previous);
                boolean question = t.anyQuestion;
                if (!asked.isEmpty() || question) {
                    reading.answer(pending, answer, turns);
                    pending = asked;
                    answer = new ArrayList<>();
                    if (asked.stream().anyMatch(p -> p.kind() == RiskFlag.Kind.SUICIDAL_IDEATION)) {
                        siContextUntil = Math.max(siContextUntil, i + 2);
                    }
                }
                continue;
            }
            if (!pending.isEmpty()) {
                answer.add(i);
            }
            // The relationship that decides an abuse kind is often in the clinician's question: read the
            // turns just before with this one (built only when the turn has something to read).
            int at = i;
            String question = pending.isEmpty() ? null : pending.get(0).questionText();
            java.util.function.Supplier<String> recent = () -> {
                StringBuilder sb = new StringBuilder();
                for (int k = Math.max(0, at - 3); k < at; k++) {
                    sb.append(turns.get(k).text).append(' ');
                }
                if (question != null) {
                    sb.append(question).append(' ');
                }
                return sb.toString();
            };
            if (reading.patient(t, siContextUntil >= i, recent)) {
                siContextUntil = Math.max(siContextUntil, i + SI_CONTEXT);
            }
        }
        reading.answer(pending, answer, turns);
        if (turns.stream().noneMatch(t -> t.u.role() == SpeakerRole.CLINICIAN)) {
            reading.monologueDenials();
        }
        List<String> actions = Reading.safetyActions(turns);
        List<RiskFinding> out = Merge.findings(reading.signals(), actions, transcript);
        LOG.debug("risk screen: {} utterances, {} embedded, {} signals, {} findings", us.size(), embedded,
                reading.signals().size(), out.size());
        return new Read(turns, reading.signals(), actions, out);
    }

    /**
     * Whether a text names a kind of risk in words the screen recognises, in any grammatical person
     * ("thinking about killing herself" names suicidal ideation), or in a clinical term for it ("SI",
     * "self-harm", "overdose"). Negation and speaker are ignored: this answers "does the text talk about
     * it", as the strict risk-coverage check needs.
     *
     * @param kind the kind; not null
     * @param text any text, for example a note statement; not null
     * @return whether a cue or clinical term for that kind occurs
     */
    public boolean mentions(RiskFlag.Kind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (RiskCues.COVERAGE.get(kind).matcher(text).find()) {
            return true;
        }
        String s = Context.normalise(text)
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


    /** One utterance, normalised, with its sentences and the cue, frame and semantic hits of each. */
    static final class Turn {
        final Utterance u;
        final String text;
        final List<String> sentences;
        final List<List<Hit>> cueHits = new ArrayList<>();
        final List<List<Hit>> semanticHits = new ArrayList<>();
        /** Per sentence, whether it is a clinician's question (false for everyone else). */
        final List<Boolean> questions = new ArrayList<>();
        boolean anyQuestion;
        /** Where the cue and action literals start in {@link #text}. */
        final CueScan.Found scan;

        Turn(Utterance u, String text) {
            this.u = u;
            this.text = text;
            this.sentences = Context.sentences(text);
            boolean clinician = u.role() == SpeakerRole.CLINICIAN;
            // One literal scan of the whole utterance serves its sentences and the safety actions.
            this.scan = CueScan.scan(text);
            int cursor = 0;
            for (String s : sentences) {
                int at = text.indexOf(s, cursor);
                cursor = at + s.length();
                CueScan.remember(s, scan.slice(at, s.length()));
                List<Hit> hs = Context.hits(s, RiskCues.CUES);
                boolean question = clinician && Reading.isQuestion(s);
                questions.add(question);
                anyQuestion |= question;
                // Frames read what the cues do not: kinds no cue found. "Hurt yourself on purpose" is self-harm
                // (the cue's), not an attempt (the on-purpose frame's).
                boolean selfDirected = question && hs.stream().anyMatch(h -> h.cue().kind() == RiskFlag.Kind.SELF_HARM);
                if (question || !clinician && RiskCues.FIRST_PERSON.matcher(s).find()) {
                    for (Hit f : Frames.hits(s, question)) {
                        // A patient's own abuse disclosure names the patient as the one harmed ("…hits me").
                        boolean ok = (question || !Merge.isAbuse(f.cue().kind()) || RiskCues.VICTIM_OBJECT.matcher(s).find())
                                && !(selfDirected && f.cue().kind() == RiskFlag.Kind.SUICIDE_ATTEMPT);
                        if (ok && hs.stream().noneMatch(h -> h.cue().kind() == f.cue().kind())) {
                            hs.add(f);
                        }
                    }
                }
                if (question && hs.isEmpty()) {
                    // A screening question no cue or frame recognised, read by the question classifier.
                    hs.addAll(QuestionTopics.hits(s));
                }
                cueHits.add(hs);
                semanticHits.add(new ArrayList<>());
            }
        }

        /** @return the cue hits then the semantic hits of a sentence, the semantic ones only for kinds no cue found */
        List<Hit> hits(int sentence) {
            List<Hit> cue = cueHits.get(sentence);
            List<Hit> sem = semanticHits.get(sentence);
            if (sem.isEmpty()) {
                return new ArrayList<>(cue);
            }
            List<Hit> out = new ArrayList<>(cue);
            Set<RiskFlag.Kind> added = new LinkedHashSet<>();
            for (Hit h : sem) {
                boolean read = cue.stream().anyMatch(c -> c.cue().kind() == h.cue().kind()
                        && c.start() < h.end() && h.start() < c.end());
                if (!read && added.add(h.cue().kind())) {
                    out.add(h);
                }
            }
            return out;
        }
    }

    /** A risk topic a clinician raised, waiting for the answer. */
    record Pending(RiskFlag.Kind kind, String detail, String questionId, boolean inverted, boolean negative,
                   boolean count, String questionText, boolean reflection) {
    }
}
