package org.clinicalnotes.model.offline;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Utterance;

/**
 * Short exchanges folded into one statement: a question and its yes or no ("any fever?" / "no" becomes
 * "denies fever"), a state asked about ("do you feel safe at home?"), and a fragment answer completed by the
 * question's frame ("how has your mood been?" / "pretty low"). Adds to the drafter's candidates.
 */
final class Folds {

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

    /** A list question ("any shortness of breath, wheezing, facial swelling ...?") may run this long. */
    static final int MAX_TOPIC_WORDS = Integer.getInteger("clinicalnotes.offline.maxTopicWords", 24);

    /** "do you feel safe at home?": group 1 the verb, group 2 the state asked about. */
    private static final Pattern STATE_QUESTION = Pattern.compile(
            "^(?:(?:and|so|now|okay),?\\s{1,3}){0,4}(do you (?:feel|still feel)|are you (?:feeling )?)\\s*((?:safe|okay|ok|alright|hopeful|supported)\\b[a-z ]*)\\?$");

    /** "how much are you drinking?": group 1 the auxiliary, group 2 the verb. */
    private static final Pattern HOW_MUCH_DO_YOU = Pattern.compile(
            "^(?:(?:and|so|now|okay),?\\s{1,3}){0,4}how (?:much|many|often)(?: [a-z]+){0,2}? (do|did|are|were) you ([a-z]+)"
                    + "((?: [a-z]+){0,3})\\?$");

    /** "how long have you had the cough?": group 1 what follows "have you" ("had the cough", "been smoking"). */
    private static final Pattern HOW_LONG_HAVE_YOU = Pattern.compile(
            "^(?:(?:and|so|now|okay),?\\s{1,3}){0,4}how long have you ((?:had|been) [a-z' ]{1,40})\\?$");

    /** "when did the pain start?": group 1 the subject, group 2 the verb. */
    private static final Pattern WHEN_DID = Pattern.compile(
            "^(?:(?:and|so|now|okay),?\\s{1,3}){0,4}when did (this|that|it|the [a-z ]{1,30}|your [a-z ]{1,30}) "
                    + "(start|begin|happen|come on)\\?$");

    /** "when was your last tetanus shot?": group 1 what was last. */
    private static final Pattern WHEN_WAS_LAST = Pattern.compile(
            "^(?:(?:and|so|now|okay),?\\s{1,3}){0,4}when was (?:your|the) (last [a-z -]{1,40})\\?$");

    /** The past forms of the verbs {@link #WHEN_DID} folds. */
    private static final java.util.Map<String, String> PAST = java.util.Map.of("start", "started", "begin", "began",
            "happen", "happened", "come on", "came on");

    /** Verbs of "how much do you ...?" that ask for an opinion, not an amount. */
    private static final java.util.Set<String> NOT_FOLDED_VERBS = java.util.Set.of("think", "know", "want", "mind",
            "remember", "say", "mean", "need", "like", "understand", "care", "believe", "trust", "agree", "worry", "feel",
            "love", "hate", "enjoy", "hope");

    private final PersonRewriter rewriter;
    private final boolean therapy;
    private final UnaryOperator<String> finisher;
    private final List<Candidate> candidates;

    Folds(PersonRewriter rewriter, boolean therapy, UnaryOperator<String> finisher, List<Candidate> candidates) {
        this.rewriter = rewriter;
        this.therapy = therapy;
        this.finisher = finisher;
        this.candidates = candidates;
    }

    private String finish(String text) {
        return finisher.apply(text);
    }

    private static int contentWords(String s) {
        return Drafter.contentWords(s);
    }

    void fold(String question, String questionId, String answer, String answerId) {
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
            NoteTemplate.ContentKind kind = CueClassifier.isRisk(topic) || topic.contains("safe") ? NoteTemplate.ContentKind.RISK
                    : NoteTemplate.ContentKind.REVIEW_OF_SYSTEMS;
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
            foldVerbQuestion(question, questionId, a, answerId);
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
        NoteTemplate.ContentKind kind = CueClassifier.isRisk(topic) ? NoteTemplate.ContentKind.RISK : NoteTemplate.ContentKind.REVIEW_OF_SYSTEMS;
        candidates.add(new Candidate(kind, finish(text), List.of(questionId, answerId), answerId,
                Double.MAX_VALUE));
    }

    /**
     * A yes/no question built on a verb, answered yes or no, becomes the patient's statement in the question's
     * own words: "do you drink alcohol or smoke cigarettes?" / "no, i do not" gives "The patient does not drink
     * alcohol or smoke cigarettes."; "you mentioned you have a history of migraine?" / "yes, that's correct"
     * gives "The patient has a history of migraine.". Only the auxiliary and the verb's person change.
     */
    private void foldVerbQuestion(String question, String questionId, String a, String answerId) {
        Matcher v = VERB_QUESTION.matcher(question);
        Matcher r = RESTATED.matcher(question);
        boolean negative = NEGATIVE.matcher(a).find();
        boolean positive = !negative && POSITIVE.matcher(a).find() && contentWords(a) <= 4;
        if (!negative && !positive) {
            return;
        }
        String subject = rewriter.pronoun().subject;
        String text;
        if (v.find() && !SKIP_FOLD.find(v.group(3)) && TextCleaner.words(v.group(3)).size() <= MAX_TOPIC_WORDS
                && !NOT_A_VERB.contains(v.group(2)) && contentWords(v.group(3)) >= 1) {
            String aux = v.group(1);
            String verb = v.group(2);
            String rest = rewriter.clinicianAboutPatient(v.group(3).strip());
            text = switch (aux) {
                case "do" -> subject + (negative ? " does not " + verb : " " + PersonRewriter.thirdPerson(verb));
                case "are" -> subject + (negative ? " is not " : " is ") + verb;
                case "have" -> subject + (negative ? " has not " : " has ") + verb;
                default -> negative ? subject + " did not " + verb : null;
            };
            if (text == null) {
                return;
            }
            text = text + " " + rest;
        } else if (positive && r.find() && contentWords(r.group(2)) >= 1) {
            String verb = r.group(1);
            text = subject + " " + (verb.equals("are") ? "is" : verb.equals("were") ? "was"
                    : PersonRewriter.thirdPerson(verb)) + " " + rewriter.clinicianAboutPatient(r.group(2).strip());
        } else {
            return;
        }
        NoteTemplate.ContentKind kind = CueClassifier.isRisk(text) ? NoteTemplate.ContentKind.RISK : NoteTemplate.ContentKind.REVIEW_OF_SYSTEMS;
        candidates.add(new Candidate(kind, finish(text), List.of(questionId, answerId), answerId, Double.MAX_VALUE));
    }

    /** "do you drink alcohol?": group 1 the auxiliary, group 2 the verb, group 3 the rest. */
    private static final Pattern VERB_QUESTION = Pattern.compile(
            "^(?:(?:and|so|okay|now),?\\s{1,3}){0,4}(do|did|are|have) you (?:(?:ever|still|currently|usually|also|regularly)\\s+)?"
                    + "([a-z]+) ([a-z0-9][a-z0-9 ,'/-]{0,150}?)\\s*\\?$");

    /** "you mentioned that you have a history of migraine?": group 1 the verb, group 2 the rest. */
    private static final Pattern RESTATED = Pattern.compile(
            "^(?:(?:and|so|okay|now),?\\s{1,3}){0,4}you (?:mentioned|said|told me|had mentioned)(?: that)? you "
                    + "(have|had|take|took|are|were|use|used|smoke|drink) ([a-z0-9][a-z0-9 ,'/-]{0,150}?)\\s*\\?$");

    /** Words after "do you" that are no verb of the patient's ("do you think", "do you know", "do you want"). */
    private static final java.util.Set<String> NOT_A_VERB = java.util.Set.of("think", "know", "want", "mind",
            "remember", "understand", "need", "like", "mean", "see", "agree", "wanna", "recall", "a", "the", "any",
            "some", "been", "had", "got", "you", "have");

    /**
     * Folds a fragment answer into the question it answers: "how has your mood been?" / "pretty low." becomes
     * "Their mood has been pretty low.", "how many nights a week is this happening?" / "probably five nights
     * out of seven." becomes "... this is happening about 5 nights out of 7.".
     */
    boolean foldFragment(String question, String questionId, String answer, Utterance u) {
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
            if (form == null || NOT_FOLDED_VERBS.contains(verb)) {
                return false;
            }
            String rest = m.group(3).strip();
            if (rest.matches("^(?:that|it|this|them|him|her|me|those|these)\\b.*")) {
                return false;   // "how much do you believe that?" asks about a thought, not an amount
            }
            // "how many cigarettes do you smoke a day?" / "half a pack": the question's "a day" is kept
            String tail = rest.isEmpty() || fragment.endsWith(rest.substring(rest.lastIndexOf(' ') + 1)) ? "" : " " + rest;
            text = rewriter.pronoun().subject + " " + form + " " + fragment + tail;
        } else if (HOW_LONG_HAVE_YOU.matcher(question).find()) {
            Matcher m = HOW_LONG_HAVE_YOU.matcher(question);
            m.find();
            String since = fragment.matches("^(?:for|since|over)\\b.*") ? "" : "for ";
            text = rewriter.pronoun().subject + " has " + rewriter.clinicianAboutPatient(m.group(1)) + " " + since
                    + fragment;
        } else if (WHEN_DID.matcher(question).find()) {
            Matcher m = WHEN_DID.matcher(question);
            m.find();
            String subject = m.group(1);
            subject = subject.equals("it") || subject.equals("this") || subject.equals("that") ? "It"
                    : rewriter.finding(subject);
            text = subject + " " + PAST.get(m.group(2)) + " " + fragment;
        } else if (WHEN_WAS_LAST.matcher(question).find()) {
            Matcher m = WHEN_WAS_LAST.matcher(question);
            m.find();
            text = rewriter.pronoun().possessive + " " + m.group(1) + " was " + fragment;
        } else if (often.find()) {
            String subject = often.group(2).equals("it") || often.group(2).equals("this")
                    || often.group(2).equals("that") ? often.group(2) : rewriter.finding(often.group(2));
            text = rewriter.pronoun().subject + " reports " + subject + " " + often.group(1) + " " + often.group(3)
                    + " " + fragment;
        } else {
            return false;
        }
        NoteTemplate.ContentKind kind = CueClassifier.patient(a, therapy);
        candidates.add(new Candidate(kind, finish(text), List.of(questionId, u.id()), u.id(), Double.MAX_VALUE));
        return true;
    }

    /**
     * A fragment answer without a verb ("all over my torso and arms") is not a report: it is quoted with the
     * question it answers ("Asked “where is the rash?”, the patient answered “all over my torso and arms”."),
     * citing both turns. It keeps the relevance of the report it replaces, so the word budget treats it alike.
     */
    boolean quoteFragment(String question, String questionId, String answer, Utterance u, NoteTemplate.ContentKind kind,
                          double relevance) {
        String a = answer.strip().replaceAll("[.!]+$", "");
        if (!QuestionForm.isVerblessFragment(a)) {
            return false;
        }
        String text = "Asked \u201c" + question + "\u201d, " + rewriter.pronoun().subject + " answered \u201c" + a
                + "\u201d";
        candidates.add(new Candidate(kind, finish(text), List.of(questionId, u.id()), u.id(), relevance));
        return true;
    }
}
