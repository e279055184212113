package org.clinicalnotes.between;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicalnotes.internal.Tsv;

/**
 * The shipped {@link TextScorer}: a weighted word list ({@code affect.tsv}) read with the context rules of
 * lexicon sentiment scorers (VADER-style): a negator in the three words before a term cancels a negative
 * term and turns a positive one ("not okay") into mild distress; intensifiers and diminishers in the two
 * words before scale it; a clause after "but" weighs more than the one before; a clause or sentence ends
 * the reach of a negation. Calm and hopeful words lower both scores. Raw sums map to 0-1 by
 * {@code 1 - exp(-sum / 1.5)}. Immutable and thread-safe.
 */
final class LexiconTextScorer implements TextScorer {

    static final LexiconTextScorer DEFAULT = load("affect.tsv");

    private enum Role { ANXIETY, DISTRESS, BOTH, CALM, NEGATOR, INTENSIFIER, DIMINISHER, CONTRAST }

    private record Term(String[] words, boolean prefix, Role role, double weight) {
    }

    /** Terms by their first word (longest first); prefix terms by their first three letters. */
    private final Map<String, List<Term>> byFirst = new HashMap<>();
    private final Map<String, List<Term>> prefixes = new HashMap<>();

    private LexiconTextScorer(List<Term> terms) {
        for (Term t : terms) {
            if (t.prefix && t.words.length == 1) {
                prefixes.computeIfAbsent(t.words[0].substring(0, Math.min(3, t.words[0].length())),
                        k -> new ArrayList<>()).add(t);
            } else {
                byFirst.computeIfAbsent(t.words[0], k -> new ArrayList<>()).add(t);
            }
        }
        byFirst.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
    }

    static LexiconTextScorer load(String resource) {
        List<Term> terms = new ArrayList<>();
        for (String[] f : Tsv.rows(LexiconTextScorer.class, resource, 3)) {
            String term = f[0].strip().toLowerCase(Locale.ROOT);
            boolean prefix = term.endsWith("*");
            if (prefix) {
                term = term.substring(0, term.length() - 1);
            }
            terms.add(new Term(term.split(" "), prefix, Role.valueOf(f[1].strip().toUpperCase(Locale.ROOT)),
                    Double.parseDouble(f[2].strip())));
        }
        return new LexiconTextScorer(terms);
    }

    @Override
    public TextScore score(String text) {
        if (text == null || text.isEmpty()) {
            return TextScore.NONE;
        }
        Tokens tk = Tokens.of(text);
        int n = tk.size();
        double anxiety = 0;
        double distress = 0;
        double calm = 0;
        List<String> evidence = new ArrayList<>();
        int lastNegator = -10;
        int clauseStart = 0;
        double multiplier = 1;
        int multiplierAt = -10;
        double before = 1;
        for (int i = 0; i < n; i++) {
            if (tk.boundary(i)) {
                clauseStart = i;
                lastNegator = -10;
                before = 1;
            }
            Term t = match(tk, i);
            if (t == null) {
                continue;
            }
            int len = t.words.length;
            switch (t.role) {
                case NEGATOR -> lastNegator = i;
                case INTENSIFIER, DIMINISHER -> {
                    multiplier = multiplierAt >= i - 2 ? multiplier * t.weight : t.weight;
                    multiplierAt = i + len - 1;
                }
                case CONTRAST -> {
                    // what came before "but" weighs less: scale what was counted so far in this text
                    anxiety *= 0.6;
                    distress *= 0.6;
                    calm *= 0.6;
                    lastNegator = -10;
                    clauseStart = i;
                }
                default -> {
                    boolean negated = lastNegator >= Math.max(clauseStart, i - 3);
                    double w = t.weight * (multiplierAt >= i - 2 && multiplierAt < i ? multiplier : 1) * before;
                    if (t.role == Role.CALM) {
                        if (negated) {
                            distress += 0.8 * w;
                            evidence.add(tk.span(lastNegator, i + len - 1));
                        } else {
                            calm += w;
                        }
                    } else if (!negated) {
                        if (t.role != Role.DISTRESS) {
                            anxiety += t.role == Role.BOTH ? 0.6 * w : w;
                        }
                        if (t.role != Role.ANXIETY) {
                            distress += t.role == Role.BOTH ? 0.6 * w : w;
                        }
                        evidence.add(tk.span(i, i + len - 1));
                    }
                }
            }
            i += len - 1;
        }
        double a = Math.max(0, anxiety - 0.6 * calm);
        double d = Math.max(0, distress - 0.6 * calm);
        return new TextScore(squash(d), squash(a), evidence);
    }

    private static double squash(double x) {
        return 1 - Math.exp(-x / 1.5);
    }

    private Term match(Tokens tk, int i) {
        String w = tk.word(i);
        List<Term> ts = byFirst.get(w);
        if (ts != null) {
            for (Term t : ts) {
                if (matchesAt(tk, i, t)) {
                    return t;
                }
            }
        }
        if (w.length() >= 3) {
            List<Term> ps = prefixes.get(w.substring(0, 3));
            if (ps != null) {
                for (Term t : ps) {
                    if (w.startsWith(t.words[0])) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(Tokens tk, int i, Term t) {
        if (i + t.words.length > tk.size()) {
            return false;
        }
        for (int k = 1; k < t.words.length; k++) {
            if (tk.boundary(i + k) || !tk.word(i + k).equals(t.words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Words of a text, lower-cased without apostrophes, with their offsets and clause boundaries. */
    static final class Tokens {
        private final String text;
        private final List<String> words = new ArrayList<>();
        private final List<int[]> spans = new ArrayList<>();
        private final List<Boolean> boundaries = new ArrayList<>();

        private Tokens(String text) {
            this.text = text;
        }

        static Tokens of(String text) {
            Tokens t = new Tokens(text);
            int n = text.length();
            int i = 0;
            boolean boundary = true;
            StringBuilder sb = new StringBuilder();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    int start = i;
                    sb.setLength(0);
                    while (i < n) {
                        char d = text.charAt(i);
                        if (Character.isLetterOrDigit(d)) {
                            sb.append(Character.toLowerCase(d));
                        } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                            // can't -> cant
                        } else {
                            break;
                        }
                        i++;
                    }
                    String w = sb.toString();
                    if (w.equals("cannot")) {
                        t.add("can", start, start + 3, boundary);
                        t.add("not", start + 3, i, false);
                    } else {
                        t.add(w, start, i, boundary);
                    }
                    boundary = false;
                } else {
                    if (c == '.' || c == '!' || c == '?' || c == ';' || c == ',' || c == '\n' || c == ':') {
                        boundary = true;
                    }
                    i++;
                }
            }
            return t;
        }

        private void add(String w, int s, int e, boolean boundary) {
            words.add(w);
            spans.add(new int[] {s, e});
            boundaries.add(boundary);
        }

        int size() {
            return words.size();
        }

        String word(int i) {
            return words.get(i);
        }

        boolean boundary(int i) {
            return boundaries.get(i);
        }

        String span(int from, int to) {
            return text.substring(spans.get(from)[0], spans.get(to)[1]);
        }
    }
}
