package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.Context.Hit;
import org.clinicalnotes.risk.RiskCues.Cue;

/**
 * Which risk a clinician's question screens for, read by a multinomial naive Bayes classifier over word stems
 * and adjacent stem pairs, trained at class load on {@code screening-questions.tsv}: 876 questions (about 70 per
 * kind from the screening instruments and clinical speech, 296 ordinary clinical questions that share their
 * words), written from domain knowledge by a session that saw neither the code nor the evaluation sets (568 ordinary
 * ACI-Bench questions, {@code ordinary-questions.tsv}, only with property {@code risk.ordinaryQuestions=true}). It reads
 * the questions no cue or frame recognised, however they are worded, and answers only when one kind is far
 * likelier than an ordinary question. Immutable after load; thread-safe. Not API.
 */
final class QuestionTopics {

    /** Least log-odds of the best kind against an ordinary question. Chosen on the development set. */
    static final double MIN_LOG_ODDS = 4.0;
    private static final int STEM = 6;
    private static final Set<String> STOP = Set.of("the", "and", "you", "your", "any", "are", "have", "has", "had",
            "did", "does", "was", "were", "that", "this", "with", "for", "ever", "about", "been", "what", "how",
            "when", "can", "could", "would", "there", "anything", "anyone", "of", "to", "a", "an", "in", "on", "or",
            "is", "it", "do", "me", "my", "so", "at", "be");
    private static final RiskFlag.Kind[] KINDS = RiskFlag.Kind.values();
    /** The class index of an ordinary question. */
    static final int NONE = KINDS.length;

    static final QuestionTopics DEFAULT = train(rows());

    /**
     * The screening questions, then (only with property {@code risk.ordinaryQuestions=true}) the ordinary ones of
     * {@code ordinary-questions.tsv}: real clinic questions (ACI-Bench train split) that name no risk, so that "so you
     * felt like a spasm?" or "we'll see you in a couple weeks, okay?" stay ordinary. Off by default: with them the
     * ordinary class spreads its weight and the bundled therapy sample's "what would be a more balanced way of
     * seeing the comments?" read as a suicide question (round 5 of issue 12).
     */
    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>(Tsv.rows(QuestionTopics.class, "screening-questions.tsv", 2));
        if (Boolean.parseBoolean(System.getProperty("risk.ordinaryQuestions", "false"))) {
            rows.addAll(Tsv.rows(QuestionTopics.class, "ordinary-questions.tsv", 2));
        }
        return rows;
    }

    private final List<Map<String, Double>> logP;
    /** Single words (stems) that favour some kind over an ordinary question: a question with none is ordinary. */
    private final Set<String> indicative = new HashSet<>();
    private final double[] logPrior;
    private final double[] logUnseen;

    private QuestionTopics(List<Map<String, Double>> logP, double[] logPrior, double[] logUnseen) {
        this.logP = logP;
        this.logPrior = logPrior;
        this.logUnseen = logUnseen;
        for (int c = 0; c < NONE; c++) {
            for (Map.Entry<String, Double> e : logP.get(c).entrySet()) {
                if (e.getKey().indexOf('_') < 0
                        && e.getValue() - logP.get(NONE).getOrDefault(e.getKey(), logUnseen[NONE]) >= 1.0) {
                    indicative.add(e.getKey());
                }
            }
        }
    }

    /** @return the class index of a row's label: a kind's ordinal, or {@link #NONE} */
    static int label(String kind) {
        return kind.equals("NONE") ? NONE : RiskFlag.Kind.valueOf(kind).ordinal();
    }

    /**
     * @param rows {@code kind, question} rows
     * @return a classifier trained on them (Laplace smoothing)
     */
    static QuestionTopics train(List<String[]> rows) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        int[] docs = new int[NONE + 1];
        int[] totals = new int[NONE + 1];
        Set<String> vocabulary = new HashSet<>();
        for (int c = 0; c <= NONE; c++) {
            counts.add(new HashMap<>());
        }
        for (String[] r : rows) {
            int c = label(r[0]);
            docs[c]++;
            for (String t : tokens(r[1])) {
                counts.get(c).merge(t, 1, Integer::sum);
                totals[c]++;
                vocabulary.add(t);
            }
        }
        int v = vocabulary.size() + 1;
        List<Map<String, Double>> logP = new ArrayList<>();
        double[] prior = new double[NONE + 1];
        double[] unseen = new double[NONE + 1];
        for (int c = 0; c <= NONE; c++) {
            Map<String, Double> lp = new HashMap<>();
            for (Map.Entry<String, Integer> e : counts.get(c).entrySet()) {
                lp.put(e.getKey(), Math.log((e.getValue() + 1.0) / (totals[c] + v)));
            }
            logP.add(lp);
            unseen[c] = Math.log(1.0 / (totals[c] + v));
            prior[c] = Math.log((docs[c] + 1.0) / (rows.size() + NONE + 1.0));
        }
        return new QuestionTopics(logP, prior, unseen);
    }

    /** Word stems and adjacent stem pairs; stop words are dropped from the single stems. */
    static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                words.add(w.length() <= STEM ? w : w.substring(0, STEM));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!STOP.contains(words.get(i))) {
                out.add(words.get(i));
            }
            if (i + 1 < words.size()) {
                out.add(words.get(i) + "_" + words.get(i + 1));
            }
        }
        return out;
    }

    /**
     * @param question a question
     * @return the class it most likely screens for: a kind's ordinal, or {@link #NONE} when no kind is at least
     *     {@link #MIN_LOG_ODDS} likelier than an ordinary question
     */
    int classify(String question) {
        if (!hasIndicativeWord(question)) {
            return NONE;
        }
        List<String> ts = tokens(question);
        double[] s = logPrior.clone();
        for (int c = 0; c <= NONE; c++) {
            Map<String, Double> lp = logP.get(c);
            for (String t : ts) {
                s[c] += lp.getOrDefault(t, logUnseen[c]);
            }
        }
        int best = 0;
        for (int c = 1; c < NONE; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return s[best] - s[NONE] >= MIN_LOG_ODDS ? best : NONE;
    }

    private boolean hasIndicativeWord(String question) {
        int n = question.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(question.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && wordChar(question.charAt(i))) {
                i++;
            }
            if (i > s && indicative.contains(question.substring(s, Math.min(i, s + STEM)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'';
    }

    /** @return whether a hit is this classifier's guess (no pattern, not semantic, an empty span at 0) */
    static boolean isGuess(Hit h) {
        return h.cue().pattern() == null && !h.semantic() && h.start() == 0 && h.end() == 0;
    }

    /**
     * @param question a normalised clinician's question
     * @return the kind it screens for, as a hit with an empty span at the start (negation is then read from the
     *     question's opening, "no thoughts of…?"), or nothing
     */
    static List<Hit> hits(String question) {
        int c = DEFAULT.classify(question);
        if (c == NONE) {
            return List.of();
        }
        RiskFlag.Kind kind = KINDS[c];
        String detail = switch (kind) {
            case SUICIDAL_IDEATION, HOMICIDAL_IDEATION -> "active";
            case SUICIDE_ATTEMPT -> "attempt";
            case SELF_HARM -> "self-injury";
            case CHILD_ABUSE, ELDER_ABUSE -> "abuse";
            case INTIMATE_PARTNER_VIOLENCE -> "violence";
            case DANGEROUS_SUBSTANCE_USE -> "dangerous use";
        };
        return List.of(new Hit(new Cue(kind, detail, null, false, false), 0, 0));
    }
}
