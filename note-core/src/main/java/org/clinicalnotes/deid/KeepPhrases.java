package org.clinicalnotes.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases that are never PHI although their words look like names or places ("Harvard Pilgrim", "Select
 * Health", "Cheyne-Stokes"), from {@code lexicon/keep-phrases.txt}: a match that lies inside one of them is
 * dropped (a longer match keeps what lies outside the phrase). Loaded once; stateless and thread-safe.
 */
final class KeepPhrases {

    /** Phrases by their first word, longest first. */
    private static final Map<String, List<String>> BY_FIRST = load();

    private KeepPhrases() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> m = new HashMap<>();
        try (InputStream in = KeepPhrases.class.getResourceAsStream("lexicon/keep-phrases.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip().toLowerCase(Locale.ROOT);
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<Tok> t = Tok.split(line);
                if (!t.isEmpty()) {
                    m.computeIfAbsent(t.get(0).low, k -> new ArrayList<>()).add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
        return Map.copyOf(m);
    }

    /** Takes the range [from, to) out of every match: what is left on either side stays if it holds a word. */
    private static void cut(String text, List<PhiMatch> matches, int from, int to) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            PhiMatch m = matches.get(i);
            if (m.end() <= from || m.start() >= to) {
                continue;
            }
            matches.remove(i);
            PhiMatch left = trimmed(text, m.start(), Math.min(m.end(), from), m.category());
            PhiMatch right = trimmed(text, Math.max(m.start(), to), m.end(), m.category());
            if (left != null) {
                matches.add(left);
            }
            if (right != null) {
                matches.add(right);
            }
        }
    }

    private static PhiMatch trimmed(String text, int start, int end, PhiCategory c) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? PhiMatch.of(start, end, c) : null;
    }

    /**
     * Removes the matches that lie inside a keep phrase of the text.
     *
     * @param text the text
     * @param words its words
     * @param matches the matches; changed in place
     * @return the same list
     */
    static List<PhiMatch> drop(String text, List<Tok> words, List<PhiMatch> matches) {
        if (matches.isEmpty()) {
            return matches;
        }
        String lower = null;
        for (Tok k : words) {
            List<String> phrases = BY_FIRST.get(k.low);
            if (phrases == null) {
                continue;
            }
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            for (String p : phrases) {
                int end = k.start + p.length();
                if (lower.startsWith(p, k.start) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    cut(text, matches, k.start, end);
                    break;
                }
            }
        }
        return matches;
    }
}
