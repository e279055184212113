package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.MatcherSlots;

/**
 * A fast equivalent of {@code Pattern.compile("\\b(a|b|c...)\\b").matcher(s).find()} for cue lists of many
 * alternatives. Java's regex engine tries every alternative at every character; this class tries, at each word
 * start only, just the alternatives that can begin with that word's first two letters (alternatives starting
 * with a group or a class are tried at every word start). Same answers, a small fraction of the work.
 * Immutable and thread-safe.
 */
final class KeywordPattern {

    private final Pattern whole;
    /** Alternatives by their first two characters (when both are plain letters or digits), or null. */
    private final Entry[][] byTwo = new Entry[128][];
    /** Alternatives by their first character only (the second is not plain), or null. */
    private final Pattern[] byOne = new Pattern[128];
    /** Each {@link #byOne} pattern's index among {@link #parts}. */
    private final int[] byOneSlot = new int[128];
    /** Alternatives that start with a group or a class: tried at every word start. */
    private final Pattern wildcard;
    /** The sub-patterns above, numbered: a thread's matcher for sub-pattern k is reused from search to search. */
    private final List<Pattern> parts = new ArrayList<>();
    private final ThreadLocal<MatcherCache> caches = ThreadLocal.withInitial(() -> new MatcherCache(parts.size()));

    private KeywordPattern(String regex) {
        this.whole = Pattern.compile(regex);
        if (!regex.startsWith("\\b(") || !regex.endsWith(")\\b")) {
            throw new IllegalArgumentException("not a \\b(...)\\b keyword list: " + regex);
        }
        Map<Integer, List<String>> two = new TreeMap<>();
        Map<Integer, List<String>> one = new TreeMap<>();
        List<String> any = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (String alt : splitTopLevel(regex.substring(3, regex.length() - 3))) {
            alternatives.addAll(expandLeadingGroup(alt));
        }
        for (String alt : alternatives) {
            if (plain(alt, 0)) {
                if (plain(alt, 1)) {
                    two.computeIfAbsent(alt.charAt(0) * 128 + alt.charAt(1), k -> new ArrayList<>()).add(alt);
                } else {
                    one.computeIfAbsent((int) alt.charAt(0), k -> new ArrayList<>()).add(alt);
                }
            } else {
                any.add(alt);
            }
        }
        two.forEach((key, alts) -> {
            int c = key / 128;
            if (byTwo[c] == null) {
                byTwo[c] = new Entry[128];
            }
            byTwo[c][key % 128] = new Entry(parts, alts.stream().map(KeywordPattern::literalPrefix).distinct()
                    .toArray(String[]::new), compileAlternatives(alts),
                    alts.stream().allMatch(KeywordPattern::plainWords) ? alts.toArray(String[]::new) : null);
        });
        one.forEach((c, alts) -> {
            byOneSlot[c] = parts.size();
            byOne[c] = part(compileAlternatives(alts));
        });
        this.wildcard = any.isEmpty() ? null : part(compileAlternatives(any));
    }

    /**
     * "(sounds|looks) like (you|it)" as "sounds like (you|it)" and "looks like (you|it)", so that each can be
     * indexed by its first letters; alternatives not starting with a plain group are returned as they are.
     */
    static List<String> expandLeadingGroup(String alt) {
        if (!alt.startsWith("(") || alt.startsWith("(?")) {
            return List.of(alt);
        }
        int depth = 0;
        int close = -1;
        for (int i = 0; i < alt.length() && close < 0; i++) {
            char c = alt.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                close = i;
            }
        }
        if (close < 0 || close + 1 < alt.length() && "*+?{".indexOf(alt.charAt(close + 1)) >= 0) {
            return List.of(alt);
        }
        String rest = alt.substring(close + 1);
        List<String> out = new ArrayList<>();
        for (String option : splitTopLevel(alt.substring(1, close))) {
            if (option.isEmpty()) {
                return List.of(alt);
            }
            out.addAll(expandLeadingGroup(option.contains("|") ? "(?:" + option + ")" + rest : option + rest));
        }
        return out;
    }

    /** Numbers a sub-pattern (its index in {@link #parts} is its matcher's slot). */
    private Pattern part(Pattern p) {
        parts.add(p);
        return p;
    }

    /** Compiles a {@code \b(alt|alt|...)\b} pattern. */
    static KeywordPattern compile(String regex) {
        return new KeywordPattern(regex);
    }

    /** The equivalent ordinary pattern, for callers that need groups. */
    Pattern pattern() {
        return whole;
    }

    /**
     * Alternatives sharing their first two letters, and the literal text each of them starts with, indexed by
     * its third character so that a word start is checked only against the prefixes it can begin.
     */
    private static final class Entry {
        private final Pattern pattern;
        /** The pattern's index among its keyword pattern's parts. */
        private final int slot;
        /** True when a prefix is just the two letters the entry is filed under: every such word start may match. */
        private final boolean any;
        /** Prefixes (three or more characters) by their third character; prefixes with a non-ASCII one in [0]. */
        private final String[][] byThird = new String[128][];

        /**
         * The alternatives in order when every one is plain words ({@link #plainWords}): then they are matched
         * as text, without the regex; else null.
         */
        private final String[] literals;

        Entry(List<Pattern> parts, String[] prefixes, Pattern pattern, String[] literals) {
            this.pattern = pattern;
            this.slot = parts.size();
            parts.add(pattern);
            this.literals = literals;
            boolean anyPrefix = false;
            Map<Integer, List<String>> third = new TreeMap<>();
            for (String p : prefixes) {
                if (p.length() <= 2) {
                    anyPrefix = true;
                } else {
                    char c = p.charAt(2);
                    third.computeIfAbsent(c < 128 && c != 0 ? (int) c : 0, k -> new ArrayList<>()).add(p);
                }
            }
            this.any = anyPrefix;
            third.forEach((c, ps) -> byThird[c] = ps.toArray(String[]::new));
        }

        Pattern pattern() {
            return pattern;
        }

        /**
         * What {@code pattern} matched at {@code i} would give: the end of the first alternative, in order, that
         * the text holds at {@code i} followed by a word boundary; -1 when none; {@link #UNDECIDED} when a
         * candidate is followed by a non-ASCII character, whose word-ness is left to the regex (it differs between
         * Java versions). Needs {@link #literals}.
         */
        int matchLiterals(CharSequence s, int i) {
            for (String literal : literals) {
                if (startsWith(s, i, literal)) {
                    int e = i + literal.length();
                    if (e >= s.length()) {
                        return e;
                    }
                    char c = s.charAt(e);
                    if (c >= 128) {
                        return UNDECIDED;
                    }
                    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                        return e;
                    }
                }
            }
            return -1;
        }

        boolean mayMatch(CharSequence s, int i) {
            if (any) {
                return true;
            }
            if (i + 2 >= s.length()) {
                return false;
            }
            char c = s.charAt(i + 2);
            return c < 128 && c != 0 && anyStartsWith(byThird[c], s, i) || anyStartsWith(byThird[0], s, i);
        }

        private static boolean anyStartsWith(String[] prefixes, CharSequence s, int i) {
            if (prefixes == null) {
                return false;
            }
            for (String p : prefixes) {
                if (startsWith(s, i, p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether an alternative of only lower-case letters, digits, spaces, apostrophes and hyphens, ending in a
     * letter or digit: matching it is comparing text.
     */
    static boolean plainWords(String alt) {
        if (alt.isEmpty()) {
            return false;
        }
        for (int k = 0; k < alt.length(); k++) {
            char c = alt.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '\'' || c == '-')) {
                return false;
            }
        }
        char last = alt.charAt(alt.length() - 1);
        return last >= 'a' && last <= 'z' || last >= '0' && last <= '9';
    }

    /** {@link Entry#matchLiterals} could not decide without the regex. */
    private static final int UNDECIDED = -2;

    private static boolean startsWith(CharSequence s, int i, String prefix) {
        if (i + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The plain text an alternative must start with: up to its first operator, less a quantified last char. */
    static String literalPrefix(String alt) {
        int k = 0;
        while (k < alt.length() && "()[]{}\\|.*+?^$".indexOf(alt.charAt(k)) < 0) {
            k++;
        }
        if (k < alt.length() && "*+?{".indexOf(alt.charAt(k)) >= 0) {
            k--;
        }
        return alt.substring(0, Math.max(k, 0));
    }

    private static Pattern compileAlternatives(List<String> alts) {
        return Pattern.compile("(?:" + nonCapturing(String.join("|", alts)) + ")\\b");
    }

    /** Whether the character at {@code i} of an alternative is a plain letter or digit, not quantified. */
    private static boolean plain(String alt, int i) {
        if (i >= alt.length()) {
            return false;
        }
        char c = alt.charAt(i);
        boolean literal = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        return literal && (i + 1 >= alt.length() || "*+?{".indexOf(alt.charAt(i + 1)) < 0);
    }

    /** Makes every group non-capturing: fewer groups make matching cheaper. */
    private static String nonCapturing(String regex) {
        StringBuilder sb = new StringBuilder(regex.length() + 16);
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            sb.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                sb.append(regex.charAt(++i));
            } else if (c == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                sb.append("?:");
            }
        }
        return sb.toString();
    }

    private static List<String> splitTopLevel(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(body.substring(start, i));
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Whether the pattern occurs anywhere in {@code s}. */
    boolean find(CharSequence s) {
        return next(s, 0) >= 0;
    }

    /** How many non-overlapping occurrences {@code s} holds. */
    int count(CharSequence s) {
        int n = 0;
        int from = 0;
        while ((from = next(s, from)) >= 0) {
            n++;
        }
        return n;
    }

    /** Whether the pattern occurs anywhere in the text of {@code words}; the same as {@link #find(CharSequence)}. */
    boolean find(Words words) {
        MatcherCache cache = caches.get().on(words.text);
        for (int k = 0; k < words.count; k++) {
            if (matchAt(words.text, words.starts[k], cache) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How many non-overlapping occurrences the text of {@code words} holds; the same as {@link #count(CharSequence)}. */
    int count(Words words) {
        MatcherCache cache = caches.get().on(words.text);
        int n = 0;
        int k = 0;
        while (k < words.count) {
            int end = matchAt(words.text, words.starts[k], cache);
            k++;
            if (end >= 0) {
                n++;
                while (k < words.count && words.starts[k] < end) {
                    k++;
                }
            }
        }
        return n;
    }

    /** The end of the first occurrence at or after {@code from}, or -1. */
    private int next(CharSequence s, int from) {
        int n = s.length();
        MatcherCache cache = caches.get().on(s);
        int i = from;
        if (i > 0) {
            // a position inside a word is no word start: skip to the word's end
            while (i < n && wordChar(s.charAt(i - 1)) && wordChar(s.charAt(i))) {
                i++;
            }
        }
        while (i < n) {
            if (!wordChar(s.charAt(i))) {
                i++;
                continue;
            }
            // i is a word start: the text before it is empty or ends in a non-word character
            int end = matchAt(s, i, cache);
            if (end >= 0) {
                return end;
            }
            i++;
            while (i < n && wordChar(s.charAt(i))) {
                i++;
            }
        }
        return -1;
    }

    /** The end of an occurrence starting at the word start {@code i}, or -1. */
    private int matchAt(CharSequence s, int i, MatcherCache cache) {
        int n = s.length();
        char c = s.charAt(i);
        Entry[] row = byTwo[c];
        if (row != null && i + 1 < n) {
            char d = s.charAt(i + 1);
            if (d < 128 && row[d] != null && row[d].mayMatch(s, i)) {
                Entry entry = row[d];
                int end = entry.literals != null ? entry.matchLiterals(s, i) : UNDECIDED;
                if (end == UNDECIDED) {
                    end = cache.lookingAt(entry.pattern(), entry.slot, i);
                }
                if (end >= 0) {
                    return end;
                }
            }
        }
        if (byOne[c] != null) {
            int end = cache.lookingAt(byOne[c], byOneSlot[c], i);
            if (end >= 0) {
                return end;
            }
        }
        if (wildcard != null) {
            return cache.lookingAt(wildcard, parts.size() - 1, i);
        }
        return -1;
    }

    /** Finds the word starts of {@code text} once, for searching it with several patterns. */
    static Words words(String text) {
        int n = text.length();
        int[] starts = new int[8];
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            boolean w = wordChar(text.charAt(i));
            if (w && !inWord) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
            inWord = w;
        }
        return new Words(text, starts, count);
    }

    /** A text and the positions where its words start (a word character after a non-word one, or at 0). */
    static final class Words {
        private final String text;
        private final int[] starts;
        private final int count;

        private Words(String text, int[] starts, int count) {
            this.text = text;
            this.starts = starts;
            this.count = count;
        }
    }

    /**
     * A thread's matchers, one per sub-pattern, reused from word to word and from search to search ({@link
     * Matcher#reset(CharSequence)} when the text changes): one search at a time per thread.
     */
    private static final class MatcherCache {
        private final MatcherSlots slots;
        private CharSequence s;

        MatcherCache(int size) {
            this.slots = new MatcherSlots(size);
        }

        MatcherCache on(CharSequence text) {
            this.s = text;
            return this;
        }

        int lookingAt(Pattern p, int slot, int i) {
            Matcher m = slots.on(slot, p, s);
            m.region(i, s.length());
            return m.lookingAt() ? Math.max(m.end(), i + 1) : -1;
        }
    }
}
