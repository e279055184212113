package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.Context.Hit;
import org.clinicalnotes.risk.RiskCues.Cue;

/**
 * Word-class frames ({@code frames.tsv}): a kind is named when a sentence holds a word of every class the
 * frame lists, in any order ("does your girlfriend ever control your money or your phone" holds a partner
 * word and a control word). Meaning by co-occurring word classes generalises over the many ways a
 * screening question or a disclosure is worded, where a phrase pattern needs each wording. Not API.
 */
final class Frames {

    private record Frame(RiskFlag.Kind kind, String detail, int[] classes) {
    }

    /** Exact words to the bit mask of their classes. */
    private static final Map<String, Long> EXACT = new HashMap<>();
    /** Prefix patterns ("hit*"), with the class bit of each. */
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final List<Long> PREFIX_BITS = new ArrayList<>();
    /** Two- and three-word phrases, split, with the class bit of each. */
    private static final List<String[]> PHRASES = new ArrayList<>();
    private static final List<Long> PHRASE_BITS = new ArrayList<>();
    private static final List<Frame> FRAMES = new ArrayList<>();

    static {
        Map<String, Integer> classIds = new HashMap<>();
        for (String[] r : Tsv.rows(Frames.class, "frames.tsv", 2)) {
            if (r[0].startsWith("@")) {
                int id = classIds.size();
                if (id >= 64) {
                    throw new IllegalStateException("frames.tsv: at most 64 word classes");
                }
                classIds.put(r[0], id);
                long bit = 1L << id;
                for (String w : r[1].strip().split("\\s+")) {
                    if (w.indexOf('_') > 0) {
                        PHRASES.add(w.split("_"));
                        PHRASE_BITS.add(bit);
                    } else if (w.endsWith("*")) {
                        PREFIXES.add(w.substring(0, w.length() - 1));
                        PREFIX_BITS.add(bit);
                    } else {
                        EXACT.merge(w, bit, (a, b) -> a | b);
                    }
                }
            } else if (r[0].equals("frame")) {
                int[] cs = new int[r.length - 3];
                for (int i = 3; i < r.length; i++) {
                    Integer c = classIds.get(r[i]);
                    if (c == null) {
                        throw new IllegalStateException("frames.tsv: unknown word class " + r[i]);
                    }
                    cs[i - 3] = c;
                }
                FRAMES.add(new Frame(RiskFlag.Kind.valueOf(r[1]), r[2], cs));
            }
        }
    }

    /** Indexes of {@link #PREFIXES} by their first (ASCII) character. */
    private static final int[][] BY_FIRST = new int[128][];

    static {
        for (int k = 0; k < PREFIXES.size(); k++) {
            char c = PREFIXES.get(k).charAt(0);
            int[] old = BY_FIRST[c] == null ? new int[0] : BY_FIRST[c];
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = k;
            BY_FIRST[c] = grown;
        }
    }

    /** Indexes of {@link #PHRASES} by the first character of their first word; non-ASCII ones at 128. */
    private static final int[][] PHRASES_BY_FIRST = new int[129][];

    static {
        for (int k = 0; k < PHRASES.size(); k++) {
            char c = PHRASES.get(k)[0].charAt(0);
            int slot = c < 128 ? c : 128;
            int[] old = PHRASES_BY_FIRST[slot] == null ? new int[0] : PHRASES_BY_FIRST[slot];
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = k;
            PHRASES_BY_FIRST[slot] = grown;
        }
    }

    /** Frame details read on screening questions only. */
    private static final java.util.Set<String> QUESTION_ONLY = java.util.Set.of("control", "verbal", "fear");

    private Frames() {
    }

    /**
     * @param sentence a normalised sentence
     * @param question whether a clinician asks it: a patient's sentence is read only with the frames of two or
     *     more word classes, and not the question-only frames ("control", "verbal", "fear": "she's gonna take my
     *     phone" is not coercion)
     * @return one hit per frame kind that the sentence fills
     */
    static List<Hit> hits(String sentence, boolean question) {
        int n = sentence.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        String[] words = new String[16];
        int nw = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(sentence.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && wordChar(sentence.charAt(i))) {
                i++;
            }
            if (i > s) {
                if (nw == words.length) {
                    starts = java.util.Arrays.copyOf(starts, nw * 2);
                    ends = java.util.Arrays.copyOf(ends, nw * 2);
                    words = java.util.Arrays.copyOf(words, nw * 2);
                }
                starts[nw] = s;
                ends[nw] = i;
                words[nw] = sentence.substring(s, i);
                nw++;
            }
        }
        long[] masks = new long[nw];
        long any = 0;
        for (int w = 0; w < nw; w++) {
            String word = words[w];
            Long exact = EXACT.get(word);
            long m = exact == null ? 0L : exact;
            char first = word.charAt(0);
            int[] candidates = first < 128 ? BY_FIRST[first] : null;
            if (candidates != null) {
                for (int k : candidates) {
                    if (word.startsWith(PREFIXES.get(k))) {
                        m |= PREFIX_BITS.get(k);
                    }
                }
            }
            // A phrase's first word (exact or a prefix) starts with its first character: only those can match.
            int[] phrases = PHRASES_BY_FIRST[first < 128 ? first : 128];
            if (phrases != null) {
                for (int k : phrases) {
                    String[] ph = PHRASES.get(k);
                    if (w + ph.length <= nw && phrase(words, w, ph)) {
                        m |= PHRASE_BITS.get(k);
                    }
                }
            }
            masks[w] = m;
            any |= m;
        }
        List<Hit> out = new ArrayList<>();
        if (any == 0) {
            return out;
        }
        for (Frame f : FRAMES) {
            if (!question && (f.classes().length < 2 || QUESTION_ONLY.contains(f.detail()))) {
                continue;
            }
            if (out.stream().anyMatch(h -> h.cue().kind() == f.kind())) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            boolean all = true;
            for (int c : f.classes()) {
                long bit = 1L << c;
                if ((any & bit) == 0) {
                    all = false;
                    break;
                }
                int at = 0;
                while ((masks[at] & bit) == 0) {
                    at++;
                }
                start = Math.min(start, starts[at]);
                end = Math.max(end, ends[at]);
            }
            if (all) {
                out.add(new Hit(new Cue(f.kind(), f.detail(), null, false, false), start, end));
            }
        }
        return out;
    }

    private static boolean phrase(String[] words, int w, String[] ph) {
        for (int k = 0; k < ph.length; k++) {
            String word = words[w + k];
            String pat = ph[k];
            if (pat.endsWith("*") ? !word.regionMatches(0, pat, 0, pat.length() - 1) : !word.equals(pat)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-';
    }
}
