package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises transcript text: undoes ACI-Bench style space tokenisation, splits sentences, removes
 * disfluencies, fillers and repeated words. Stateless and thread-safe.
 */
final class TextCleaner {

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "vs", "e.g", "i.e",
            "approx", "no", "jr", "sr", "prof", "etc");

    /** Filler words and phrases removed anywhere (matched on whole words, lower case). */
    private static final Pattern FILLERS = Pattern.compile(
            "(?:,|(?<![\\s,]))\\s*(?:(?<=^)|(?<=[\\s,.;:?!]))(?:um+|uh+|uh-huh|mm+-?hmm+|mm+|hmm+|(?<!\\bthe |\\ban |\\bthe, )er+|ah+|erm|you know|i mean|kind of|sort of"
                    + "|like i said|you see|i guess|basically|actually|to be honest|honestly|i'm sorry|sorry)(?=$|[\\s,.;:?!])\\s*,?");

    /** Words or phrases removed at the start of a sentence, repeatedly. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:so|okay|ok|alright|all right|well|and|but|now|oh|um|uh|also|then|like|hmm|gotcha|wow|anyway|yeah|yep"
                    + "|i know(?: that)?(?= (?:you|your|he|she|his|her|the|we)\\b))"
                    + "(?:\\s*[,.!]\\s*|\\s+)"
                    + "|(?:yeah|yep|yes|no|nope|right|great|good|perfect|sure|got it|correct|exactly|definitely|absolutely)"
                    + "\\s*[,.!]\\s*)");

    private static final Pattern STUTTER = Pattern.compile("(?:(?<=^)|(?<=\\s))[a-z]+-(?=\\s|$)");
    /*
     * Java's matcher recurses once per repetition of a group, so a group repeated without an upper bound
     * overflows the stack on a long run ("I I I ..." of 18 KB). Every repeated group below is bounded
     * ({0,MAX_RUN}); clean() repeats until nothing changes, so longer runs still collapse. A leading \\s* is
     * anchored to the start of its whitespace run ((?<!\\s)) so that a long run of spaces costs linear time.
     */
    private static final Pattern REPEATED_WORD = Pattern.compile("\\b(\\w+(?:'\\w+)?)(?:[\\s,]+\\1\\b){1,32}");
    private static final Pattern REPEATED_PHRASE = Pattern.compile("\\b((?:\\w+\\s+){1,3}\\w+)(?:[\\s,]+\\1\\b){1,32}");
    private static final Pattern ELLIPSIS = Pattern.compile("(?<!\\s)\\s*\\.[\\s.]*\\.\\s*|(?<!\\s)\\s*…");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern BAD_PUNCT = Pattern.compile(
            "(?<!\\s)\\s*,[\\s,]*,|^[\\s,;:.]+|(?<!\\s)\\s+(?=[,.;:?!])");

    private TextCleaner() {
    }

    /** Splits normalised text into sentences, keeping the terminal punctuation. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!') {
                int j = i;
                while (j + 1 < n && (text.charAt(j + 1) == '.' || text.charAt(j + 1) == '?' || text.charAt(j + 1) == '!')) {
                    j++;
                }
                boolean end = j + 1 >= n || Character.isWhitespace(text.charAt(j + 1));
                if (end && c == '.' && j == i) {
                    String prev = lastWord(text, i);
                    if (ABBREVIATIONS.contains(prev) || prev.length() == 1 && Character.isLetter(prev.charAt(0))
                            && !prev.equals("i")) {
                        end = false;
                    }
                    if (j + 1 < n && i > 0 && Character.isDigit(text.charAt(i - 1)) && j + 2 < n
                            && Character.isDigit(text.charAt(j + 2))) {
                        end = false;
                    }
                }
                if (end) {
                    String sentence = text.substring(start, j + 1).strip();
                    if (!sentence.isEmpty()) {
                        out.add(sentence);
                    }
                    start = j + 1;
                    i = j;
                }
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static String lastWord(String text, int end) {
        int k = end - 1;
        while (k >= 0 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '.')) {
            k--;
        }
        return text.substring(k + 1, end);
    }

    /** A regex whitespace character ({@code \\s}). */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * False only when {@link #BAD_PUNCT} cannot match: the text does not start with a space or {@code ,;:.},
     * holds no two commas with only spaces between, and no space directly before {@code ,.;:?!}.
     */
    static boolean mayHaveBadPunct(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char first = s.charAt(0);
        if (space(first) || first == ',' || first == ';' || first == ':' || first == '.') {
            return true;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',') {
                int j = i + 1;
                while (j < n && space(s.charAt(j))) {
                    j++;
                }
                if (j < n && s.charAt(j) == ',') {
                    return true;
                }
            }
            if (",.;:?!".indexOf(c) >= 0 && space(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Removes fillers, stutters, repetitions and leading discourse markers from one sentence. */
    static String clean(String sentence) {
        String s = sentence;
        if (s.indexOf('\u2026') >= 0 || s.indexOf('.') != s.lastIndexOf('.')) {
            s = ELLIPSIS.matcher(s).replaceAll(" , ");
        }
        if (s.indexOf('-') >= 0) {
            s = STUTTER.matcher(s).replaceAll(" ");
        }
        String prev;
        do {
            prev = s;
            if (mayHoldFiller(s)) {
                s = FILLERS.matcher(s).replaceAll(" ");
            }
            if (s.contains("  ")) {
                s = SPACES.matcher(s).replaceAll(" ");
            }
            s = s.strip();
            if (mayHaveBadPunct(s)) {
                s = BAD_PUNCT.matcher(s).replaceAll(m -> m.group().contains(",") && m.start() > 0 ? "," : "");
            }
            int repeats = repeats(s);
            if (repeats != 0) {
                if ((repeats & ~2) != 0) {
                    s = REPEATED_PHRASE.matcher(s).replaceAll("$1");
                }
                s = REPEATED_WORD.matcher(s).replaceAll("$1");
            }
            s = stripLeading(s);
        } while (!s.equals(prev));
        return s.strip();
    }

    /**
     * False only when no {@link #FILLERS} alternative can match: no filler sound (um, uh, mm-hmm ...) and no
     * filler phrase (you know, i mean, kind of, like i said, you see, i guess, basically, actually, to be honest,
     * honestly, sorry) occurs as words.
     */
    static boolean mayHoldFiller(String s) {
        int n = s.length();
        int i = 0;
        // the previous two words, as spans of s; -1 before the first
        int prevStart = -1;
        int prevEnd = -1;
        int prev2Start = -1;
        int prev2End = -1;
        while (i < n) {
            while (i < n && !isWordChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            if (isSound(s, start, i)) {
                return true;
            }
            boolean hit;
            if (is(s, start, i, "basically") || is(s, start, i, "actually") || is(s, start, i, "honestly")
                    || is(s, start, i, "sorry") || is(s, start, i, "erm") || is(s, start, i, "uh-huh")) {
                hit = true;
            } else if (is(s, start, i, "know") || is(s, start, i, "see")) {
                hit = is(s, prevStart, prevEnd, "you");
            } else if (is(s, start, i, "mean") || is(s, start, i, "guess")) {
                hit = is(s, prevStart, prevEnd, "i");
            } else if (is(s, start, i, "of")) {
                hit = is(s, prevStart, prevEnd, "kind") || is(s, prevStart, prevEnd, "sort");
            } else if (is(s, start, i, "said")) {
                hit = is(s, prevStart, prevEnd, "i") && is(s, prev2Start, prev2End, "like");
            } else if (is(s, start, i, "honest")) {
                hit = is(s, prevStart, prevEnd, "be");
            } else {
                hit = false;
            }
            if (hit) {
                return true;
            }
            prev2Start = prevStart;
            prev2End = prevEnd;
            prevStart = start;
            prevEnd = i;
        }
        return false;
    }

    /** Whether {@code s[start, end)} is {@code word}; false for a missing span (start -1). */
    private static boolean is(String s, int start, int end, String word) {
        return start >= 0 && end - start == word.length() && s.startsWith(word, start);
    }

    /** um+, uh+, mm+, hmm+, er+, ah+ and the mm-hmm family. */
    private static boolean isSound(String s, int start, int end) {
        char c = s.charAt(start);
        if ("umheah".indexOf(c) < 0) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if ("umhera-".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return SOUND.matcher(s).region(start, end).matches();
    }

    private static final Pattern SOUND = Pattern.compile("um+|uh+|uh-huh|mm+(?:-?hmm+)?|hmm+|er+|ah+|erm");

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '\'' || c == '-' || c >= 'A' && c <= 'Z';
    }

    /**
     * False only when no run of one to four words is immediately repeated: {@link #REPEATED_WORD} and
     * {@link #REPEATED_PHRASE} cannot match.
     */
    static boolean mayRepeat(String s) {
        return repeats(s) != 0;
    }

    /**
     * The lengths m (1 to 4 words) of the runs repeated at once, as bits {@code 1 << m}; 0 when none.
     * {@link #REPEATED_PHRASE} needs a run of two or more words.
     */
    static int repeats(String s) {
        int found = 0;
        int n = s.length();
        int[] starts = new int[Math.max(4, n / 2 + 1)];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !wordLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordLetter(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        for (int m = 1; m <= 4; m++) {
            for (int k = 0; k + 2 * m <= count; k++) {
                boolean same = true;
                for (int j = 0; j < m && same; j++) {
                    int a = k + j;
                    int b = k + m + j;
                    same = ends[a] - starts[a] == ends[b] - starts[b]
                            && s.regionMatches(starts[a], s, starts[b], ends[a] - starts[a]);
                }
                if (same && separatorOnly(s, ends[k + m - 1], starts[k + m])) {
                    found |= 1 << m;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code s[from, to)} is only whitespace and commas: both repetition patterns need the copies
     * separated by {@code [\\s,]+}.
     */
    private static boolean separatorOnly(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ',' && !space(c)) {
                return false;
            }
        }
        return true;
    }

    /** A regex word character ({@code \\w}). */
    private static boolean wordLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    static String stripLeading(String s) {
        String prev;
        String out = s.strip();
        do {
            prev = out;
            Matcher m = LEADING.matcher(out);
            if (m.find()) {
                out = out.substring(m.end()).strip();
            }
            while (!out.isEmpty() && (out.charAt(0) == ',' || out.charAt(0) == '.' || out.charAt(0) == ';')) {
                out = out.substring(1).strip();
            }
        } while (!out.equals(prev));
        return out;
    }

    /** Words of a cleaned sentence (letters, digits, apostrophes). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !tokenChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && tokenChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private static boolean tokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '$' || c == '%' || c == '/' || c == '-';
    }

}
