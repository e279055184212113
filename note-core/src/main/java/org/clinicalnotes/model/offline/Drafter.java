package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.SpokenNumbers;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/** One drafting run over one transcript. Not shared between threads; the model makes one per call. */
final class Drafter {

    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "so", "to", "of", "in",
            "on", "at", "for", "with", "is", "are", "was", "were", "be", "been", "it", "it's", "that", "this", "i",
            "you", "he", "she", "we", "they", "me", "my", "your", "his", "her", "do", "does", "did", "have", "has",
            "had", "not", "no", "yes", "yeah", "okay", "just", "like", "what", "there", "that's", "i'm", "you're",
            "if", "as", "then", "um", "uh", "oh", "well", "right", "all", "about", "some", "any", "can", "will",
            "would", "get", "got", "know", "think", "go", "going", "really", "very", "too", "also", "them", "him",
            "from", "up", "out", "how", "when", "where", "who", "which", "because", "don't", "didn't", "let", "thing",
            "things", "lot", "little", "bit", "mean", "sure", "good", "great", "yep", "alright");

    private static final Pattern SMALL_TALK = Pattern.compile(
            "^(hi|hello|hey|good (morning|afternoon|evening)|how are you|how('s| is) (it going|everything|your day)"
                    + "|nice to (meet|see) you|(it's )?(good|great|nice) to see you|thanks?|thank you|bye|goodbye|take care"
                    + "|you're welcome|have a (good|great|nice)|i'm (good|fine|great|doing (well|good|fine|great|okay|alright|pretty good)|pretty good)"
                    + "|not bad|how about you|and you|see you|sounds good|that's (great|good|fine|wonderful|awesome|perfect|fair|right|true|okay)"
                    + "|no problem|of course|i know the nurse|come on in|how have you been|doing (well|good|fine)|pleasure"
                    + "|any questions|do you have any (other )?questions|i appreciate|me too|you too|absolutely|definitely"
                    + "|wonderful|awesome|excellent|cool|fantastic|i understand|i see|makes sense|that makes sense|gotcha"
                    + "|i don't know|no questions|not that i know of|nothing else|i think so|i guess|alright|all right|okay)\\b");

    private static final Pattern VA_PREFIX = Pattern.compile("^(?:.*?\\b)?(?:hey,? )?(?:dragon|dax)[,.]?\\s*");
    private static final Pattern VA_COMMAND = Pattern.compile(
            "^(show me|pull up|insert|finalize|go ahead and finalize|end|open|please (show|pull|insert|finalize)|look at|"
                    + "can you (show|pull)|let's (look|see|pull)|i'd like to (tell|show))\\b");

    private static final Pattern CHIEF = Pattern.compile(
            "\\b(?:presents?|presenting|here|comes? in|coming in|in)\\s+(?:today\\s+|again\\s+)?(?:for|with)\\s+"
                    + "(?:(?:a|an|his|her|the)\\s+)?(?:(?:chief )?complaints? of\\s+|evaluation of\\s+|follow[- ]up (?:of|for|on)\\s+)?"
                    + "([a-z0-9' -]{3,60}?)(?:\\s*(?:[,.;?]|$| and | who | that | which | since | for the | over | after ))");

    /** A patient's "yes", "no" or "no no" opening an answer. Group 1 is set for a "no". */
    private static final Pattern LEADING_ANSWER = Pattern.compile(
            "^(?:(?:yes|yeah|yep|yup|uh-huh|mm-hmm)|((?:no|nope|nah)(?:[\\s,]+(?:no|nope|nah)){0,32}))(?:[\\s,.]+|$)");

    /** Words that start a clause: after "no", they mean the "no" answers the question rather than negating. */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "^(?:i|i'm|i've|i'd|i'll|it|it's|that|that's|we|we're|they|they're|he|she|he's|she's|you|not|but|just"
                    + "|the|because|this|there|there's|so|well|actually|never|only|and|or|what|when|if|my|our|one"
                    + "|yes|yeah|sir|ma'am|doctor|doc|problem|worries|thanks|thank|way|longer|more|less|matter|idea"
                    + "|clue|sure|questions?|concerns?|issues?|changes?|different|anything|nothing|none|aware|a|an|other)\\b|^$");

    /** A therapist recalling the previous session. Group 1 is what was discussed. */
    private static final Pattern LAST_SESSION = Pattern.compile(
            "^(?:last (?:time|session|week)|in our last session|when we (?:last )?met),? we (?:talked|spoke) about (.+)$");

    /** "i think (that)" opening a therapist's impression, dropped from the statement. */
    private static final Pattern I_THINK = Pattern.compile("^i (?:think|believe) (?:that )?");

    /** A clinician's prompt that works as a question ("tell me about your past medical history"). */
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:(?:so|okay|now|and),?\\s{1,3}){0,4}(?:(?:can|could) you |please )?(?:tell me|describe|walk me through|talk to me)\\b");

    static final int MAX_DENIAL_WORDS = Integer.getInteger("clinicalnotes.offline.maxDenialWords", 8);

    private static final KeywordPattern CHIEF_CONTEXT = KeywordPattern.compile(
            "\\b(year[- ]old|presents?|here (today )?(for|with)|complaints?)\\b");

    static final int PATIENT_EXTRA_WORDS = Integer.getInteger("clinicalnotes.offline.patientExtra", 1);

    private final OfflineNoteModel.Options options;
    private final Transcript transcript;
    private final NoteTemplate template;
    private final PersonRewriter rewriter;
    private final boolean therapy;
    private final boolean punctuated;
    /**
     * A short exchange (a phone call, a safety check, a snippet about one section): every content sentence
     * counts, since the relevance weights were learnt from whole visits, where small talk is long.
     */
    static final int SHORT_EXCHANGE_TURNS = Integer.getInteger("clinicalnotes.offline.shortExchangeTurns", 5);
    private final boolean shortExchange;
    /** Whether the transcript is a dictated note (one speaker, the clinician). */
    private final boolean dictation;
    /** A dictated sentence whose subject is the patient ("he continues ..."): a report unless it plans. */
    private static final Pattern NARRATED = Pattern.compile("^(?:he|she|they|the patient|patient)(?:'s)? [a-z]+");
    private static final Pattern PLANNED = Pattern.compile("\\b(?:will|should|is to|needs to|going to|plans? to|agree[sd]? to)\\b");

    /** The content kind the last spoken header of a dictation set. */
    private NoteTemplate.ContentKind dictatedKind;
    /** Whether the last spoken header opened a combined "assessment and plan". */
    private boolean dictatedCombined;
    /** Whether a plan item was dictated since that header. */
    private boolean dictatedPlanStarted;
    /** Whether, before any header, a finding or impression was dictated. */
    private boolean dictatedFindings;
    private boolean introFound;
    /** The clinician's question the current patient turn answers, until its first sentence is handled. */
    private String pendingQuestion;
    private String pendingQuestionId;
    /** Speakers' casing of names and acronyms. */
    private final Casing casing;
    private final Folds folds;
    /** {@link Detokeniser#normalise} of each utterance, computed once. */
    private final String[] normalised;

    private static final Pattern INTRO = Pattern.compile("\\b(?:is|was) an? (?:[a-z]+ )?\\d+ ?-?(?:year[- ]old|years old)\\b|\\b(?:year[- ]old|years old) (?:male|female|man|woman|gentleman|lady|boy|girl|patient)\\b");

    /** Candidate statements in transcript order. */
    private final List<Candidate> candidates = new ArrayList<>();

    Drafter(OfflineNoteModel.Options options, Transcript transcript, NoteTemplate template) {
        this.options = options;
        this.transcript = transcript;
        this.template = template;
        List<Utterance> us = transcript.utterances();
        this.normalised = new String[us.size()];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = Detokeniser.normalise(us.get(i).text());
            all.append(normalised[i]).append('\n');
        }
        this.dictation = org.clinicalnotes.template.VisitKind.isDictation(transcript);
        this.shortExchange = us.size() <= SHORT_EXCHANGE_TURNS;
        this.rewriter = new PersonRewriter(PatientPronoun.infer(us, normalised, dictation));
        this.casing = new Casing(us);
        this.punctuated = Segmenter.isPunctuated(all.toString());
        this.therapy = options.therapyMode().orElseGet(() -> CueClassifier.looksLikeTherapy(all.toString()));
        this.folds = new Folds(rewriter, therapy, this::finish, candidates);
    }

    /** Finishes a statement: clinical form, numbers, punctuation, then the speakers' casing of names. */
    private String finish(String text) {
        String spoken = options.keepNumberWords() ? text : ClinicalForm.readings(SpokenNumbers.digits(text));
        String t = casing.recase(ClinicalForm.finish(spoken, options.keepNumberWords()));
        return options.keepNumberWords() ? t : NumberWords.digits(t);
    }

    NoteModel.Draft draft() {
        String lastQuestion = null;
        String lastQuestionId = null;
        String chiefComplaint = null;
        String chiefId = null;
        List<Utterance> utterances = transcript.utterances();
        for (int ui = 0; ui < utterances.size(); ui++) {
            Utterance u = utterances.get(ui);
            String norm = normalised[ui];
            List<String> sentences = new ArrayList<>();
            for (String sentence : TextCleaner.sentences(norm)) {
                sentences.addAll(Segmenter.split(sentence, punctuated));
            }
            boolean clinician = u.role() == SpeakerRole.CLINICIAN;
            if (!clinician && lastQuestion != null) {
                folds.fold(lastQuestion, lastQuestionId, norm, u.id());
            }
            pendingQuestion = clinician ? null : lastQuestion;
            pendingQuestionId = clinician ? null : lastQuestionId;
            String questionInTurn = null;
            for (String raw : sentences) {
                String s = TextCleaner.clean(raw);
                if (s.isEmpty()) {
                    continue;
                }
                if (CueClassifier.isAssistantCommand(s)) {
                    Matcher va = VA_PREFIX.matcher(s);
                    s = va.find() ? s.substring(va.end()) : s;
                    s = TextCleaner.stripLeading(s);
                    if (s.isEmpty() || VA_COMMAND.matcher(s).find() || CueClassifier.isAssistantCommand(s)) {
                        continue;
                    }
                }
                if (clinician && chiefComplaint == null) {
                    Matcher cc = CHIEF.matcher(s);
                    if (CHIEF_CONTEXT.find(s) && cc.find()) {
                        chiefComplaint = cc.group(1).strip();
                        chiefId = u.id();
                    }
                }
                if (clinician && !therapy && VA_COMMAND.matcher(s).find()) {
                    continue;
                }
                if (clinician && PROMPT.matcher(s).find()
                        || QuestionForm.matches(s) && ui + 1 < utterances.size()
                        && utterances.get(ui + 1).role() != u.role()) {
                    // a prompt, or a question by its structure that the other speaker answers
                    s = s.replaceAll("[.!]+$", "") + "?";
                }
                if (s.endsWith("?")) {
                    if (clinician) {
                        questionInTurn = s;
                    }
                    continue;
                }
                if (isSmallTalk(s) || NonClinical.matches(s)) {
                    continue;
                }
                if (dictation) {
                    dictated(s, u.id());
                    continue;
                }
                if (clinician) {
                    clinicianSentence(s, u.id());
                } else {
                    patientSentence(s, u);
                }
            }
            if (clinician) {
                lastQuestion = questionInTurn;
                lastQuestionId = questionInTurn == null ? null : u.id();
            } else {
                lastQuestion = null;
                lastQuestionId = null;
            }
        }
        if (therapy) {
            // the one call into the session analysis: see Interventions
            new Interventions(template, transcript, normalised, casing, candidates).add();
        }
        if (chiefComplaint != null && contentWords(chiefComplaint) >= 1) {
            candidates.add(0, new Candidate(NoteTemplate.ContentKind.CHIEF_COMPLAINT, finish(chiefComplaint),
                    List.of(chiefId), chiefId, Double.MAX_VALUE));
        }
        return new NoteAssembler(options, template, transcript, therapy, dictation, candidates).assemble();
    }

    /**
     * A dictated sentence keeps its words: its spoken header ("Objective.") or, before any header, its cues
     * set its content kind; dictation commands ("period") are removed; nothing is dropped for relevance.
     */
    private void dictated(String sentence, String id) {
        Dictation.Parsed p = Dictation.parse(sentence);
        if (p.header().isPresent()) {
            dictatedKind = p.header().get();
            dictatedCombined = p.combined();
            dictatedPlanStarted = false;
        }
        String text = p.rest();
        if (text.isEmpty() || contentWords(text) < 1) {
            return;
        }
        NoteTemplate.ContentKind cue = CueClassifier.clinician(text, therapy).orElse(null);
        NoteTemplate.ContentKind kind;
        if (dictatedKind != null && dictatedCombined) {
            // "assessment and plan": the impressions first, then the numbered items and orders
            boolean plan = p.listItem() || cue == NoteTemplate.ContentKind.PLAN
                    || dictatedPlanStarted && cue != NoteTemplate.ContentKind.ASSESSMENT;
            dictatedPlanStarted |= plan;
            kind = plan ? NoteTemplate.ContentKind.PLAN : NoteTemplate.ContentKind.ASSESSMENT;
        } else if (dictatedKind != null) {
            kind = dictatedKind;
        } else if (cue == NoteTemplate.ContentKind.PLAN && NARRATED.matcher(text).find() && !PLANNED.matcher(text).find()) {
            kind = NoteTemplate.ContentKind.PATIENT_REPORT;  // "he continues CBT": the patient's course, not an order
        } else {
            kind = cue == null ? NoteTemplate.ContentKind.PATIENT_REPORT : cue;
            if (EnumSet.of(NoteTemplate.ContentKind.EXAM, NoteTemplate.ContentKind.RESULTS, NoteTemplate.ContentKind.ASSESSMENT).contains(kind)) {
                dictatedFindings = true;
            } else if (!dictatedFindings && EnumSet.of(NoteTemplate.ContentKind.PLAN, NoteTemplate.ContentKind.GOALS,
                    NoteTemplate.ContentKind.INTERVENTION).contains(kind)) {
                // a dictation narrates history, findings, then the plan: before any finding, "was started on"
                // or "seen for follow-up" is history
                kind = NoteTemplate.ContentKind.PATIENT_REPORT;
            }
        }
        String finished = finish(text);
        if (!finished.isEmpty()) {
            candidates.add(new Candidate(kind, finished, List.of(id), id, Double.MAX_VALUE));
        }
    }


    private void clinicianSentence(String s, String id) {
        if (contentWords(s) < options.minContentWords()) {
            return;
        }
        if (!introFound && !therapy && s.contains("old") && INTRO.matcher(s).find()) {
            // the dictated introduction ("x is a 58-year-old male ...") opens the history, as in clinic notes
            introFound = true;
            String text = finish(rewriter.clinicianAboutPatient(s));
            if (!text.isEmpty()) {
                candidates.add(0, new Candidate(NoteTemplate.ContentKind.HISTORY, text, List.of(id), id, Double.MAX_VALUE));
            }
            return;
        }
        if (therapy) {
            Matcher last = LAST_SESSION.matcher(s);
            if (last.find()) {
                // "last time we talked about ..." recalls the previous session: history, not plan
                add(NoteTemplate.ContentKind.HISTORY, "The last session addressed " + rewriter.clinicianAboutPatient(last.group(1)),
                        id, Lexicon.relevance(s));
                return;
            }
        }
        Optional<NoteTemplate.ContentKind> kind = CueClassifier.clinician(s, therapy);
        if (kind.isEmpty()) {
            String finished = finish(s);
            if (!Measurements.holds(finished)) {
                return;
            }
            // a reading with no cue word ("one forty-six over ninety.") is a finding, a dose ("two puffs in the
            // morning") the plan
            kind = Optional.of(!Measurements.holdsReading(finished) ? NoteTemplate.ContentKind.PLAN
                    : therapy ? NoteTemplate.ContentKind.RESULTS : NoteTemplate.ContentKind.EXAM);
        } else if ((kind.get() == NoteTemplate.ContentKind.PLAN || kind.get() == NoteTemplate.ContentKind.ASSESSMENT) && splitAtPlan(s, id)) {
            return;
        } else if (EnumSet.of(NoteTemplate.ContentKind.RESULTS, NoteTemplate.ContentKind.EXAM).contains(kind.get()) && CueClassifier.isScoreWithBand(s)) {
            // a score with its band ("fifteen means it's not well controlled") is the clinician's assessment
            kind = Optional.of(NoteTemplate.ContentKind.ASSESSMENT);
        }
        String text = switch (kind.get()) {
            case EXAM, RESULTS, OBSERVATION -> rewriter.finding(s);
            case PLAN, GOALS, INTERVENTION -> rewriter.instruction(s);
            case ASSESSMENT -> rewriter.clinicianAboutPatient(therapy ? I_THINK.matcher(s).replaceFirst("") : s);
            default -> rewriter.clinicianAboutPatient(s);
        };
        add(kind.get(), text, id, Lexicon.relevance(s));
    }

    /**
     * A sentence that states an impression and then the plan ("so your asthma is not well controlled, probably
     * triggered by the cat, and i'd like to switch you ...") is split at the clause where the plan starts: the
     * impression goes to the assessment, the rest to the plan; both cite the utterance.
     */
    private boolean splitAtPlan(String s, String id) {
        if (!CueClassifier.hasAssessmentCue(s)) {
            return false;
        }
        Matcher m = CLAUSE_BREAK.matcher(s);
        while (m.find()) {
            String head = s.substring(0, m.start()).strip();
            String tail = s.substring(m.end()).strip();
            if (contentWords(head) < 2 || contentWords(tail) < 1) {
                continue;
            }
            if (CueClassifier.clinician(head, therapy).orElse(null) != NoteTemplate.ContentKind.ASSESSMENT) {
                return false;   // the impression must come first, before any plan
            }
            if (CueClassifier.clinician(tail, therapy).orElse(null) == NoteTemplate.ContentKind.PLAN) {
                String impression = rewriter.clinicianAboutPatient(therapy ? I_THINK.matcher(head).replaceFirst("") : head);
                add(NoteTemplate.ContentKind.ASSESSMENT, impression, id, Lexicon.relevance(head));
                add(NoteTemplate.ContentKind.PLAN, rewriter.instruction(TextCleaner.stripLeading(tail)), id, Lexicon.relevance(tail));
                return true;
            }
        }
        return false;
    }

    /** Where a sentence may be split into clauses: a comma, a semicolon or a dash before "and"/"so"/"but" or a subject. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;]\\s+(?:(?:and|so|but|then)\\s+)?(?=(?:i|i'm|i'd|i'll|we|we'll|we're|let's|let|my|our|the plan|plan)\\b)"
                    + "|\\s+(?:and|so)\\s+(?=(?:i'd|i'll|i'm going|we'll|we're going|let's|i want|i would)\\b)");

    private void patientSentence(String sentence, Utterance u) {
        String question = pendingQuestion;
        String questionId = pendingQuestionId;
        pendingQuestion = null;
        if (question != null && NonClinical.isIdentity(question)) {
            return;     // the answer to an identity check ("can you confirm your date of birth?") is not clinical
        }
        if (question != null && u.role() == SpeakerRole.PATIENT && folds.foldFragment(question, questionId, sentence, u)) {
            return;
        }
        String s = sentence;
        Matcher yn = LEADING_ANSWER.matcher(s);
        if (yn.find()) {
            String rest = s.substring(yn.end()).strip();
            boolean no = yn.group(1) != null;
            if (no && !CLAUSE_START.matcher(rest).find() && u.role() == SpeakerRole.PATIENT
                    && TextCleaner.words(rest).size() <= MAX_DENIAL_WORDS && contentWords(rest) >= 1) {
                String text = rewriter.pronoun().subject + " denies " + rewriter.patient(rest);
                NoteTemplate.ContentKind kind = CueClassifier.isRisk(rest) ? NoteTemplate.ContentKind.RISK
                        : NoteTemplate.ContentKind.REVIEW_OF_SYSTEMS;
                List<String> evidence = List.of(u.id());
                Candidate last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
                if (last != null && last.utteranceId().equals(u.id()) && last.evidence().size() == 2
                        && last.relevance() == Double.MAX_VALUE && last.text().contains(" denies ")) {
                    // the answer's own words ("no fever or chills") replace the question's fold ("any fever?")
                    evidence = last.evidence();
                    candidates.remove(candidates.size() - 1);
                }
                candidates.add(new Candidate(kind, finish(text), evidence, u.id(), Double.MAX_VALUE));
                return;
            }
            s = rest;
        }
        if (contentWords(s) < options.minContentWords() + PATIENT_EXTRA_WORDS) {
            return;
        }
        NoteTemplate.ContentKind kind = CueClassifier.patient(s, therapy);
        String text;
        if (u.role() == SpeakerRole.PATIENT) {
            text = rewriter.patient(s);
            String subject = rewriter.pronoun().subject;
            if (!text.startsWith(subject + " ") && !text.startsWith(rewriter.pronoun().possessive + " ")) {
                double relevance = Lexicon.relevance(s);
                if (question != null && (therapy || shortExchange || kind == NoteTemplate.ContentKind.RISK
                        || relevance >= options.minRelevance())
                        && folds.quoteFragment(question, questionId, s, u, kind, relevance)) {
                    return;
                }
                text = subject + " reports " + text;
            }
        } else {
            text = "A family member reports " + s.replaceAll("\\bi'm\\b", "they are").replaceAll("\\bi\\b", "they")
                    .replaceAll("\\bmy\\b", "their");
        }
        add(kind, text, u.id(), Lexicon.relevance(s));
    }


    private void add(NoteTemplate.ContentKind kind, String text, String id, double relevance) {
        String finished = finish(text);
        if (finished.isEmpty() || !therapy && !shortExchange && kind != NoteTemplate.ContentKind.RISK
                && relevance < options.minRelevance() && !Measurements.pins(kind, finished)) {
            return;
        }
        candidates.add(new Candidate(kind, finished, List.of(id), id, relevance));
    }


    static boolean isSmallTalk(String s) {
        return SMALL_TALK.matcher(s).find() && TextCleaner.words(s).size() <= 8;
    }

    static int contentWords(String s) {
        int n = 0;
        for (String w : TextCleaner.words(s)) {
            if (!STOPWORDS.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
