package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.internal.Tsv;

/**
 * A port of VADER's valence scoring (Hutto and Gilbert, ICWSM 2014; vaderSentiment.py, MIT licence): lexicon
 * valence per word, negation in the three words before, boosters and dampeners, capitals as emphasis, "but" shifts,
 * "least", special phrases, exclamation and question emphasis, and the normalised compound score. Emoji handling and
 * the emoticon-specific rules are left out (transcripts carry none). Three project deviations for spoken text:
 * spoken "like" counts as liking only after a subject or an auxiliary, and "pretty" before another word is a
 * degree adverb; "stop", "quit" and "help" undo a negation
 * before them ("couldn't stop crying"); phrases in {@code phrases.tsv} replace the valences of their words. The
 * lexicon and rule words are resources.
 * Immutable and thread-safe.
 */
final class Vader {

    static final double N_SCALAR = -0.74;
    static final double C_INCR = 0.733;

    private final Map<String, Double> lexicon;
    private final Map<String, Double> boosters;
    private final Set<String> negations;
    private final Map<String, Double> special;
    /** Project phrases (phrases.tsv) keyed by first word: whole phrase words and valence. */
    private final Map<String, List<Phrase>> phrases;

    record Phrase(String[] words, double valence) {
    }

    private Vader(Map<String, Double> lexicon, Map<String, Double> boosters, Set<String> negations,
                  Map<String, Double> special, Map<String, List<Phrase>> phrases) {
        this.lexicon = lexicon;
        this.boosters = boosters;
        this.negations = negations;
        this.special = special;
        this.phrases = phrases;
    }

    static Vader load() {
        Map<String, Double> lex = new HashMap<>(10_000);
        for (String[] row : Tsv.rows(Vader.class, "vader-lexicon.tsv", 2)) {
            lex.put(row[0], Double.parseDouble(row[1]));
        }
        Map<String, Double> boost = new HashMap<>();
        Set<String> neg = new HashSet<>();
        Map<String, Double> spec = new HashMap<>();
        for (String[] row : Tsv.rows(Vader.class, "vader-rules.tsv", 3)) {
            switch (row[0]) {
                case "booster" -> boost.put(row[1], Double.parseDouble(row[2]));
                case "negation" -> neg.add(row[1]);
                case "special" -> spec.put(row[1], Double.parseDouble(row[2]));
                default -> throw new IllegalStateException("vader-rules.tsv: unknown kind " + row[0]);
            }
        }
        Map<String, List<Phrase>> ph = new HashMap<>();
        for (String[] row : Tsv.rows(Vader.class, "phrases.tsv", 2)) {
            String[] words = row[0].strip().toLowerCase(Locale.ROOT).split(" ");
            ph.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, Double.parseDouble(row[1])));
        }
        ph.replaceAll((k, v) -> {
            v.sort((a, b) -> b.words().length - a.words().length);
            return List.copyOf(v);
        });
        return new Vader(Map.copyOf(lex), Map.copyOf(boost), Set.copyOf(neg), Map.copyOf(spec), Map.copyOf(ph));
    }

    /** The result of one text: compound in [-1, 1], and the per-token valences (0 for tokens without one). */
    record Scored(double compound, double positive, double negative, List<String> tokens, double[] valences) {
    }

    boolean inLexicon(String lower) {
        return lexicon.containsKey(lower);
    }

    boolean isBooster(String lower) {
        return boosters.containsKey(lower);
    }

    Scored score(String text) {
        List<String> words = tokens(text);
        int n = words.size();
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words.get(i).toLowerCase(Locale.ROOT);
        }
        boolean capDiff = capDifferential(words);
        double[] s = new double[n];
        boolean[] inPhrase = new boolean[n];
        for (int i = 0; i < n; i++) {
            Phrase p = phraseAt(lower, i);
            if (p != null) {
                s[i] = p.valence();
                for (int k = 0; k < p.words().length; k++) {
                    inPhrase[i + k] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (inPhrase[i] || boosters.containsKey(lower[i]) || isSpokenBooster(lower, i)) {
                continue;
            }
            if (lower[i].equals("like") && (i == 0 || !LIKERS.contains(stripped(lower[i - 1])))) {
                continue; // spoken "like" (I feel like, it was like) is a filler or a comparison, not liking
            }
            if (i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of")) {
                continue;
            }
            s[i] = valence(words, lower, i, capDiff);
        }
        butCheck(lower, s);
        return summarise(s, text, words);
    }

    /** Words after which "like" means liking. */
    private static final Set<String> LIKERS = Set.of("i", "we", "you", "they", "really", "would", "i'd", "we'd",
            "don't", "didn't", "dont", "didnt", "do", "did", "not", "to", "actually", "also", "kinda");
    /** Verbs that undo a negation before them: "couldn't stop crying" is crying. */
    private static final Set<String> UNDOERS = Set.of("stop", "stopped", "quit", "help");

    private Phrase phraseAt(String[] lower, int i) {
        List<Phrase> list = phrases.get(stripped(lower[i]));
        if (list == null) {
            return null;
        }
        for (Phrase p : list) {
            if (i + p.words().length > lower.length) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < p.words().length && all; k++) {
                all = stripped(lower[i + k]).equals(p.words()[k]);
            }
            if (all) {
                return p;
            }
        }
        return null;
    }

    /** The word without its leading and trailing punctuation. */
    static String stripped(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }

    private double valence(List<String> words, String[] lower, int i, boolean capDiff) {
        Double base = lexicon.get(lower[i]);
        if (base == null) {
            return 0;
        }
        int n = lower.length;
        double v = base;
        if (lower[i].equals("no") && i != n - 1 && lexicon.containsKey(lower[i + 1])) {
            v = 0.0;
        }
        if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
                || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
            v = base * N_SCALAR;
        }
        if (isUpper(words.get(i)) && capDiff) {
            v += v > 0 ? C_INCR : -C_INCR;
        }
        for (int start = 0; start < 3; start++) {
            int j = i - (start + 1);
            if (j >= 0 && !lexicon.containsKey(lower[j])) {
                double sc = scalar(words.get(j), lower[j], v, capDiff);
                if (start == 1) {
                    sc *= 0.95;
                } else if (start == 2) {
                    sc *= 0.9;
                }
                v += sc;
                v = negationCheck(v, lower, start, i);
                if (start == 2) {
                    v = specialCheck(v, lower, i);
                }
            }
        }
        return leastCheck(v, lower, i);
    }

    /** Spoken "pretty" before another word is a degree adverb ("pretty rough"), not "beautiful". */
    private static boolean isSpokenBooster(String[] lower, int i) {
        return lower[i].equals("pretty") && i + 1 < lower.length;
    }

    private double scalar(String word, String lower, double valence, boolean capDiff) {
        Double b = lower.equals("pretty") ? Double.valueOf(0.293) : boosters.get(lower);
        if (b == null) {
            return 0;
        }
        double sc = valence < 0 ? -b : b;
        if (isUpper(word) && capDiff) {
            sc += valence > 0 ? C_INCR : -C_INCR;
        }
        return sc;
    }

    private boolean negated(String w) {
        return negations.contains(w) || w.contains("n't");
    }

    private double negationCheck(double v, String[] w, int start, int i) {
        if (start > 0 && UNDOERS.contains(w[i - 1])) {
            return v;
        }
        if (start == 0) {
            if (negated(w[i - 1])) {
                v *= N_SCALAR;
            }
        } else if (start == 1) {
            if (w[i - 2].equals("never") && (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
                v *= 1.25;
            } else if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
                return v;
            } else if (negated(w[i - 2])) {
                v *= N_SCALAR;
            }
        } else {
            if (w[i - 3].equals("never") && (w[i - 2].equals("so") || w[i - 2].equals("this"))
                    || (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
                v *= 1.25;
            } else if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
                return v;
            } else if (negated(w[i - 3])) {
                v *= N_SCALAR;
            }
        }
        return v;
    }

    private double specialCheck(double v, String[] w, int i) {
        String oneZero = w[i - 1] + " " + w[i];
        String twoOneZero = w[i - 2] + " " + w[i - 1] + " " + w[i];
        String twoOne = w[i - 2] + " " + w[i - 1];
        String threeTwoOne = w[i - 3] + " " + w[i - 2] + " " + w[i - 1];
        String threeTwo = w[i - 3] + " " + w[i - 2];
        for (String seq : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
            Double sp = special.get(seq);
            if (sp != null) {
                v = sp;
                break;
            }
        }
        if (w.length - 1 > i) {
            Double sp = special.get(w[i] + " " + w[i + 1]);
            if (sp != null) {
                v = sp;
            }
        }
        if (w.length - 1 > i + 1) {
            Double sp = special.get(w[i] + " " + w[i + 1] + " " + w[i + 2]);
            if (sp != null) {
                v = sp;
            }
        }
        for (String gram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double b = boosters.get(gram);
            if (b != null) {
                v += b;
            }
        }
        return v;
    }

    private double leastCheck(double v, String[] w, int i) {
        if (i > 1 && !lexicon.containsKey(w[i - 1]) && w[i - 1].equals("least")) {
            if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
                v *= N_SCALAR;
            }
        } else if (i > 0 && !lexicon.containsKey(w[i - 1]) && w[i - 1].equals("least")) {
            v *= N_SCALAR;
        }
        return v;
    }

    private static void butCheck(String[] w, double[] s) {
        int bi = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("but")) {
                bi = i;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        for (int i = 0; i < s.length; i++) {
            if (i < bi) {
                s[i] *= 0.5;
            } else if (i > bi) {
                s[i] *= 1.5;
            }
        }
    }

    private static Scored summarise(double[] s, String text, List<String> words) {
        double sum = 0;
        for (double x : s) {
            sum += x;
        }
        double emph = punctuationEmphasis(text);
        if (sum > 0) {
            sum += emph;
        } else if (sum < 0) {
            sum -= emph;
        }
        double compound = s.length == 0 ? 0 : normalize(sum);
        double pos = 0;
        double neg = 0;
        int neu = 0;
        for (double x : s) {
            if (x > 0) {
                pos += x + 1;
            } else if (x < 0) {
                neg += x - 1;
            } else {
                neu++;
            }
        }
        if (pos > Math.abs(neg)) {
            pos += emph;
        } else if (pos < Math.abs(neg)) {
            neg -= emph;
        }
        double total = pos + Math.abs(neg) + neu;
        double p = total == 0 ? 0 : Math.abs(pos / total);
        double ng = total == 0 ? 0 : Math.abs(neg / total);
        return new Scored(compound, p, ng, words, s);
    }

    static double punctuationEmphasis(String text) {
        int ep = 0;
        int qm = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                ep++;
            } else if (c == '?') {
                qm++;
            }
        }
        double amp = Math.min(ep, 4) * 0.292;
        if (qm > 1) {
            amp += qm <= 3 ? qm * 0.18 : 0.96;
        }
        return amp;
    }

    static double normalize(double score) {
        double norm = score / Math.sqrt(score * score + 15);
        return Math.max(-1.0, Math.min(1.0, norm));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(stripPunctuation(text.substring(start, i)));
            }
        }
        return out;
    }

    private static String stripPunctuation(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && isPunct(token.charAt(a))) {
            a++;
        }
        while (b > a && isPunct(token.charAt(b - 1))) {
            b--;
        }
        return b - a <= 2 ? token : token.substring(a, b);
    }

    private static boolean isPunct(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    static boolean isUpper(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }

    private static boolean capDifferential(List<String> words) {
        int caps = 0;
        for (String w : words) {
            if (isUpper(w)) {
                caps++;
            }
        }
        int diff = words.size() - caps;
        return diff > 0 && diff < words.size();
    }
}
