package org.clinicalnotes.model.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Token weights learnt from ACI-Bench TRAIN (see {@code lexicon.tsv} and its README): how much more often a
 * word occurs in clinical notes than in the conversations they came from. Loaded once; immutable.
 */
final class Lexicon {

    private static final Set<String> IGNORED = Set.of("i", "you", "my", "your", "me", "we", "he", "she", "his",
            "her", "him", "our", "us", "m", "s", "t", "ve", "ll", "d", "re");

    private static final Map<String, Double> WEIGHTS = load();

    private Lexicon() {
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("offline model resource lexicon.tsv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                m.put(line.substring(0, tab), Math.max(-3, Math.min(3, Double.parseDouble(line.substring(tab + 1)))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offline model lexicon", e);
        }
        return Map.copyOf(m);
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    static double weight(String token) {
        return WEIGHTS.getOrDefault(token, 0.0);
    }

    /** Mean weight over a sentence's tokens, ignoring pronouns; 0 for no tokens. */
    static double relevance(String sentence) {
        double sum = 0;
        int n = 0;
        String s = sentence.toLowerCase(java.util.Locale.ROOT);
        int len = s.length();
        int i = 0;
        while (i < len) {
            while (i < len && !alnum(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && alnum(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            String t = s.substring(start, i);
            if (IGNORED.contains(t)) {
                continue;
            }
            sum += weight(t);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
