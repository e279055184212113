package org.clinicalnotes.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A word of the text: letters and digits, with inner apostrophes; a trailing possessive is outside {@link #end}. */
final class Tok {
    final int start;
    /** End of the word without a possessive {@code 's}. */
    final int end;
    /** End including the possessive. */
    final int fullEnd;
    final String low;
    final boolean cap;
    final boolean upper;
    final boolean alpha;
    final boolean digits;
    final boolean hasDigit;
    /** First word of a sentence (or of the text). */
    boolean sentenceStart;
    /** Cached common-word test: 0 unknown, 1 common, 2 not. */
    byte common;
    /** Cached vocabulary test: 0 unknown, 1 yes, 2 no. */
    byte vocab;
    /** Cached strong-name test: 0 unknown, 1 yes, 2 no. */
    byte strong;

    private final String source;

    private Tok(String text, int start, int end, int fullEnd) {
        this.source = text;
        this.start = start;
        this.end = end;
        this.fullEnd = fullEnd;
        this.low = text.substring(start, end).toLowerCase(Locale.ROOT);
        char c = text.charAt(start);
        this.cap = Character.isUpperCase(c);
        boolean a = true;
        boolean d = true;
        boolean hd = false;
        boolean up = true;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (Character.isDigit(ch)) {
                hd = true;
                a = false;
            } else {
                d = false;
                if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
                    up = false;
                }
                if (!Character.isLetter(ch) && ch != '\'' && ch != '\u2019') {
                    a = false;
                }
            }
        }
        this.alpha = a;
        this.digits = d;
        this.hasDigit = hd;
        this.upper = up && a && end - start > 1;
    }

    /** The source character at offset i of the word (kept from the text it was cut from). */
    char textAt(int i) {
        return source.charAt(start + i);
    }

    int length() {
        return end - start;
    }

    /** @return the lower-case words from..to */
    static String[] lows(List<Tok> t, int from, int to) {
        String[] w = new String[to - from];
        for (int i = from; i < to; i++) {
            w[i - from] = t.get(i).low;
        }
        return w;
    }

    /** @return the characters between two words (after a's possessive) */
    static int gap(Tok a, Tok b) {
        return b.start - a.fullEnd;
    }

    /** @return whether words from..to follow each other with only a space or hyphen between */
    static boolean joinable(List<Tok> t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int g = t.get(i).start - t.get(i - 1).fullEnd;
            if (g < 1 || g > 1) {
                return false;
            }
        }
        return true;
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static List<Tok> split(String text) {
        List<Tok> out = new ArrayList<>(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean sentence = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!wordChar(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201c') {
                    // a period after a one-letter initial or a title does not end a sentence
                    Tok last = out.isEmpty() ? null : out.get(out.size() - 1);
                    sentence = c != '.' || last == null || last.fullEnd != i
                            || !(last.length() == 1 || Words.TITLES.contains(last.low) || last.low.equals("st"));
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n) {
                char ch = text.charAt(i);
                if (wordChar(ch)) {
                    i++;
                } else if ((ch == '\'' || ch == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && i > s) {
                    i++;
                } else {
                    break;
                }
            }
            int e = i;
            int stem = e;
            if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) {
                stem = e - 2;
            }
            Tok t = new Tok(text, s, stem, e);
            t.sentenceStart = sentence;
            sentence = false;
            out.add(t);
        }
        return out;
    }
}
