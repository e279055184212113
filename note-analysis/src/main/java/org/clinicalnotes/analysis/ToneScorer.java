package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.internal.Tsv;

/**
 * Scores the tone of a free text: valence (a port of VADER, Hutto and Gilbert 2014, with its MIT-licensed lexicon,
 * so negation, boosters, dampeners, "but" and emphasis are handled), arousal (activation words from a resource
 * list, exclamation and capitals; negated activation words count little) and an emotional intensity that combines
 * both. Offline, no model, about a microsecond per word.
 *
 * <p>This is the small entry point other components reuse for any free text (a journal entry, a message, one
 * utterance): {@code ToneScorer.shared().score("I can't take this anymore!")}.
 *
 * <p>Built once (the lexicons load in the first call of {@link #shared()}), immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ToneScorer {

    private static final class Holder {
        static final ToneScorer SHARED = new ToneScorer(Vader.load(), loadArousal());
    }

    private record Cue(String[] words, boolean prefix, double arousal, Emotion emotion) {
    }

    private final Vader vader;
    /** Cues keyed by their first word (lower case, without a trailing star). */
    private final Map<String, List<Cue>> cues;
    private final List<Cue> prefixCues;

    private ToneScorer(Vader vader, List<Cue> all) {
        this.vader = vader;
        Map<String, List<Cue>> byFirst = new HashMap<>();
        List<Cue> prefixes = new ArrayList<>();
        for (Cue c : all) {
            if (c.prefix() && c.words().length == 1) {
                prefixes.add(c);
            } else {
                byFirst.computeIfAbsent(c.words()[0], k -> new ArrayList<>()).add(c);
            }
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.cues = Map.copyOf(byFirst);
        this.prefixCues = List.copyOf(prefixes);
    }

    /**
     * The shared scorer.
     *
     * @return the scorer, loaded on first use
     */
    public static ToneScorer shared() {
        return Holder.SHARED;
    }

    /**
     * Scores one text.
     *
     * @param text any text, not null; blank text is neutral
     * @return its tone
     */
    public Tone score(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return Tone.NEUTRAL;
        }
        Vader.Scored v = vader.score(text.replace('\u2019', '\''));
        List<String> tokens = v.tokens();
        int n = tokens.size();
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = Vader.stripped(tokens.get(i).toLowerCase(Locale.ROOT)).replace('\u2019', '\'');
        }
        double maxArousal = 0;
        double sumArousal = 0;
        int hits = 0;
        Map<Emotion, Double> families = new EnumMap<>(Emotion.class);
        for (int i = 0; i < n; i++) {
            Cue c = match(lower, i);
            if (c == null) {
                continue;
            }
            double weight = negatedBefore(lower, i) ? 0.3 : 1.0;
            double a = c.arousal() * weight;
            maxArousal = Math.max(maxArousal, a);
            sumArousal += a;
            hits++;
            if (weight == 1.0 && c.emotion() != Emotion.NONE) {
                families.merge(c.emotion(), c.arousal(), Double::sum);
            }
        }
        int lexical = 0;
        double absSum = 0;
        int boosters = 0;
        for (int i = 0; i < n; i++) {
            if (v.valences()[i] != 0) {
                lexical++;
                absSum += Math.abs(v.valences()[i]);
            }
            if (vader.isBooster(lower[i])) {
                boosters++;
            }
        }
        double arousal;
        if (hits > 0) {
            arousal = maxArousal + 0.08 * Math.min(3, hits - 1) + 0.02 * Math.min(5, sumArousal);
        } else if (lexical > 0) {
            arousal = 0.2 + 0.08 * Math.min(absSum, 4);
        } else {
            arousal = 0.1;
        }
        arousal += Math.min(0.24, 0.08 * count(text, '!')) + 0.04 * Math.min(3, boosters) + capitalsEmphasis(tokens);
        arousal = clamp(arousal, 0, 1);
        double valence = clamp(v.compound(), -1, 1);
        double intensity = clamp(0.6 * Math.abs(valence) + 0.4 * arousal, 0, 1);
        return new Tone(round(valence), round(arousal), round(intensity), emotion(families, valence));
    }

    private static Emotion emotion(Map<Emotion, Double> families, double valence) {
        Emotion best = Emotion.NONE;
        double bestScore = 0;
        for (Map.Entry<Emotion, Double> e : families.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == Emotion.NONE && valence <= -0.4) {
            return Emotion.DISTRESS;
        }
        if ((best == Emotion.RELIEF || best == Emotion.JOY) && valence < 0) {
            return valence <= -0.4 ? Emotion.DISTRESS : Emotion.NONE;
        }
        return best;
    }

    private Cue match(String[] lower, int i) {
        List<Cue> list = cues.get(lower[i]);
        if (list != null) {
            for (Cue c : list) {
                if (matchesAt(c, lower, i)) {
                    return c;
                }
            }
        }
        for (Cue c : prefixCues) {
            if (lower[i].startsWith(c.words()[0])) {
                return c;
            }
        }
        return null;
    }

    private static boolean matchesAt(Cue c, String[] lower, int i) {
        String[] w = c.words();
        if (i + w.length > lower.length) {
            return false;
        }
        for (int k = 1; k < w.length; k++) {
            boolean last = k == w.length - 1;
            if (last && c.prefix() ? !lower[i + k].startsWith(w[k]) : !lower[i + k].equals(w[k])) {
                return false;
            }
        }
        return true;
    }

    private boolean negatedBefore(String[] lower, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            String w = lower[j];
            if (w.equals("not") || w.equals("never") || w.equals("no") || w.endsWith("n't") || w.equals("dont")
                    || w.equals("cant") || w.equals("isnt") || w.equals("wasnt") || w.equals("without")) {
                return !(j == i - 1 && lower[i].startsWith("breathe"));
            }
        }
        return false;
    }

    private static double capitalsEmphasis(List<String> tokens) {
        int caps = 0;
        for (String t : tokens) {
            if (t.length() > 1 && Vader.isUpper(t)) {
                caps++;
            }
        }
        return caps > 0 && caps < tokens.size() ? 0.1 : 0;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static double round(double x) {
        return Math.round(x * 1000.0) / 1000.0;
    }

    private static List<Cue> loadArousal() {
        List<Cue> out = new ArrayList<>();
        for (String[] row : Tsv.rows(ToneScorer.class, "arousal.tsv", 3)) {
            String term = row[0].strip().toLowerCase(Locale.ROOT);
            boolean prefix = term.endsWith("*");
            if (prefix) {
                term = term.substring(0, term.length() - 1);
            }
            Emotion e = row[2].strip().equals("neutral") ? Emotion.NONE
                    : Emotion.valueOf(row[2].strip().toUpperCase(Locale.ROOT));
            out.add(new Cue(term.split(" "), prefix, Double.parseDouble(row[1]), e));
        }
        return out;
    }
}
