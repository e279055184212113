package org.clinicalnotes.model.offline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written form of a finished statement: contractions expanded, units as clinicians write them, small
 * spoken numbers as digits, a capital first letter and a full stop. Stateless and thread-safe.
 */
final class ClinicalForm {

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
        while (a >= 0 && (t.charAt(a) == ' ' || t.charAt(a) == '-')) {
            a--;
        }
        int b = a;
        while (b >= 0 && Character.isLetterOrDigit(t.charAt(b))) {
            b--;
        }
        String before = t.substring(b + 1, a + 1);
        int c = end;
        while (c < t.length() && (t.charAt(c) == ' ' || t.charAt(c) == '-')) {
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

    /** "126 over 78" as a reading is written "126/78". */
    private static final Pattern READING = Pattern.compile("\\b(\\d{2,3}) over (\\d{2,3})\\b");

    /** Writes paired readings ("126 over 78", blood pressure) as clinicians do: 126/78. */
    static String readings(String s) {
        return s.indexOf(" over ") < 0 ? s : READING.matcher(s).replaceAll("$1/$2");
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
        if (t.indexOf(". ") > 0 || t.indexOf("? ") > 0 || t.indexOf("! ") > 0) {
            t = capitaliseSentences(t);
        }
        char last = t.charAt(t.length() - 1);
        if ((last == '"' || last == '\u201d') && t.length() > 1 && ".!?".indexOf(t.charAt(t.length() - 2)) >= 0) {
            return t;   // a quotation that ends the sentence carries its own stop: no '."."'
        }
        if (last == '?') {
            t = t.substring(0, t.length() - 1) + ".";
        } else if (last != '.' && last != '!') {
            t = t + ".";
        } else if (last == '!') {
            t = t.substring(0, t.length() - 1) + ".";
        }
        return t;
    }

    /** A lower-case letter opening a sentence after the first one: group 1 the word before the stop. */
    private static final Pattern LOWER_SENTENCE_START = Pattern.compile("(\\b[\\w.]{1,12})([.!?][\"\u201d]?\\s+[\"\u201c]?)([a-z])");
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("dr", "mr", "mrs", "ms", "vs", "e.g",
            "i.e", "approx", "etc", "no", "jr", "sr", "prof", "st");

    /** Capitalises the first letter of each sentence after the first, unless the stop ends an abbreviation. */
    static String capitaliseSentences(String t) {
        Matcher m = LOWER_SENTENCE_START.matcher(t);
        StringBuilder sb = new StringBuilder(t.length());
        while (m.find()) {
            String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean abbreviation = m.group(2).charAt(0) == '.' && ABBREVIATIONS.contains(word);
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2)
                    + (abbreviation ? m.group(3) : m.group(3).toUpperCase(java.util.Locale.ROOT))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** False only when {@link #PRONOUN_I} cannot match: no word "i" stands alone. */
    static boolean hasPronounI(String t) {
        int n = t.length();
        for (int i = t.indexOf('i'); i >= 0; i = t.indexOf('i', i + 1)) {
            if ((i == 0 || TextCleaner.space(t.charAt(i - 1)))
                    && (i + 1 == n || TextCleaner.space(t.charAt(i + 1)) || ",.;:?!'".indexOf(t.charAt(i + 1)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private ClinicalForm() {
    }
}
