package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.note.RiskKind;
import org.clinicalnotes.risk.Context.Hit;
import org.clinicalnotes.risk.RiskCues.Cue;

/**
 * Word-class frames ({@code frames.tsv}): a kind is named when a sentence holds a word of every class the
 * frame lists, in any order ("does your girlfriend ever control your money or your phone" holds a partner
 * word and a control word). Meaning by co-occurring word classes generalises over the many ways a
 * screening question or a disclosure is worded, where a phrase pattern needs each wording. Not API.
 */
final class Frames {

    /** One word class: single words, word prefixes (ending in *) and two-word phrases (with _). */
    private record WordClass(List<String> words) {
    }

    private record Frame(RiskKind kind, String detail, List<WordClass> classes) {
    }

    private static final List<Frame> FRAMES = load();

    private Frames() {
    }

    private static List<Frame> load() {
        Map<String, WordClass> classes = new HashMap<>();
        List<Frame> frames = new ArrayList<>();
        for (String[] r : Tsv.rows(Frames.class, "frames.tsv", 2)) {
            if (r[0].startsWith("@")) {
                classes.put(r[0], new WordClass(List.of(r[1].strip().split("\\s+"))));
            } else if (r[0].equals("frame")) {
                List<WordClass> cs = new ArrayList<>();
                for (int i = 3; i < r.length; i++) {
                    WordClass c = classes.get(r[i]);
                    if (c == null) {
                        throw new IllegalStateException("frames.tsv: unknown word class " + r[i]);
                    }
                    cs.add(c);
                }
                frames.add(new Frame(RiskKind.valueOf(r[1]), r[2], List.copyOf(cs)));
            }
        }
        return List.copyOf(frames);
    }

    /**
     * @param sentence a normalised sentence
     * @return one hit per frame kind that the sentence fills, spanning the words that filled it
     */
    static List<Hit> hits(String sentence) {
        List<int[]> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            while (i < n && !wordChar(sentence.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && wordChar(sentence.charAt(i))) {
                i++;
            }
            if (i > s) {
                tokens.add(new int[] {s, i});
                words.add(sentence.substring(s, i));
            }
        }
        List<Hit> out = new ArrayList<>();
        for (Frame f : FRAMES) {
            if (out.stream().anyMatch(h -> h.cue().kind() == f.kind())) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            boolean all = true;
            for (WordClass c : f.classes()) {
                int at = find(words, c);
                if (at < 0) {
                    all = false;
                    break;
                }
                start = Math.min(start, tokens.get(at)[0]);
                end = Math.max(end, tokens.get(at)[1]);
            }
            if (all) {
                out.add(new Hit(new Cue(f.kind(), f.detail(), null, false, false), start, end));
            }
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '.' && false;
    }

    /** @return the index of the first word matching the class (the first word of a two-word phrase), or -1 */
    private static int find(List<String> words, WordClass c) {
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            for (String pat : c.words()) {
                if (matches(words, w, word, pat)) {
                    return w;
                }
            }
        }
        return -1;
    }

    private static boolean matches(List<String> words, int w, String word, String pat) {
        int us = pat.indexOf('_');
        if (us > 0) {
            String[] parts = pat.split("_");
            if (w + parts.length > words.size()) {
                return false;
            }
            for (int k = 0; k < parts.length; k++) {
                if (!one(words.get(w + k), parts[k])) {
                    return false;
                }
            }
            return true;
        }
        return one(word, pat);
    }

    private static boolean one(String word, String pat) {
        return pat.endsWith("*") ? word.startsWith(pat.substring(0, pat.length() - 1)) : word.equals(pat);
    }
}
