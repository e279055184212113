package org.clinicalnotes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A large, read-only set of lower-case words kept as 64-bit hashes in an open-addressing table: about 16 bytes
 * a word, looked up in constant time without allocating. Two different words share a hash with a probability near 2<sup>-64</sup> per pair,
 * negligible for lists of a few hundred thousand words. Not API.
 *
 * @since 0.2.0
 */
public final class WordSet {

    private final long[] table;
    private final int mask;
    private final int size;

    private WordSet(long[] hashes) {
        int cap = Integer.highestOneBit(Math.max(16, hashes.length * 2 - 1)) << 1;
        this.table = new long[cap];
        this.mask = cap - 1;
        int n = 0;
        for (long h : hashes) {
            long key = h == 0 ? 1 : h;
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (table[i] != 0 && table[i] != key) {
                i = (i + 1) & mask;
            }
            if (table[i] == 0) {
                table[i] = key;
                n++;
            }
        }
        this.size = n;
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
        return new WordSet(Arrays.copyOf(h, n));
    }

    /**
     * @param s text
     * @param from first character of the word
     * @param to end of the word, exclusive
     * @return whether the word, lower-cased, is in the set
     */
    public boolean contains(CharSequence s, int from, int to) {
        long h = hash(s, from, to);
        long key = h == 0 ? 1 : h;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long v = table[i];
            if (v == key) {
                return true;
            }
            if (v == 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
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
        return size;
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
        return "WordSet[" + size + " words]";
    }
}
