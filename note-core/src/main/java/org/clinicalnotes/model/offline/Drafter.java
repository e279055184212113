package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.model.DraftNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.ContentKind;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.SectionSpec;
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

    private static final Pattern FOLD_QUESTION = Pattern.compile(
            "^(?:(?:and|so|okay|now|any|other than that|other)\\s*,?\\s+)*(?:do you have|have you had|have you been having"
                    + "|are you having|are you experiencing|did you have|did you notice|have you noticed|have you experienced"
                    + "|any other|any history of|is there any|was there any|were there any|do you get|did you get"
                    + "|have you ever had|do you ever get|does it|do you feel|are you|any|no)\\s+(?:any\\s+)?(.+?)"
                    + "(?:\\s*,?\\s*(?:or anything like that|anything like that|or anything|at all|lately|recently"
                    + "|any of that|or no|or not|right|that you've noticed))?\\s*\\?$");

    private static final Pattern QUESTION_WORD = Pattern.compile(
            "^(what|how|when|where|why|who|which|is|are|was|were|do|does|did|can|could|will|would|should|have|has"
                    + "|you|i|it|that|this|right|okay|and)\\b|\\b(you|your)\\b");

    private static final Pattern NEGATIVE = Pattern.compile(
            "^(no|nope|nah|not really|none|never|i don't|i haven't|i have not|i do not|negative|not at all|nothing)\\b");
    private static final Pattern POSITIVE = Pattern.compile("^(yes|yeah|yep|yup|i do|i have|sometimes|a little|uh-huh)\\b");
    private static final KeywordPattern SKIP_FOLD = KeywordPattern.compile("\\b(questions?|concerns?|help|ready|okay|sense|that right|else)\\b");

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

    /** "how has your mood been?": group 1 is what the question asks about ("your mood"), group 2 the verb. */
    private static final Pattern HOW_HAS_BEEN = Pattern.compile(
            "^(?:(?:and|so|now|okay)\\s*,?\\s+)*how (has|have|is|are) (your [a-z]+(?: [a-z]+)?) (been|doing|going)\\?$");

    /** "how many nights a week is this happening?": group 1 the verb, group 2 the subject, group 3 the rest. */
    private static final Pattern HOW_OFTEN = Pattern.compile(
            "^(?:(?:and|so|now|okay)\\s*,?\\s+)*how (?:many|much|often|long)\\b[a-z0-9 ]*? (is|are|has|have|was|were)"
                    + " (this|that|it|the [a-z]+) ([a-z]+ing|been [a-z]+ing)\\?$");

    /** Hedges opening a short answer, written as "about". */
    private static final Pattern HEDGE = Pattern.compile("^(?:probably|maybe|roughly|around|i'd say|i think)\\s+");

    /** An answer that is a clause of its own ("i sleep badly") rather than a fragment ("pretty low"). */
    private static final Pattern OWN_CLAUSE = Pattern.compile(
            "^(?:i|i'm|i've|it|it's|that|that's|we|they|he|she|my|there|yes|no|yeah|not|nothing)\\b");

    /**
     * In a therapy session, the clinician's observations, impressions and interventions and the client's
     * response are the note's core: the word budget, whose weights were learnt from medical visits, keeps them.
     */
    private static final Set<ContentKind> THERAPY_CORE = java.util.EnumSet.of(ContentKind.OBSERVATION,
            ContentKind.ASSESSMENT, ContentKind.INTERVENTION, ContentKind.RESPONSE, ContentKind.GOALS,
            ContentKind.RESULTS);

    /** A list question ("any shortness of breath, wheezing, facial swelling ...?") may run this long. */
    static final int MAX_TOPIC_WORDS = Integer.getInteger("clinicalnotes.offline.maxTopicWords", 24);

    /** "do you feel safe at home?": group 1 the verb, group 2 the state asked about. */
    private static final Pattern STATE_QUESTION = Pattern.compile(
            "^(?:(?:and|so|now|okay),?\\s{1,3}){0,4}(do you (?:feel|still feel)|are you (?:feeling )?)\\s*((?:safe|okay|ok|alright|hopeful|supported)\\b[a-z ]*)\\?$");

    /** "how much are you drinking?": group 1 the auxiliary, group 2 the verb. */
    private static final Pattern HOW_MUCH_DO_YOU = Pattern.compile(
            "^(?:(?:and|so|now|okay),?\\s{1,3}){0,4}how (?:much|many(?: [a-z]+)?|often) (do|did|are|were) you ([a-z]+)\\?$");

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
    /** Whether the transcript is a dictated note (one speaker, the clinician). */
    private final boolean dictation;
    /** The content kind the last spoken header of a dictation set. */
    private ContentKind dictatedKind;
    private boolean introFound;
    /** The clinician's question the current patient turn answers, until its first sentence is handled. */
    private String pendingQuestion;
    private String pendingQuestionId;
    /** Speakers' casing of names and acronyms, by lower-case word. */
    private final Map<String, String> casing;
    /** {@link TextCleaner#normalise} of each utterance, computed once. */
    private final String[] normalised;

    private static final Pattern INTRO = Pattern.compile("\\b(?:is|was) an? (?:[a-z]+ )?\\d+ ?-?(?:year[- ]old|years old)\\b|\\b(?:year[- ]old|years old) (?:male|female|man|woman|gentleman|lady|boy|girl|patient)\\b");

    /** Candidate statements in transcript order. */
    private final List<Candidate> candidates = new ArrayList<>();

    private record Candidate(ContentKind kind, String text, List<String> evidence, String utteranceId,
                             double relevance) {
    }

    Drafter(OfflineNoteModel.Options options, Transcript transcript, NoteTemplate template) {
        this.options = options;
        this.transcript = transcript;
        this.template = template;
        List<Utterance> us = transcript.utterances();
        this.normalised = new String[us.size()];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = TextCleaner.normalise(us.get(i).text());
            all.append(normalised[i]).append('\n');
        }
        this.rewriter = new PersonRewriter(inferPronoun(us, normalised));
        this.casing = casing(us);
        this.punctuated = Segmenter.isPunctuated(all.toString());
        this.dictation = org.clinicalnotes.template.VisitKind.isDictation(transcript);
        this.therapy = options.therapyMode().orElseGet(() -> CueClassifier.looksLikeTherapy(all.toString()));
    }

    /** Finishes a statement: clinical form, numbers, punctuation, then the speakers' casing of names. */
    private String finish(String text) {
        String t = recase(TextCleaner.finish(text, options.keepNumberWords()));
        return options.keepNumberWords() ? t : NumberWords.digits(t);
    }

    /**
     * Words the speakers wrote with capitals inside a sentence ("Dr. Patel", "PHQ-9", "Saturday"), by their
     * lower-case form; words also written in lower case are left out. Empty for lower-case transcripts.
     */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof");

    private static Map<String, String> casing(List<Utterance> utterances) {
        Map<String, String> cased = new java.util.HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Utterance u : utterances) {
                String t = u.text();
                if (pass == 0 && !hasUpperCase(t)) {
                    continue;
                }
                scanCasing(t, cased, pass == 1);
            }
            if (cased.isEmpty()) {
                return cased;
            }
        }
        cased.values().removeIf(v -> v.isEmpty());
        return cased;
    }

    private static boolean hasUpperCase(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * First pass: records capitalised words that are not sentence starts (acronyms always). Second pass
     * ({@code lowerPass}): blanks recorded words that also occur in lower case; the caller removes them.
     */
    private static void scanCasing(String t, Map<String, String> cased, boolean lowerPass) {
        int n = t.length();
        int i = 0;
        boolean sentenceStart = true;
        boolean title = false;
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' && !title || c == '?' || c == '!' || c == ':' || c == '"') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            int capitals = 0;
            while (i < n && (Character.isLetterOrDigit(t.charAt(i))
                    || (t.charAt(i) == '-' || t.charAt(i) == '\'') && i + 1 < n
                    && Character.isLetterOrDigit(t.charAt(i + 1)))) {
                if (Character.isUpperCase(t.charAt(i))) {
                    capitals++;
                }
                i++;
            }
            if (lowerPass) {
                if (capitals == 0) {
                    String word = t.substring(start, i);
                    if (cased.containsKey(word)) {
                        cased.put(word, "");
                    }
                }
            } else if (capitals > 0 && (capitals >= 2 || !sentenceStart)) {
                String word = t.substring(start, i);
                String key = word.toLowerCase(Locale.ROOT);
                if (!key.equals("i") && !key.startsWith("i'")) {
                    cased.putIfAbsent(key, word);
                }
                title = TITLES.contains(key);
            } else {
                title = i - start <= 4 && TITLES.contains(t.substring(start, i).toLowerCase(Locale.ROOT));
            }
            sentenceStart = false;
        }
    }

    /** Restores the speakers' casing of names and acronyms in a finished statement. */
    private String recase(String text) {
        if (casing.isEmpty() || text.isEmpty()) {
            return text;
        }
        StringBuilder sb = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || (text.charAt(i) == '-' || text.charAt(i) == '\'') && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
            }
            String cased = casing.get(text.substring(start, i).toLowerCase(Locale.ROOT));
            if (cased != null && cased.length() == i - start) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.replace(start, i, cased);
            }
        }
        return sb == null ? text : sb.toString();
    }

    DraftNote draft() {
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
                fold(lastQuestion, lastQuestionId, norm, u.id());
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
                if (clinician && PROMPT.matcher(s).find()) {
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
            interventions();
        }
        if (chiefComplaint != null && contentWords(chiefComplaint) >= 1) {
            candidates.add(0, new Candidate(ContentKind.CHIEF_COMPLAINT, finish(chiefComplaint),
                    List.of(chiefId), chiefId, Double.MAX_VALUE));
        }
        return assemble();
    }

    /**
     * A dictated sentence keeps its words: its spoken header ("Objective.") or, before any header, its cues
     * set its content kind; dictation commands ("period") are removed; nothing is dropped for relevance.
     */
    private void dictated(String sentence, String id) {
        Dictation.Parsed p = Dictation.parse(sentence);
        if (p.header().isPresent()) {
            dictatedKind = p.header().get();
        }
        String text = p.rest();
        if (text.isEmpty() || contentWords(text) < 1) {
            return;
        }
        ContentKind kind = dictatedKind != null ? dictatedKind
                : CueClassifier.clinician(text, therapy).orElse(ContentKind.PATIENT_REPORT);
        String finished = finish(text);
        if (!finished.isEmpty()) {
            candidates.add(new Candidate(kind, finished, List.of(id), id, Double.MAX_VALUE));
        }
    }

    /**
     * A therapy format with a section for interventions names the techniques the clinician used (found by
     * note-analysis's session analyzer, through {@link org.clinicalnotes.internal.InterventionFinder}), citing the turns that carried them out; the
     * homework itself goes to the plan.
     */
    private void interventions() {
        Optional<SectionSpec> section = template.sectionFor(ContentKind.INTERVENTION);
        if (section.isEmpty() || section.equals(template.sectionFor(ContentKind.PLAN))) {
            return;
        }
        for (var i : org.clinicalnotes.internal.InterventionFinder.findIn(transcript)) {
            if (i.kind().equals("HOMEWORK") || i.evidence().isEmpty()) {
                continue;
            }
            String name = i.kind().toLowerCase(Locale.ROOT).replace('_', ' ').replace("behavioural", "behavioral");
            for (String id : i.evidence()) {
                String said = clinicianStatement(id);
                if (said != null) {
                    candidates.removeIf(c -> c.utteranceId().equals(id) && c.evidence().size() == 1
                            && (c.kind() == ContentKind.INTERVENTION || c.kind() == ContentKind.PLAN));
                    candidates.add(new Candidate(ContentKind.INTERVENTION, Character.toUpperCase(name.charAt(0))
                            + name.substring(1) + ": " + said, List.of(id), id, Double.MAX_VALUE));
                    break;
                }
            }
        }
    }

    /** The first statement-like sentence of a clinician's turn, rewritten, or null. */
    private String clinicianStatement(String id) {
        int at = indexOf(id);
        if (at >= normalised.length) {
            return null;
        }
        for (String raw : TextCleaner.sentences(normalised[at])) {
            String s = TextCleaner.clean(raw);
            if (!s.endsWith("?") && contentWords(s) >= 3) {
                // the clinician's own words, quoted: what was done, without a tense or person to guess
                String quote = recase(s.replaceAll("[.!]+$", ""));
                return "\u201c" + Character.toUpperCase(quote.charAt(0)) + quote.substring(1) + ".\u201d";
            }
        }
        return null;
    }

    private void fold(String question, String questionId, String answer, String answerId) {
        String a = answer.strip();
        Matcher state = STATE_QUESTION.matcher(question);
        if (state.find() && TextCleaner.words(state.group(2)).size() <= 6) {
            // "do you feel safe at home?" / "no": a state said not to hold, never "denies safe at home"
            boolean no = NEGATIVE.matcher(a).find();
            if (!no && !(POSITIVE.matcher(a).find() && contentWords(a) <= 4)) {
                return;
            }
            String topic = rewriter.clinicianAboutPatient(state.group(2));
            boolean feel = state.group(1).contains("feel");
            String text = rewriter.pronoun().subject + (feel ? (no ? " does not feel " : " feels ")
                    : (no ? " is not " : " is ")) + topic;
            ContentKind kind = CueClassifier.isRisk(topic) || topic.contains("safe") ? ContentKind.RISK
                    : ContentKind.REVIEW_OF_SYSTEMS;
            candidates.add(new Candidate(kind, finish(text), List.of(questionId, answerId), answerId,
                    Double.MAX_VALUE));
            return;
        }
        Matcher q = FOLD_QUESTION.matcher(question);
        String topic;
        if (q.find()) {
            topic = q.group(1).strip();
        } else if (TextCleaner.words(question).size() <= 6 && !QUESTION_WORD.matcher(question).find()) {
            topic = question.substring(0, question.length() - 1).strip();
        } else {
            return;
        }
        if (SKIP_FOLD.find(topic) || contentWords(topic) < 1 || TextCleaner.words(topic).size() > MAX_TOPIC_WORDS) {
            return;
        }
        boolean negative = NEGATIVE.matcher(a).find();
        boolean positive = !negative && POSITIVE.matcher(a).find() && contentWords(a) <= 4;
        if (!negative && !positive) {
            return;
        }
        topic = rewriter.clinicianAboutPatient(topic);
        String subject = rewriter.pronoun().subject;
        String text = subject + (negative ? " denies " : " reports ") + topic;
        ContentKind kind = CueClassifier.isRisk(topic) ? ContentKind.RISK : ContentKind.REVIEW_OF_SYSTEMS;
        candidates.add(new Candidate(kind, finish(text), List.of(questionId, answerId), answerId,
                Double.MAX_VALUE));
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
                candidates.add(0, new Candidate(ContentKind.HISTORY, text, List.of(id), id, Double.MAX_VALUE));
            }
            return;
        }
        if (therapy) {
            Matcher last = LAST_SESSION.matcher(s);
            if (last.find()) {
                // "last time we talked about ..." recalls the previous session: history, not plan
                add(ContentKind.HISTORY, "The last session addressed " + rewriter.clinicianAboutPatient(last.group(1)),
                        id, Lexicon.relevance(s));
                return;
            }
        }
        Optional<ContentKind> kind = CueClassifier.clinician(s, therapy);
        if (kind.isEmpty()) {
            return;
        }
        String text = switch (kind.get()) {
            case EXAM, RESULTS, OBSERVATION -> rewriter.finding(s);
            case PLAN, GOALS, INTERVENTION -> rewriter.instruction(s);
            case ASSESSMENT -> rewriter.clinicianAboutPatient(therapy ? I_THINK.matcher(s).replaceFirst("") : s);
            default -> rewriter.clinicianAboutPatient(s);
        };
        add(kind.get(), text, id, Lexicon.relevance(s));
    }

    private void patientSentence(String sentence, Utterance u) {
        String question = pendingQuestion;
        String questionId = pendingQuestionId;
        pendingQuestion = null;
        if (question != null && u.role() == SpeakerRole.PATIENT && foldFragment(question, questionId, sentence, u)) {
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
                ContentKind kind = CueClassifier.isRisk(rest) ? ContentKind.RISK
                        : ContentKind.REVIEW_OF_SYSTEMS;
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
        ContentKind kind = CueClassifier.patient(s, therapy);
        String text;
        if (u.role() == SpeakerRole.PATIENT) {
            text = rewriter.patient(s);
            String subject = rewriter.pronoun().subject;
            if (!text.startsWith(subject + " ") && !text.startsWith(rewriter.pronoun().possessive + " ")) {
                text = subject + " reports " + text;
            }
        } else {
            text = "A family member reports " + s.replaceAll("\\bi'm\\b", "they are").replaceAll("\\bi\\b", "they")
                    .replaceAll("\\bmy\\b", "their");
        }
        add(kind, text, u.id(), Lexicon.relevance(s));
    }

    /**
     * Folds a fragment answer into the question it answers: "how has your mood been?" / "pretty low." becomes
     * "Their mood has been pretty low.", "how many nights a week is this happening?" / "probably five nights
     * out of seven." becomes "... this is happening about 5 nights out of 7.".
     */
    private boolean foldFragment(String question, String questionId, String answer, Utterance u) {
        String a = answer.strip();
        if (a.endsWith("?") || OWN_CLAUSE.matcher(a).find() || TextCleaner.words(a).size() > 8
                || contentWords(a) < 1) {
            return false;
        }
        String fragment = a.substring(0, a.length() - (a.endsWith(".") || a.endsWith("!") ? 1 : 0)).strip();
        fragment = HEDGE.matcher(fragment).replaceFirst("about ");
        String text;
        Matcher has = HOW_HAS_BEEN.matcher(question);
        Matcher often = HOW_OFTEN.matcher(question);
        if (has.find()) {
            String verb = has.group(1).equals("have") || has.group(1).equals("has") ? "has" : "is";
            text = rewriter.finding(has.group(2)) + " " + verb + " " + has.group(3) + " " + fragment;
            if (!text.startsWith(rewriter.pronoun().possessive)) {
                text = rewriter.pronoun().possessive + " " + text;
            }
        } else if (HOW_MUCH_DO_YOU.matcher(question).find()) {
            Matcher m = HOW_MUCH_DO_YOU.matcher(question);
            m.find();
            String verb = m.group(2);
            String aux = m.group(1);
            String form = aux.equals("are") ? "is " + verb : aux.equals("were") ? "was " + verb
                    : aux.equals("did") ? null : PersonRewriter.thirdPerson(verb);
            if (form == null) {
                return false;
            }
            text = rewriter.pronoun().subject + " " + form + " " + fragment;
        } else if (often.find()) {
            String subject = often.group(2).equals("it") || often.group(2).equals("this")
                    || often.group(2).equals("that") ? often.group(2) : rewriter.finding(often.group(2));
            text = rewriter.pronoun().subject + " reports " + subject + " " + often.group(1) + " " + often.group(3)
                    + " " + fragment;
        } else {
            return false;
        }
        ContentKind kind = CueClassifier.patient(a, therapy);
        candidates.add(new Candidate(kind, finish(text), List.of(questionId, u.id()), u.id(), Double.MAX_VALUE));
        return true;
    }

    private void add(ContentKind kind, String text, String id, double relevance) {
        String finished = finish(text);
        if (finished.isEmpty() || !therapy && kind != ContentKind.RISK && relevance < options.minRelevance()) {
            return;
        }
        candidates.add(new Candidate(kind, finished, List.of(id), id, relevance));
    }

    /** Keeps the most note-like candidates within the word budget, in transcript order. */
    private List<Candidate> select() {
        int budget = options.maxWords();
        if (budget <= 0) {
            return candidates;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int c = Double.compare(candidates.get(b).relevance(), candidates.get(a).relevance());
            return c != 0 ? c : Integer.compare(a, b);
        });
        boolean[] keep = new boolean[candidates.size()];
        int used = 0;
        for (int i : order) {
            Candidate c = candidates.get(i);
            int w = TextCleaner.words(c.text().toLowerCase(Locale.ROOT)).size();
            boolean always = c.relevance() == Double.MAX_VALUE || c.kind() == ContentKind.RISK
                    || therapy && THERAPY_CORE.contains(c.kind());
            if (always || used + w <= budget) {
                keep[i] = true;
                used += w;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (keep[i]) {
                out.add(candidates.get(i));
            }
        }
        return out;
    }

    private DraftNote assemble() {
        Map<String, List<Candidate>> bySection = new LinkedHashMap<>();
        for (SectionSpec spec : template.sections()) {
            bySection.put(spec.id(), new ArrayList<>());
        }
        for (Candidate c : select()) {
            SectionSpec spec = place(c.kind());
            if (spec != null) {
                bySection.get(spec.id()).add(c);
            }
        }
        List<NoteSection> sections = new ArrayList<>();
        for (SectionSpec spec : template.sections()) {
            sections.add(new NoteSection(spec.id(), spec.title(), spec.loincCode(), merge(bySection.get(spec.id()))));
        }
        return new DraftNote(sections);
    }

    private SectionSpec place(ContentKind kind) {
        Optional<SectionSpec> direct = template.sectionFor(kind);
        if (direct.isPresent()) {
            return direct.get();
        }
        for (ContentKind k : List.of(ContentKind.PATIENT_REPORT, ContentKind.ASSESSMENT, ContentKind.PLAN)) {
            Optional<SectionSpec> s = template.sectionFor(k);
            if (s.isPresent()) {
                return s.get();
            }
        }
        return template.sections().isEmpty() ? null : template.sections().get(0);
    }

    /** Joins sentences of the same utterance and kind, drops near-duplicates (merging their evidence). */
    private List<NoteStatement> merge(List<Candidate> list) {
        List<String> texts = new ArrayList<>();
        List<Set<String>> evidence = new ArrayList<>();
        List<Set<String>> tokens = new ArrayList<>();
        String lastUtterance = null;
        ContentKind lastKind = null;
        for (Candidate given : list) {
            Candidate c = new Candidate(given.kind(), ClinicalVoice.apply(given.text(), isClinician(given.utteranceId())),
                    given.evidence(), given.utteranceId(), given.relevance());
            Set<String> tok = new HashSet<>(TextCleaner.words(c.text().toLowerCase(Locale.ROOT)));
            int dup = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (jaccard(tok, tokens.get(i)) >= 0.75 || tokens.get(i).containsAll(tok)) {
                    dup = i;
                    break;
                }
            }
            if (dup >= 0) {
                evidence.get(dup).addAll(c.evidence());
                continue;
            }
            if (options.joinSentences() && !dictation && c.utteranceId().equals(lastUtterance) && c.kind() == lastKind
                    && !texts.isEmpty() && c.evidence().size() == 1) {
                int last = texts.size() - 1;
                texts.set(last, texts.get(last) + " " + c.text());
                tokens.get(last).addAll(tok);
                evidence.get(last).addAll(c.evidence());
            } else {
                texts.add(c.text());
                tokens.add(tok);
                evidence.add(new LinkedHashSet<>(c.evidence()));
            }
            lastUtterance = c.utteranceId();
            lastKind = c.kind();
        }
        List<NoteStatement> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(NoteStatement.of(texts.get(i), sortIds(evidence.get(i))));
        }
        return out;
    }

    private boolean isClinician(String utteranceId) {
        int i = indexOf(utteranceId);
        return i < transcript.utterances().size() && transcript.utterances().get(i).role() == SpeakerRole.CLINICIAN;
    }

    private List<String> sortIds(Set<String> ids) {
        TreeSet<String> sorted = new TreeSet<>((a, b) -> {
            int ia = indexOf(a);
            int ib = indexOf(b);
            return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
        });
        sorted.addAll(ids);
        return List.copyOf(sorted);
    }

    private int indexOf(String id) {
        List<Utterance> us = transcript.utterances();
        for (int i = 0; i < us.size(); i++) {
            if (us.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
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

    private static final KeywordPattern MALE = KeywordPattern.compile("\\b(male|man|gentleman|mr|guy|boy|husband)\\b");
    private static final KeywordPattern FEMALE = KeywordPattern.compile("\\b(female|woman|lady|mrs|ms|miss|girl|wife)\\b");
    private static final KeywordPattern HE = KeywordPattern.compile("\\b(he|his|him|he's|himself)\\b");
    private static final KeywordPattern SHE = KeywordPattern.compile("\\b(she|her|she's|herself)\\b");

    private static final Pattern MY_WIFE = Pattern.compile("\\bmy wife\\b");
    private static final Pattern MY_HUSBAND = Pattern.compile("\\bmy husband\\b");
    private static final Pattern SOMEONES_HUSBAND = Pattern.compile("\\b(my|your|her) husband\\b");
    private static final Pattern SOMEONES_WIFE = Pattern.compile("\\b(my|your|his) wife\\b");

    static PersonRewriter.Pronoun inferPronoun(List<Utterance> utterances, String[] normalised) {
        int male = 0;
        int female = 0;
        for (int i = 0; i < normalised.length; i++) {
            Utterance u = utterances.get(i);
            String s = normalised[i];
            if (u.role() == SpeakerRole.PATIENT) {
                // "my wife" suggests a male patient and vice versa; weak evidence
                male += s.contains("wife") ? count(MY_WIFE, s) : 0;
                female += s.contains("husband") ? count(MY_HUSBAND, s) : 0;
                continue;
            }
            male += 3 * MALE.count(s.contains("husband") ? SOMEONES_HUSBAND.matcher(s).replaceAll("") : s);
            female += 3 * FEMALE.count(s.contains("wife") ? SOMEONES_WIFE.matcher(s).replaceAll("") : s);
            KeywordPattern.Words words = KeywordPattern.words(s);
            male += HE.count(words);
            female += SHE.count(words);
        }
        if (male >= female + 1) {
            return PersonRewriter.Pronoun.HE;
        }
        if (female >= male + 1) {
            return PersonRewriter.Pronoun.SHE;
        }
        return PersonRewriter.Pronoun.NEUTRAL;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
