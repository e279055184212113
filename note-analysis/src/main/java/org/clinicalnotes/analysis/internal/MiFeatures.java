package org.clinicalnotes.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Features of one utterance for the clinician-behaviour and client-talk-type classifier: words and word pairs of the
 * utterance, its first and last words, question marks, a length bucket, and the previous utterance's speaker, words
 * and question mark (dialogue context). The same code serves the shipped model and its trainer, so the features
 * cannot drift apart. Stateless and thread-safe.
 */
public final class MiFeatures {

    private MiFeatures() {
    }

    /**
     * The features of one utterance.
     *
     * @param text the utterance
     * @param previousText the utterance before it, or null at the start
     * @param previousSameSpeaker whether the previous utterance was by the same speaker (ignored when null)
     * @return feature names, each once
     */
    public static List<String> of(String text, String previousText, boolean previousSameSpeaker) {
        return of(text, previousText, previousSameSpeaker, null, false);
    }

    /**
     * The features of one utterance with the utterance after it (the session is analysed after the fact, so the
     * reply is known: a client's "exactly" after a reflection, a clinician's reflection after change talk).
     *
     * @param text the utterance
     * @param previousText the utterance before it, or null at the start
     * @param previousSameSpeaker whether the previous utterance was by the same speaker
     * @param nextText the utterance after it, or null at the end
     * @param nextSameSpeaker whether the next utterance is by the same speaker
     * @return feature names, each once
     */
    public static List<String> of(String text, String previousText, boolean previousSameSpeaker, String nextText,
                                  boolean nextSameSpeaker) {
        Set<String> f = new LinkedHashSet<>();
        List<String> toks = tokens(text);
        f.add("bias");
        String prev = "<s>";
        int negatedFor = 0;
        for (String t : toks) {
            f.add("w:" + t);
            f.add("b:" + prev + "_" + t);
            if (negatedFor > 0) {
                f.add("neg:" + t);
                negatedFor--;
            }
            if (t.equals("not") || t.equals("never") || t.equals("no") || t.endsWith("n't") || t.equals("dont")
                    || t.equals("cant")) {
                negatedFor = 3;
            }
            prev = t;
        }
        f.add("b:" + prev + "_</s>");
        if (!toks.isEmpty()) {
            f.add("first:" + toks.get(0));
            f.add("last:" + toks.get(toks.size() - 1));
            if (toks.size() > 1) {
                f.add("first2:" + toks.get(0) + "_" + toks.get(1));
            }
        }
        String trimmed = text.strip();
        if (text.indexOf('?') >= 0) {
            f.add("has?");
        }
        if (trimmed.endsWith("?")) {
            f.add("ends?");
        }
        f.add("len:" + bucket(toks.size()));
        if (previousText == null) {
            f.add("prev:none");
        } else {
            f.add(previousSameSpeaker ? "prev:same" : "prev:other");
            String ps = previousSameSpeaker ? "ps:" : "po:";
            for (String t : tokens(previousText)) {
                f.add(ps + t);
            }
            if (previousText.strip().endsWith("?")) {
                f.add(ps + "ends?");
            }
            f.add(ps + "len:" + bucket(tokens(previousText).size()));
        }
        if (nextText == null) {
            f.add("next:none");
        } else {
            f.add(nextSameSpeaker ? "next:same" : "next:other");
            String ns = nextSameSpeaker ? "ns:" : "no:";
            List<String> nt = tokens(nextText);
            for (int i = 0; i < Math.min(nt.size(), 6); i++) {
                f.add(ns + nt.get(i));
            }
            if (!nt.isEmpty()) {
                f.add(ns + "first:" + nt.get(0));
            }
            f.add(ns + "len:" + bucket(nt.size()));
        }
        return new ArrayList<>(f);
    }

    private static String bucket(int n) {
        if (n <= 3) {
            return "1-3";
        } else if (n <= 8) {
            return "4-8";
        } else if (n <= 20) {
            return "9-20";
        } else if (n <= 40) {
            return "21-40";
        }
        return "41+";
    }

    /**
     * Lower-case word tokens: letters and apostrophes; digits become {@code #}.
     *
     * @param text any text
     * @return the tokens in order
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String s = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) || (c == '\'' || c == '\u2019') && sb.length() > 0) {
                sb.append(c == '\u2019' ? '\'' : c);
            } else if (Character.isDigit(c)) {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '#') {
                    sb.append('#');
                }
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }
}
