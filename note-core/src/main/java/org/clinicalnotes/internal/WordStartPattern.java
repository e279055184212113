package org.clinicalnotes.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same answers as {@code pattern.matcher(s).find()} and a {@code while (m.find())} count, with less work for
 * patterns of the form {@code \b} followed by something that must begin with a letter or digit (a cue list such as
 * {@code \b(?:therapy|session|homework)\b}). Such a match can only start where a word starts, so the regex is tried
 * there only, instead of at every character; {@code ^}-anchored patterns are tried at the start only. Any other
 * pattern is searched as usual. Immutable and thread-safe. Not API.
 *
 * @since 0.2.0
 */
public final class WordStartPattern {

    private enum Mode { WORD_STARTS, START_ONLY, ANYWHERE }

    private final Pattern pattern;
    /**
     * What {@link #find} and {@link #count} search: the pattern with its groups made non-capturing (a matcher
     * resets every group each time it moves, so fewer groups cost less), or the pattern itself when it refers
     * back to a group.
     */
    private final Pattern search;
    private final Mode mode;
    /** In {@link Mode#WORD_STARTS}: the characters a match can begin with (ASCII letters and digits). */
    private final boolean[] first = new boolean[128];
    /**
     * In {@link Mode#WORD_STARTS}, for {@code \b(a|b|...)rest}: by first character, the pattern with only the
     * alternatives that can begin with it (in their order), so that a word start tries just those; else null.
     */
    private final Pattern[] byFirst;
    /** {@link #first} as a 128-bit set. */
    private final long[] firstMask = new long[2];
    /** In {@link Mode#WORD_STARTS}: the literal text a match begins with, checked before the regex; or null. */
    private final LiteralPrefixes prefixes;
    /** Each {@link #byFirst} pattern's matcher slot (slot 0 is {@link #search}'s). */
    private final int[] slotOf = new int[128];
    /** How many matchers a search may need: {@link #search}'s and one per distinct {@link #byFirst} pattern. */
    private final int slots;

    private WordStartPattern(Pattern pattern) {
        this.pattern = pattern;
        String r = pattern.pattern();
        this.search = backReference(r) || r.contains("\\Q") ? pattern
                : Pattern.compile(nonCapturing(r), pattern.flags());
        if ((pattern.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE
                | Pattern.UNICODE_CHARACTER_CLASS | Pattern.CANON_EQ)) != 0) {
            this.mode = Mode.ANYWHERE;
        } else if (topLevel(r).size() > 1) {
            this.mode = Mode.ANYWHERE; // a top-level bar: the leading anchor covers the first alternative only
        } else if (r.startsWith("^")) {
            this.mode = Mode.START_ONLY;
        } else if (r.startsWith("\\b") && beginsWithWordChar(r.substring(2), first)) {
            this.mode = Mode.WORD_STARTS;
            if ((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0) {
                for (char c = 'a'; c <= 'z'; c++) {
                    boolean either = first[c] || first[Character.toUpperCase(c)];
                    first[c] = either;
                    first[Character.toUpperCase(c)] = either;
                }
            }
        } else {
            this.mode = Mode.ANYWHERE;
        }
        this.byFirst = mode == Mode.WORD_STARTS && search != pattern ? buckets(r, pattern.flags()) : null;
        this.prefixes = mode == Mode.WORD_STARTS
                ? LiteralPrefixes.of(r.substring(2), (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0) : null;
        for (char c = 0; c < 128; c++) {
            if (first[c]) {
                firstMask[c >> 6] |= 1L << (c & 63);
            }
        }
        int slots = 1;
        if (byFirst != null) {
            java.util.Map<Pattern, Integer> seen = new java.util.IdentityHashMap<>();
            for (int c = 0; c < 128; c++) {
                if (byFirst[c] != null) {
                    slotOf[c] = seen.computeIfAbsent(byFirst[c], x -> seen.size() + 1);
                }
            }
            slots += seen.size();
        }
        this.slots = slots;
    }

    /**
     * A searcher that keeps its matchers from text to text ({@link Matcher#reset(CharSequence)} instead of a new
     * matcher, which costs about as much as searching a short sentence): for one caller that searches many
     * texts with this pattern, such as every utterance of a transcript. Not thread-safe.
     */
    public final class Searcher {
        private final MatcherSlots matchers = new MatcherSlots(slots);

        private Searcher() {
        }

        /**
         * @param s the text; not null
         * @return as {@link WordStartPattern#count(CharSequence)}
         */
        public int count(CharSequence s) {
            return WordStartPattern.this.count(s, matchers);
        }

        /**
         * @param s the text; not null
         * @return as {@link WordStartPattern#find(CharSequence)}
         */
        public boolean find(CharSequence s) {
            return WordStartPattern.this.find(s, matchers);
        }
    }

    /** @return a new searcher for one caller; see {@link Searcher} */
    public Searcher searcher() {
        return new Searcher();
    }

    /**
     * For {@code \b} followed by a group of alternatives not made optional: for each ASCII character, the
     * pattern with just the alternatives that can begin with it; null when the pattern has another form.
     */
    private static Pattern[] buckets(String r, int flags) {
        String body = r.substring(2);
        if (!body.startsWith("(")) {
            return null;
        }
        int close = closing(body);
        if (close < 0 || close + 1 < body.length() && "?*+{".indexOf(body.charAt(close + 1)) >= 0) {
            return null;
        }
        int open = body.startsWith("(?:") ? 3 : body.startsWith("(?") ? -1 : 1;
        if (open < 0) {
            return null;
        }
        java.util.List<String> alts = topLevel(body.substring(open, close));
        if (alts.size() < 4) {
            return null;
        }
        String rest = nonCapturing(body.substring(close + 1));
        boolean fold = (flags & Pattern.CASE_INSENSITIVE) != 0;
        boolean[][] firsts = new boolean[alts.size()][];
        for (int a = 0; a < alts.size(); a++) {
            firsts[a] = new boolean[128];
            if (!beginsWithWordChar(alts.get(a), firsts[a])) {
                return null;
            }
            if (fold) {
                for (char c = 'a'; c <= 'z'; c++) {
                    boolean either = firsts[a][c] || firsts[a][Character.toUpperCase(c)];
                    firsts[a][c] = either;
                    firsts[a][Character.toUpperCase(c)] = either;
                }
            }
        }
        Pattern[] out = new Pattern[128];
        java.util.Map<String, Pattern> compiled = new java.util.HashMap<>();
        for (char c = 0; c < 128; c++) {
            StringBuilder sb = new StringBuilder();
            for (int a = 0; a < alts.size(); a++) {
                if (firsts[a][c]) {
                    sb.append(sb.length() == 0 ? "" : "|").append(nonCapturing(alts.get(a)));
                }
            }
            if (sb.length() > 0) {
                String regex = "\\b(?:" + sb + ")" + rest;
                out[c] = compiled.computeIfAbsent(regex, x -> Pattern.compile(x, flags));
            }
        }
        return out;
    }

    /** Whether a regex refers back to a group ({@code \1}, {@code \k<name>}): its groups must stay. */
    private static boolean backReference(String r) {
        for (int i = 0; i + 1 < r.length(); i++) {
            if (r.charAt(i) == '\\') {
                char c = r.charAt(i + 1);
                if (c >= '1' && c <= '9' || c == 'k') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** The regex with every plain group {@code (...)} made non-capturing; classes and escapes left alone. */
    private static String nonCapturing(String r) {
        StringBuilder sb = new StringBuilder(r.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            sb.append(c);
            if (c == '\\' && i + 1 < r.length()) {
                sb.append(r.charAt(++i));
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && (i + 1 >= r.length() || r.charAt(i + 1) != '?')) {
                sb.append("?:");
            }
        }
        return sb.toString();
    }

    /**
     * @param pattern the pattern; not null
     * @return the searcher
     */
    public static WordStartPattern of(Pattern pattern) {
        return new WordStartPattern(pattern);
    }

    /** @return whether matches are tried at the start of the text only (a {@code ^} pattern) */
    public boolean findsAtStartOnly() {
        return mode == Mode.START_ONLY;
    }

    /** @return whether matches are tried at word starts only (a {@code \b} pattern that begins with a letter) */
    public boolean findsAtWordStartsOnly() {
        return mode == Mode.WORD_STARTS;
    }

    /** @return the pattern searched for */
    public Pattern pattern() {
        return pattern;
    }

    /**
     * @param s the text; not null
     * @return whether the pattern occurs in it, as {@link Matcher#find()} answers
     */
    public boolean find(CharSequence s) {
        return find(s, null);
    }

    private boolean find(CharSequence s, MatcherSlots ms) {
        return switch (mode) {
            case ANYWHERE -> search.matcher(s).find();
            case START_ONLY -> search.matcher(s).lookingAt();
            case WORD_STARTS -> next(s, new Matcher[1], 0, ms) >= 0;
        };
    }

    /**
     * The first characters of the word starts of a text (ASCII only), as {@link #mayFind(long[])} takes them:
     * computed once, it lets a caller skip the patterns that cannot occur in the text.
     *
     * @param s the text; not null
     * @return a 128-bit set, as two longs
     */
    public static long[] wordStarts(CharSequence s) {
        long[] mask = new long[2];
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 128 && (i == 0 || !asciiWordChar(s.charAt(i - 1)))) {
                mask[c >> 6] |= 1L << (c & 63);
            }
        }
        return mask;
    }

    /**
     * False only when {@link #find} must answer false for a text whose {@link #wordStarts} are {@code mask}: the
     * pattern is tried at word starts only and none begins with a character a match can begin with.
     *
     * @param mask {@link #wordStarts} of the text
     * @return whether the pattern may occur in the text
     */
    public boolean mayFind(long[] mask) {
        if (mode != Mode.WORD_STARTS) {
            return true;
        }
        return (mask[0] & firstMask[0]) != 0 || (mask[1] & firstMask[1]) != 0;
    }

    /**
     * @param s the text; not null
     * @return how many times {@code while (m.find())} finds the pattern in it
     */
    public int count(CharSequence s) {
        return count(s, null);
    }

    private int count(CharSequence s, MatcherSlots ms) {
        int n = 0;
        if (mode != Mode.WORD_STARTS) {
            Matcher m = search.matcher(s);
            while (m.find()) {
                n++;
            }
            return n;
        }
        Matcher[] m = new Matcher[1];
        MatcherSlots own = ms != null ? ms : new MatcherSlots(slots);
        int from = 0;
        while (from <= s.length()) {
            int start = next(s, m, from, own);
            if (start < 0) {
                break;
            }
            n++;
            from = m[0].end() == start ? start + 1 : m[0].end();
        }
        return n;
    }

    /**
     * The start of the first match at a word start at or after {@code from}, leaving {@code m[0]} on it; or -1.
     * A word start is tried only when its first character and text can begin a match, and then with the
     * alternatives that can begin with that character ({@link #byFirst}) when there are such buckets. The
     * matchers come from {@code ms}, or from a set made on the first word start tried when it is null.
     */
    private int next(CharSequence s, Matcher[] m, int from, MatcherSlots ms) {
        int len = s.length();
        for (int i = from; i < len; i++) {
            char c = s.charAt(i);
            if (c < 128 && first[c] && (i == 0 || !asciiWordChar(s.charAt(i - 1)))
                    && (prefixes == null || prefixes.mayStartAt(s, i))) {
                Pattern p = byFirst == null ? search : byFirst[c];
                if (p == null) {
                    continue;
                }
                if (ms == null) {
                    ms = new MatcherSlots(slots);
                }
                Matcher x = ms.on(byFirst == null ? 0 : slotOf[c], p, s);
                if (x.region(i, len).lookingAt()) {
                    m[0] = x;
                    return i;
                }
            }
        }
        return -1;
    }

    /** A character before which {@code \b} cannot hold when a word character follows (non-ASCII: not certain). */
    private static boolean asciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * Whether every match of {@code r} begins with an ASCII letter or digit: a plain letter or digit not made
     * optional, or a group whose alternatives all do (an optional group needs what follows it to do so as well).
     * Conservative: anything else answers false. Adds the characters a match can begin with to {@code first}.
     */
    static boolean beginsWithWordChar(String r, boolean[] first) {
        if (r.isEmpty()) {
            return false;
        }
        char c = r.charAt(0);
        if (r.startsWith("(?:") || c == '(' && !r.startsWith("(?")) {
            int open = c == '(' && !r.startsWith("(?:") ? 1 : 3;
            int close = closing(r);
            if (close < 0) {
                return false;
            }
            String body = r.substring(open, close);
            String rest = r.substring(close + 1);
            for (String alt : topLevel(body)) {
                if (!beginsWithWordChar(alt, first)) {
                    return false;
                }
            }
            if (rest.startsWith("?") || rest.startsWith("*") || rest.startsWith("{0")) {
                if (!rest.startsWith("?") || rest.startsWith("??") || rest.startsWith("?+")) {
                    return false;
                }
                return beginsWithWordChar(rest.substring(1), first);
            }
            return true;
        }
        if (c == '\\') {
            if (r.length() < 2 || r.charAt(1) != 'd' || optional(r, 2)) {
                return false;
            }
            for (char d = '0'; d <= '9'; d++) {
                first[d] = true;
            }
            return true;
        }
        if (c < 128 && Character.isLetterOrDigit(c) && !optional(r, 1)) {
            first[c] = true;
            return true;
        }
        return false;
    }

    private static boolean optional(String r, int i) {
        return i < r.length() && (r.charAt(i) == '?' || r.charAt(i) == '*' || r.startsWith("{0", i));
    }

    /** The index of the parenthesis closing the one at 0, or -1. */
    static int closing(String r) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The alternatives of a group body, split at its top-level bars. */
    static java.util.List<String> topLevel(String body) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int last = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(body.substring(last, i));
                last = i + 1;
            }
        }
        out.add(body.substring(last));
        return out;
    }
}
