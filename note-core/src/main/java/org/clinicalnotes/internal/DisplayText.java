package org.clinicalnotes.internal;

import java.util.Objects;

/**
 * Makes text safe to show to a person: control characters (which can move a terminal's cursor, clear its
 * screen or change its title) and bidirectional formatting characters (which can make a line read
 * differently from what it holds, "Trojan Source") become visible escapes such as {@code \u202e}.
 *
 * <p>Applied to every human-facing output: {@code note.md} and the command line's messages. The JSON
 * outputs keep the text as it was said: the escape form is the JSON escape of the same character, so a
 * JSON document passed through here still parses to the same values.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class DisplayText {

    private DisplayText() {
    }

    /**
     * @param text the text; not null
     * @param keepCarriageReturn whether a carriage return stays as it is (a progress line on a terminal)
     *     rather than being escaped; line feeds and tabs always stay
     * @return the text with each unsafe character replaced by {@code \}{@code uXXXX}; the same instance
     *     when nothing needs escaping
     */
    public static String escape(CharSequence text, boolean keepCarriageReturn) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        int i = 0;
        while (i < n && !unsafe(text.charAt(i), keepCarriageReturn)) {
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (unsafe(c, keepCarriageReturn)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * @param text the text; not null
     * @return {@link #escape(CharSequence, boolean)} with carriage returns escaped too
     */
    public static String escape(CharSequence text) {
        return escape(text, false);
    }

    /**
     * @param c a UTF-16 unit
     * @param keepCarriageReturn whether a carriage return counts as safe
     * @return whether it is a control or bidirectional formatting character (line feed and tab are safe)
     */
    public static boolean unsafe(char c, boolean keepCarriageReturn) {
        if (c < 0x20) {
            return c != '\n' && c != '\t' && !(c == '\r' && keepCarriageReturn);
        }
        return c == 0x7f
                || (c >= 0x80 && c <= 0x9f)              // C1 controls, CSI 0x9b among them
                || c == 0x061c                           // Arabic letter mark
                || c == 0x200e || c == 0x200f            // left-to-right / right-to-left marks
                || (c >= 0x202a && c <= 0x202e)          // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069)          // isolates
                || c == 0x2028 || c == 0x2029;           // line and paragraph separators
    }
}
