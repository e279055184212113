package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern[][] DETOKENISE = {
        {Pattern.compile("\\s+([,.;:?!%])"), null},
        {Pattern.compile("\\b(ca|wo|do|does|did|is|are|was|were|have|has|had|could|should|would|need|must|ai)\\s+n't\\b"), null},
        {Pattern.compile("\\s+('s|'re|'ve|'ll|'d|'m)\\b"), null},
        {Pattern.compile("\\bwan na\\b"), null},
        {Pattern.compile("\\bgon na\\b"), null},
        {Pattern.compile("\\bgot ta\\b"), null},
        {Pattern.compile("\\$\\s+(\\d)"), null},
    };

    private static final String[] DETOKENISE_REPLACEMENT = {"$1", "$1n't", "$1", "want to", "going to", "got to",
        "\\$$1"};

    /** A substring each DETOKENISE rule needs; the rule is skipped when the text lacks it. */
    private static final String[] DETOKENISE_NEEDS = {" ", "n't", " '", "wan na", "gon na", "got ta", "$"};

    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");

    /** Filler words and phrases removed anywhere (matched on whole words, lower case). */
    private static final Pattern FILLERS = Pattern.compile(
            "(?:,|(?<![\\s,]))\\s*(?:(?<=^)|(?<=[\\s,.;:?!]))(?:um+|uh+|uh-huh|mm+-?hmm+|mm+|hmm+|er+|ah+|erm|you know|i mean|kind of|sort of"
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

    /** Joins ACI-Bench style tokens (" , ", " n't") back into ordinary text and lower-cases it. */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        if (s.indexOf('[') >= 0) {
            s = BRACKETS.matcher(s).replaceAll(" ");
        }
        s = SPACES.matcher(s.replace('\t', ' ').replace('\n', ' ')).replaceAll(" ");
        for (int i = 0; i < DETOKENISE.length; i++) {
            if (i == 0) {
                s = dropSpaceBefore(s, ",.;:?!%");
            } else if (i == 2) {
                s = joinContractions(s);
            } else if (s.contains(DETOKENISE_NEEDS[i])) {
                s = DETOKENISE[i][0].matcher(s).replaceAll(DETOKENISE_REPLACEMENT[i]);
            }
        }
        return s.strip();
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
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a whitespace character is directly followed by one of {@code punct}. */
    private static boolean spaceBefore(String s, String punct) {
        for (int i = 1; i < s.length(); i++) {
            if (punct.indexOf(s.charAt(i)) >= 0 && space(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes every run of whitespace directly followed by one of {@code punct}: what the first
     * {@link #DETOKENISE} rule ({@code \\s+([,.;:?!%])} to {@code $1}) does, without a regex.
     */
    static String dropSpaceBefore(String s, String punct) {
        if (!spaceBefore(s, punct)) {
            return s;
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!space(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && space(s.charAt(j))) {
                j++;
            }
            if (j == n || punct.indexOf(s.charAt(j)) < 0) {
                sb.append(s, i, j);
            }
            i = j;
        }
        return sb.toString();
    }

    /**
     * Removes every run of whitespace directly before a contraction ('s, 're, 've, 'll, 'd, 'm) that ends at a
     * word boundary: what the third {@link #DETOKENISE} rule does, without a regex. Leaves the text to the rule
     * when a non-ASCII character follows a contraction.
     */
    static String joinContractions(String s) {
        int n = s.length();
        StringBuilder sb = null;
        int copied = 0;
        for (int q = s.indexOf('\'', 1); q >= 0; q = s.indexOf('\'', q + 1)) {
            if (!space(s.charAt(q - 1))) {
                continue;
            }
            int len = contractionAt(s, q + 1);
            if (len == 0) {
                continue;
            }
            int e = q + 1 + len;
            if (e < n) {
                char c = s.charAt(e);
                if (c >= 128) {
                    return DETOKENISE[2][0].matcher(s).replaceAll(DETOKENISE_REPLACEMENT[2]);
                }
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                    continue;
                }
            }
            int runStart = q - 1;
            while (runStart > copied && space(s.charAt(runStart - 1))) {
                runStart--;
            }
            if (sb == null) {
                sb = new StringBuilder(n);
            }
            sb.append(s, copied, runStart);
            copied = q;
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
    }

    /** The length of the contraction letters (s, re, ve, ll, d, m) at {@code i}, or 0. */
    private static int contractionAt(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        char c = s.charAt(i);
        if (c == 's' || c == 'd' || c == 'm') {
            return 1;
        }
        char d = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return c == 'r' && d == 'e' || c == 'v' && d == 'e' || c == 'l' && d == 'l' ? 2 : 0;
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

    /** False only when {@link #PRONOUN_I} cannot match: no word "i" stands alone. */
    static boolean hasPronounI(String t) {
        int n = t.length();
        for (int i = t.indexOf('i'); i >= 0; i = t.indexOf('i', i + 1)) {
            if ((i == 0 || space(t.charAt(i - 1)))
                    && (i + 1 == n || space(t.charAt(i + 1)) || ",.;:?!'".indexOf(t.charAt(i + 1)) >= 0)) {
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
            if (mayRepeat(s)) {
                s = REPEATED_PHRASE.matcher(s).replaceAll("$1");
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
                    return true;
                }
            }
        }
        return false;
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

    private static final String[][] EXPANSIONS = {
        {"\\bcan't\\b", "cannot"}, {"\\bwon't\\b", "will not"}, {"\\b(\\w+)n't\\b", "$1 not"},
        {"\\b(it|that|there|he|she|what|this|everything|nothing)'s (been|got|gotten|had)\\b", "$1 has $2"},
        {"\\b(it|that|there|he|she|what|this|everything|nothing)'s\\b", "$1 is"}, {"\\b(\\w+)'re\\b", "$1 are"},
        {"\\b(\\w+)'ve\\b", "$1 have"}, {"\\b(\\w+)'ll\\b", "$1 will"}, {"\\bi'm\\b(?!-)", "I am"},
        {"\\bmilligrams?\\b", "mg"}, {"\\bmicrograms?\\b", "mcg"}, {"\\ba little bit\\b", "a little"},
        {"\\b(just|really|pretty|definitely|certainly|totally)\\s+", ""},
        {"\\bper cent\\b|\\bpercent\\b", "%"},
    };

    private static final Pattern[] EXPANSION_PATTERNS = new Pattern[EXPANSIONS.length];

    /** A substring each expansion needs; null for always. */
    private static final String[] EXPANSION_NEEDS = {"can't", "won't", "n't", "'s ", "'s", "'re", "'ve", "'ll", "i'm",
        "milligram", "microgram", "a little bit", null, "cent"};

    private static final String[] INTENSIFIERS = {"just", "really", "pretty", "definitely", "certainly", "totally"};

    private static boolean needs(String t, int rule) {
        String need = EXPANSION_NEEDS[rule];
        if (need != null) {
            return t.contains(need);
        }
        for (String w : INTENSIFIERS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static {
        for (int i = 0; i < EXPANSIONS.length; i++) {
            EXPANSION_PATTERNS[i] = Pattern.compile(EXPANSIONS[i][0]);
        }
    }

    private static final Pattern PRONOUN_I = Pattern.compile("(?<=^|\\s)i(?=$|[\\s,.;:?!']|'m|'ve|'ll|'d)");

    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"};
    private static final KeywordPattern NUMBER_GATE = KeywordPattern.compile(
            "\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|one)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b(two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|one(?= (mg|mcg|day|week|month|year|time|tablet|pill|hour|minute)s?\\b))\\b");

    private static final Set<String> NUMBER_LIKE = Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "thousand", "oh", "point", "and");

    /** Whether the word before {@code start} or after {@code end} is a number (word or digits). */
    private static boolean numberAround(String t, int start, int end) {
        int a = start - 1;
        while (a >= 0 && t.charAt(a) == ' ') {
            a--;
        }
        int b = a;
        while (b >= 0 && Character.isLetterOrDigit(t.charAt(b))) {
            b--;
        }
        String before = t.substring(b + 1, a + 1);
        int c = end;
        while (c < t.length() && t.charAt(c) == ' ') {
            c++;
        }
        int d = c;
        while (d < t.length() && Character.isLetterOrDigit(t.charAt(d))) {
            d++;
        }
        String after = t.substring(c, d);
        return number(before) && !before.equals("and") || number(after) && !after.equals("and")
                && !after.equals("oh") && !after.equals("point");
    }

    private static boolean number(String w) {
        return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || NUMBER_LIKE.contains(w));
    }

    /** The default of {@link OfflineNoteModel.Builder#keepNumberWords}: spoken numbers become digits. */
    static final boolean KEEP_NUMBER_WORDS = false;

    /**
     * Expands contractions, writes units as clinicians do ("milligrams" as "mg") and, unless
     * {@link #KEEP_NUMBER_WORDS}, small numbers as digits.
     */
    static String clinicalForm(String s, boolean keepNumberWords) {
        String t = s;
        for (int i = 0; i < EXPANSIONS.length; i++) {
            if (needs(t, i)) {
                t = EXPANSION_PATTERNS[i].matcher(t).replaceAll(EXPANSIONS[i][1]);
            }
        }
        if (keepNumberWords) {
            return t.replace("wo not", "will not").replace(" %", "%");
        }
        if (!NUMBER_GATE.find(t)) {
            return t.replace("wo not", "will not").replace(" %", "%");
        }
        Matcher m = NUMBER.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            // parts of compound numbers ("fifty five", "one twenty five", "11 two weeks ago") stay words
            if (numberAround(t, m.start(), m.end())) {
                m.appendReplacement(sb, m.group(1));
                continue;
            }
            int v = java.util.Arrays.asList(NUMBER_WORDS).indexOf(m.group(1));
            m.appendReplacement(sb, Integer.toString(v));
        }
        m.appendTail(sb);
        return sb.toString().replace("wo not", "will not").replace(" %", "%");
    }

    /** Capitalises the first letter and the pronoun "I", ensures terminal punctuation. */
    static String finish(String s) {
        return finish(s, KEEP_NUMBER_WORDS);
    }

    /**
     * Capitalises the first letter and the pronoun "I", ensures terminal punctuation; resolves the neutral
     * pronoun marks ({@link PersonRewriter#resolve}); writes small spoken numbers as digits unless
     * {@code keepNumberWords}.
     */
    static String finish(String s, boolean keepNumberWords) {
        String t = clinicalForm(PersonRewriter.resolve(s).strip(), keepNumberWords);
        while (!t.isEmpty() && ",;:-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return t;
        }
        if (hasPronounI(t)) {
            t = PRONOUN_I.matcher(t).replaceAll("I");
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        char last = t.charAt(t.length() - 1);
        if (last == '?') {
            t = t.substring(0, t.length() - 1) + ".";
        } else if (last != '.' && last != '!') {
            t = t + ".";
        } else if (last == '!') {
            t = t.substring(0, t.length() - 1) + ".";
        }
        return t;
    }
}
