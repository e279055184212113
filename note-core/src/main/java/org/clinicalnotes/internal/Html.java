package org.clinicalnotes.internal;

/**
 * HTML escaping for the SDK's self-contained pages (session analysis, course brief, evaluation report). Not API.
 *
 * @since 0.2.0
 */
public final class Html {

    private Html() {
    }

    /**
     * @param s text
     * @return {@code s} safe in element text and in single- or double-quoted attributes ({@code < > & " '})
     */
    public static String escape(String s) {
        return escape(s, true);
    }

    /**
     * @param s text
     * @return {@code s} safe in element text and in double-quoted attributes ({@code < > & "}); apostrophes kept
     */
    public static String escapeKeepingApostrophes(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean apostrophe) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append(apostrophe ? "&#39;" : "'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
