package org.clinicalnotes.deid;

import java.util.Locale;

/** Letter-case patterns of a word, so that a surrogate and its original can wear each other's case. */
enum Case {
    LOWER, UPPER, TITLE, MIXED;

    static Case of(String s) {
        boolean anyUpper = false;
        boolean anyLower = false;
        boolean firstUpper = false;
        boolean restLower = true;
        boolean first = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            boolean up = Character.isUpperCase(c);
            anyUpper |= up;
            anyLower |= !up;
            if (first) {
                firstUpper = up;
                first = false;
            } else if (up) {
                restLower = false;
            }
        }
        if (!anyUpper) {
            return LOWER;
        }
        if (!anyLower) {
            return s.codePointCount(0, s.length()) > 1 ? UPPER : TITLE;
        }
        return firstUpper && restLower ? TITLE : MIXED;
    }

    /** @return {@code s} written in this case; MIXED leaves it as it is */
    String apply(String s) {
        return switch (this) {
            case LOWER -> s.toLowerCase(Locale.ROOT);
            case UPPER -> s.toUpperCase(Locale.ROOT);
            case TITLE -> title(s);
            case MIXED -> s;
        };
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == ' ';
        }
        return sb.toString();
    }
}
