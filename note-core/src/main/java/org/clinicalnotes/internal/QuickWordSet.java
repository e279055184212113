package org.clinicalnotes.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of words with a cheap pre-check: a Bloom filter over the string hashes rejects nearly every
 * non-member without probing or comparing. The rules ask such sets about every word of a text, and nearly every
 * answer is no. About 16 to 32 filter bits per member, so a few per cent of non-members reach the set.
 */
public final class QuickWordSet extends AbstractSet<String> {

    private final Set<String> words;
    /** A two-probe Bloom filter over the members' string hashes (a string caches its hash). */
    private final long[] bloom;
    private final int mask;

    private QuickWordSet(Set<String> words) {
        this.words = words;
        int bits = Math.max(4096, Integer.highestOneBit(Math.max(1, words.size()) * 16) * 2);
        this.bloom = new long[bits / 64];
        this.mask = bits - 1;
        for (String w : words) {
            int h = w.hashCode();
            set(h);
            set(h >>> 16 ^ h * 0x9E3779B9);
        }
    }

    private void set(int h) {
        int b = h & mask;
        bloom[b >>> 6] |= 1L << (b & 63);
    }

    private boolean has(int h) {
        int b = h & mask;
        return (bloom[b >>> 6] & 1L << (b & 63)) != 0;
    }

    /**
     * @param words the members; not null, no null member
     * @return an immutable set of them
     */
    public static QuickWordSet of(Collection<String> words) {
        return new QuickWordSet(Set.copyOf(words));
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        if (!has(h) || !has(h >>> 16 ^ h * 0x9E3779B9)) {
            return false;
        }
        return words.contains(s);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
