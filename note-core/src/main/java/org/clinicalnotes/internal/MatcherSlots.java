package org.clinicalnotes.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caller's reusable matchers, one per numbered slot (one slot per pattern), made on first use and
 * {@link Matcher#reset(CharSequence) reset} only when the text changes. Not thread-safe: one search at a time,
 * as {@link WordStartPattern}'s searchers and the offline model's keyword lists use it. Not API.
 *
 * @since 0.2.0
 */
public final class MatcherSlots {
    private final int size;
    private Matcher[] matchers;
    private CharSequence[] texts;

    /** @param size how many slots */
    public MatcherSlots(int size) {
        this.size = size;
    }

    /**
     * @param slot the pattern's slot, below the size
     * @param p the slot's pattern (the same one each time for a slot)
     * @param s the text
     * @return the slot's matcher on {@code s} (transparent, non-anchoring bounds)
     */
    public Matcher on(int slot, Pattern p, CharSequence s) {
        if (matchers == null) {
            matchers = new Matcher[size];
            texts = new CharSequence[size];
        }
        Matcher m = matchers[slot];
        if (m == null) {
            m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[slot] = m;
            texts[slot] = s;
        } else if (texts[slot] != s) {
            m.reset(s);
            texts[slot] = s;
        }
        return m;
    }
}
