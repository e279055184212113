package org.clinicalnotes.risk;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scan of a sentence for the leading literals of every pre-checked pattern ({@link CuePrefilter}): a trie
 * over all the literals is walked from each word start, so a sentence is read once whatever the number of cues,
 * and a pattern's regex is then tried only where one of its literals starts ({@link Matcher#lookingAt()} on a
 * region with transparent bounds), never swept over the whole sentence.
 *
 * <p>Exact: every match of a pre-checked pattern starts with one of its literals at a word start (the
 * property {@link CuePrefilter} relies on), so the matches found at the candidate positions, in order, are the
 * matches of a {@link Matcher#find()} loop. A pattern without a pre-check is searched as before. Not API.
 */
final class CueScan {

    /** Pattern → dense id, for every pattern that has literals. */
    private static final Map<Pattern, Integer> IDS = new IdentityHashMap<>();
    private static final Node ROOT = new Node();

    static {
        for (Map.Entry<Pattern, String[]> e : CuePrefilter.all().entrySet()) {
            if (e.getValue().length == 0) {
                continue;
            }
            int id = IDS.size();
            IDS.put(e.getKey(), id);
            for (String lit : e.getValue()) {
                ROOT.add(lit, 0, id);
            }
        }
    }

    private CueScan() {
    }

    /** A trie node: children by character (ASCII in an array), and the patterns one of whose literals ends here. */
    private static final class Node {
        Node[] ascii;
        char[] keys = new char[0];
        Node[] others = new Node[0];
        int[] ends = new int[0];

        void add(String lit, int at, int id) {
            if (at == lit.length()) {
                if (Arrays.stream(ends).noneMatch(x -> x == id)) {
                    ends = Arrays.copyOf(ends, ends.length + 1);
                    ends[ends.length - 1] = id;
                }
                return;
            }
            char c = lit.charAt(at);
            Node n = child(c);
            if (n == null) {
                n = new Node();
                if (c < 128) {
                    if (ascii == null) {
                        ascii = new Node[128];
                    }
                    ascii[c] = n;
                } else {
                    keys = Arrays.copyOf(keys, keys.length + 1);
                    keys[keys.length - 1] = c;
                    others = Arrays.copyOf(others, others.length + 1);
                    others[others.length - 1] = n;
                }
            }
            n.add(lit, at + 1, id);
        }

        Node child(char c) {
            if (c < 128) {
                return ascii == null ? null : ascii[c];
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return others[i];
                }
            }
            return null;
        }
    }

    /** Where the literals of which patterns start in one text, in text order. */
    static final class Found {
        private int[] ids = new int[8];
        private int[] positions = new int[8];
        private int n;
        private final long[] present = new long[(IDS.size() + 63) / 64 + 1];

        private void add(int id, int position) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                positions = Arrays.copyOf(positions, n * 2);
            }
            ids[n] = id;
            positions[n] = position;
            n++;
            present[id >>> 6] |= 1L << id;
        }

        /**
         * @param from where a substring of the scanned text starts
         * @param length its length
         * @return the scan of that substring, exact when the characters either side of it are neither letters,
         *     digits nor apostrophes (no literal then crosses its ends, and its first character is a word start)
         */
        Found slice(int from, int length) {
            Found out = new Found();
            for (int k = 0; k < n; k++) {
                int p = positions[k];
                if (p >= from && p < from + length) {
                    out.add(ids[k], p - from);
                }
            }
            return out;
        }

        /** @return whether the pattern with this id may match (one of its literals starts at a word start) */
        boolean has(int id) {
            return (present[id >>> 6] & 1L << id) != 0;
        }

        /** @return whether nothing was found */
        boolean isEmpty() {
            return n == 0;
        }

        /**
         * Moves {@code m} to the first match of pattern {@code id} that starts at or after {@code from}.
         *
         * @param m a matcher of that pattern over the scanned text, with transparent and non-anchoring bounds
         * @return whether there is one (then {@code m.start()} and {@code m.end()} give it)
         */
        boolean next(Matcher m, int id, int from, int length) {
            for (int k = 0; k < n; k++) {
                int p = positions[k];
                if (ids[k] != id || p < from) {
                    continue;
                }
                m.region(p, length);
                if (m.lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param pattern a pattern
     * @return its id, or -1 when it has no pre-check (then it must be searched with {@code find()})
     */
    static int id(Pattern pattern) {
        Integer id = IDS.get(pattern);
        return id == null ? -1 : id;
    }

    /**
     * @param lower a text in lower case ({@link java.util.Locale#ROOT})
     * @return where the literals start, at the positions {@link CuePrefilter#mayMatch} would accept
     */
    static Found scan(String lower) {
        Object[] last = LAST.get();
        if (last[0] == lower) {
            return (Found) last[1];
        }
        Found f = scanNew(lower);
        last[0] = lower;
        last[1] = f;
        return f;
    }

    /**
     * Makes a scan known, so that the next {@link #scan} of this very string on this thread returns it.
     *
     * @param text a text
     * @param found its scan
     */
    static void remember(String text, Found found) {
        Object[] last = LAST.get();
        last[0] = text;
        last[1] = found;
    }

    /** The last text scanned on this thread and its scan: a sentence is read by several cue lists in turn. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private static Found scanNew(String lower) {
        Found f = new Found();
        int len = lower.length();
        for (int i = 0; i < len; i++) {
            if (i > 0 && asciiWordChar(lower.charAt(i - 1))) {
                continue;
            }
            Node node = ROOT;
            for (int j = i; j < len; j++) {
                node = node.child(lower.charAt(j));
                if (node == null) {
                    break;
                }
                for (int id : node.ends) {
                    f.add(id, i);
                }
            }
        }
        return f;
    }

    /** @return a matcher over the text that tries a pattern at a position as {@code find()} would */
    static Matcher matcher(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * @param p a pattern
     * @param text a text in lower case
     * @param found the text's scan, or null to scan it here
     * @return whether {@code p.matcher(text).find()} would find a match
     */
    static boolean any(Pattern p, String text, Found found) {
        int id = id(p);
        if (id < 0) {
            return p.matcher(text).find();
        }
        Found f = found == null ? scan(text) : found;
        return f.has(id) && f.next(matcher(p, text), id, 0, text.length());
    }

    /** Same test as {@link org.clinicalnotes.internal.WordStarts}: a character that certainly prevents {@code \b}. */
    private static boolean asciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** @return the patterns with a pre-check (for tests) */
    static List<Pattern> patterns() {
        return List.copyOf(IDS.keySet());
    }
}
