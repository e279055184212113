package org.clinicalnotes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A large, read-only set of lower-case words kept as sorted 64-bit hashes: about 8 bytes a word, looked up
 * without allocating. Two different words share a hash with a probability near 2<sup>-64</sup> per pair,
 * negligible for lists of a few hundred thousand words. Not API.
 *
 * @since 0.2.0
 */
public final class WordSet {

    private final long[] hashes;

    private WordSet(long[] hashes) {
        this.hashes = hashes;
    }

    /**
     * @param owner the class whose package holds the resource
     * @param resource a resource with one word a line ({@code #} comments and blank lines skipped)
     * @return the set
     */
    public static WordSet load(Class<?> owner, String resource) {
        long[] h = new long[1 << 12];
        int n = 0;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                if (n == h.length) {
                    h = Arrays.copyOf(h, n * 2);
                }
                h[n++] = hash(line, 0, line.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] out = Arrays.copyOf(h, n);
        Arrays.sort(out);
        return new WordSet(out);
    }

    /**
     * @param s text
     * @param from first character of the word
     * @param to end of the word, exclusive
     * @return whether the word, lower-cased, is in the set
     */
    public boolean contains(CharSequence s, int from, int to) {
        return Arrays.binarySearch(hashes, hash(s, from, to)) >= 0;
    }

    /**
     * @param word a word (any case)
     * @return whether it is in the set
     */
    public boolean contains(CharSequence word) {
        return contains(word, 0, word.length());
    }

    /** @return the number of words */
    public int size() {
        return hashes.length;
    }

    /** FNV-1a over the lower-cased UTF-16 units, then a final mix. */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
            } else {
                c = Character.toLowerCase(c);
                if (c == '\u2019') {
                    c = '\'';
                }
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    @Override
    public String toString() {
        return "WordSet[" + hashes.length + " words]";
    }
}
