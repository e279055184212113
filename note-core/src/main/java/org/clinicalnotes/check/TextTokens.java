package org.clinicalnotes.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tokenising and light normalisation shared by the checks. Not API. */
final class TextTokens {

    /**
     * Words that carry no clinical content, including the words a model adds when it rewrites speech
     * into clinical third person ("patient reports", "he denies").
     */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
            "has", "have", "had", "having", "it", "its", "this", "that", "these", "those", "there", "here",
            "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers",
            "they", "them", "their", "theirs", "patient", "patients", "client", "clients", "clinician",
            "doctor", "provider", "reports", "reported", "report", "states", "stated", "state", "notes", "noted",
            "says", "said", "endorses", "endorsed", "denies", "denied", "describes", "described", "mentions",
            "mentioned", "discussed", "advised", "recommended", "recommends", "plan", "will", "would", "should",
            "can", "could", "may", "might", "also", "not", "no", "yes", "very", "just", "about", "into", "over",
            "than", "too", "some", "any", "all", "per", "which", "who", "whom", "what", "when", "where", "how",
            "up", "out", "s", "t", "okay", "ok", "um", "uh", "well", "like", "really", "get", "got", "go",
            "going", "currently", "today", "now", "presents", "presented");

    private TextTokens() {
    }

    /** Lower-case alphanumeric tokens. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(lower.substring(start, i));
            }
        }
        return out;
    }

    /** A crude stem: the first five characters, enough to match "waking" with "wake" and "wakes". */
    static String stem(String token) {
        if (isNumber(token)) {
            return token;
        }
        String t = token;
        if (t.length() > 4 && t.endsWith("ing")) {
            t = t.substring(0, t.length() - 3);
        } else if (t.length() > 3 && t.endsWith("ed")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.length() > 3 && t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.length() > 5 ? t.substring(0, 5) : t;
    }

    static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }
}
