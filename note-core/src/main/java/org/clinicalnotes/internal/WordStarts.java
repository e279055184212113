package org.clinicalnotes.internal;

/**
 * Exact pre-checks for patterns that begin with {@code \b} and a literal: such a pattern can only match
 * where the literal starts after a word boundary. Used to skip large regex alternations on text that
 * cannot match them. Not API.
 *
 * @since 0.1.0
 */
public final class WordStarts {

    private WordStarts() {
    }

    /**
     * @param lower the text, in lower case
     * @param literals lower-case literals
     * @return false only when no literal occurs in the text where {@code \b} could hold before it
     */
    public static boolean anyAtWordStart(String lower, String[] literals) {
        for (String lit : literals) {
            for (int i = lower.indexOf(lit); i >= 0; i = lower.indexOf(lit, i + 1)) {
                if (i == 0 || !asciiWordChar(lower.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A character that certainly makes {@code \b} fail before a word character (non-ASCII: not certain). */
    private static boolean asciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
