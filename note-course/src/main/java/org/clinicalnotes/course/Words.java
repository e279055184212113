package org.clinicalnotes.course;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Content words and light stems for the lexical theme finder and the homework matcher. */
final class Words {

    private static final Set<String> STOP = load("stopwords.txt");

    private Words() {
    }

    static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String body = hash >= 0 ? line.substring(0, hash) : line;
                for (String w : body.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    /** A content word: its stem and the surface form it had. */
    record Token(String stem, String surface) {
    }

    /** @return the content words of a text, in order, with their stems */
    static List<Token> content(String text) {
        List<Token> out = new ArrayList<>();
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'' && j + 1 < n
                    && Character.isLetter(s.charAt(j + 1)))) {
                j++;
            }
            String w = s.substring(i, j);
            i = j;
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 3 || STOP.contains(w) || w.indexOf('\'') >= 0) {
                continue;
            }
            out.add(new Token(stem(w), w));
        }
        return out;
    }

    /** A light suffix stripper: plural, -ing, -ed, final e, doubled final consonant. */
    static String stem(String w) {
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        int l = s.length();
        if (l > 3 && s.charAt(l - 1) == s.charAt(l - 2) && "aeiouls".indexOf(s.charAt(l - 1)) < 0) {
            s = s.substring(0, l - 1);
        }
        return s;
    }

    static boolean isStop(String w) {
        return STOP.contains(w);
    }
}
