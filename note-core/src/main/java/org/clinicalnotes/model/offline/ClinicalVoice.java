package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last pass over a finished statement: no first or second person outside quotations, and a verb that
 * agrees with a third-person singular subject. The clinician's own plans lose their subject, as clinical
 * notes write them ("I will send the referral today" becomes "Will send the referral today."); a first person
 * left elsewhere is the clinician ("the clinician"), a second person the patient. Subject and verb agreement
 * uses {@link Grammar}'s part-of-speech tags and lemmas: a verb in its base form right after "the patient",
 * "he", "she" or "the clinician" (adverbs may stand between) takes its third-person form ("the patient keep"
 * becomes "the patient keeps"), while a past form, a modal or a verb after "to" is left alone. Stateless and
 * thread-safe.
 */
final class ClinicalVoice {

    /** A plan spoken in the first person: group 1 is what follows the subject and its auxiliary. */
    private static final Pattern FIRST_PERSON_PLAN = Pattern.compile(
            "^(?:(?:and|so|okay|now|then|also),?\\s{1,3}){0,4}(?:i|we)(?:'ll| will| am going to|'m going to| are going to"
                    + "|'re going to| would like to|'d like to| want to| need to| can| should)\\s+(?:also\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LETS = Pattern.compile("^(?:(?:and|so|okay|now|then),?\\s{1,3}){0,4}let(?:'s| us)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PERSON_WORD = Pattern.compile(
            "\\b(i|i'm|i've|i'll|i'd|me|my|mine|myself|we|we're|we've|we'll|us|our|ours|you|you're|you've|you'll"
                    + "|you'd|your|yours|yourself)\\b", Pattern.CASE_INSENSITIVE);

    /** Two independent clauses joined without a comma: "... all day and they end up ...". */
    private static final Pattern COMPOUND = Pattern.compile(
            "(?<![,;]) (and|but|or|so) (they|he|she|the patient|the clinician) (?=[a-z])");

    /** Forms of address are speech, not content: "I'm still in pain, doctor." */
    private static final Pattern VOCATIVE = Pattern.compile(
            ",\\s*(?:doctor|doc|sir|ma'am|miss|young lady|young man|buddy|my friend|dear)(?=[.!?,;]|$)",
            Pattern.CASE_INSENSITIVE);

    private static final String MASK = "\u0006";
    private static final Pattern QUOTED = Pattern.compile(
            "\"[^\"]*\"|\u201c[^\u201d]*\u201d|(?i)\\b[a-z']{1,30}(?:-[a-z']{1,30}){2,8}\\b");

    private static final Pattern SUBJECT = Pattern.compile(
            "\\b(the patient|the clinician|the team|the family|he|she)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Set<String> ADVERBS = Set.of("also", "just", "still", "never", "always", "usually",
            "really", "sometimes", "only", "often", "even", "already", "mostly", "normally", "generally", "now",
            "occasionally", "frequently", "rarely", "actually");

    /** Words after a subject that are never a verb to inflect: no need to ask the tagger. */
    private static final Set<String> NON_VERBS = Set.of("about", "with", "for", "in", "on", "at", "from", "that",
            "who", "which", "as", "if", "when", "because", "since", "but", "a", "an", "the", "back", "up", "out",
            "over", "by", "into", "then", "there", "here", "too", "so", "very", "more", "less", "well", "after",
            "before", "during", "while", "today", "yesterday", "tomorrow", "again", "himself", "herself", "her",
            "his", "him", "she", "he", "they", "it", "this", "these", "those", "some", "any", "all", "no", "not");

    /** Base forms that are not verbs after a subject, or already agree. */
    private static final Set<String> NOT_INFLECTED = Set.of("can", "could", "will", "would", "should", "might",
            "must", "may", "shall", "cannot", "did", "does", "is", "has", "was", "had", "denies", "reports", "and",
            "or", "to", "not");

    /** A verb whose object takes a bare infinitive: "had the patient do", "let him try", "make her feel". */
    private static final Pattern CAUSATIVE = Pattern.compile(
            "(?:^|\\s)(?:had|have|has|having|let|lets|make|makes|made|help|helps|helped|watch|watched|saw|see|hear|heard)\\s$");

    private static final String LIKELY = "{likely}";
    private static final Pattern LATER_PLAN = Pattern.compile(
            "([.;]\\s+)(?:i|we)(?:'ll| will| are going to| am going to)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATER_LETS = Pattern.compile("([.;]\\s+)let's\\s+(\\w)", Pattern.CASE_INSENSITIVE);

    /** A rewrite; {@code search} answers whether it applies with less work than the pattern's own find. */
    private record Rule(Pattern pattern, String replacement, org.clinicalnotes.internal.WordStartPattern search) {
        Rule(Pattern pattern, String replacement) {
            this(pattern, replacement, org.clinicalnotes.internal.WordStartPattern.of(pattern));
        }
    }

    private static final List<Rule> CLINICIAN_RULES = new ArrayList<>();
    private static final List<Rule> PATIENT_RULES = new ArrayList<>();
    private static final List<Rule> ALL_RULES = new ArrayList<>();

    static {
        try (java.io.InputStream in = ClinicalVoice.class.getResourceAsStream("voice.tsv")) {
            if (in == null) {
                throw new IllegalStateException("voice.tsv missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Rule r = new Rule(Pattern.compile(f[1], Pattern.CASE_INSENSITIVE), f.length > 2 ? f[2] : "");
                ("C".equals(f[0]) ? CLINICIAN_RULES : "P".equals(f[0]) ? PATIENT_RULES : ALL_RULES).add(r);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ClinicalVoice() {
    }

    /**
     * Where "I think he has ..." lost its "I think": "likely" goes before the first verb after {@code at}
     * ("he likely has ..."), or after it when that verb is a form of "be" ("he is likely retaining ...").
     */
    private static String hedge(String text, int at) {
        Grammar g = Grammar.get();
        if (!g.available()) {
            return text;
        }
        // tag a window from the dropped "I think" on: the tagger's cost grows with length
        String window = text.substring(at, Math.min(text.length(), at + 60));
        Tokens t = Tokens.of(window);
        String[] tags = g.tag(t.words);
        for (int i = 0; i < t.words.length; i++) {
            if (!Grammar.isVerb(tags[i])) {
                continue;
            }
            String w = t.words[i];
            if (w.equals("'s")) {
                return text;
            }
            boolean be = w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were");
            int pos = at + (be ? t.starts[i] + w.length() : t.starts[i]);
            return text.substring(0, pos) + (be ? " likely" : "likely ") + text.substring(pos);
        }
        return text;
    }

    /**
     * Applies the pass.
     *
     * @param text      a finished statement
     * @param clinician whether it comes from the clinician's turns (a first person is then the clinician)
     * @return the statement in clinical third person
     */
    static String apply(String text, boolean clinician) {
        if (text.isEmpty()) {
            return text;
        }
        // quotations, and compounds such as "the I'm-going-to-be-fired thought", keep the speaker's words
        List<String> kept = new ArrayList<>();
        boolean quotes = text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('-') >= 0;
        Matcher q = QUOTED.matcher(quotes ? text : "");
        StringBuilder masked = new StringBuilder();
        while (q.find()) {
            String quote = q.group();
            if (quote.charAt(0) != '"' && quote.charAt(0) != '\u201c' && PERSON_WORD.matcher(quote).find()) {
                quote = "\u201c" + quote + "\u201d";
            }
            kept.add(quote);
            q.appendReplacement(masked, Matcher.quoteReplacement(MASK + (kept.size() - 1) + MASK));
        }
        q.appendTail(masked);
        String out = quotes ? masked.toString() : text;
        if (out.indexOf(',') >= 0) {
            out = VOCATIVE.matcher(out).replaceAll("");
        }
        if (PERSON_WORD.matcher(out).find()) {
            out = person(out, clinician);
        }
        out = COMPOUND.matcher(out).replaceAll(", $1 $2 ");
        long[] starts = org.clinicalnotes.internal.WordStartPattern.wordStarts(out);
        for (Rule r : ALL_RULES) {
            if (r.search().mayFind(starts) && r.search().find(out)) {
                out = r.pattern().matcher(out).replaceAll(r.replacement());
                starts = org.clinicalnotes.internal.WordStartPattern.wordStarts(out);
            }
        }
        out = agree(out);
        for (int i = 0; i < kept.size(); i++) {
            out = out.replace(MASK + i + MASK, kept.get(i));
        }
        return out;
    }

    /** Whether the statement holds a first- or second-person word outside quotations. */
    static boolean hasFirstOrSecondPerson(String text) {
        return PERSON_WORD.matcher(withoutQuotes(text)).find();
    }

    static String withoutQuotes(String text) {
        return text.replaceAll("\"[^\"]*\"|\u201c[^\u201d]*\u201d", "\"\"");
    }

    private static String person(String text, boolean clinician) {
        String out = text;
        String ending = out.endsWith(".") ? "." : "";
        Matcher plan = FIRST_PERSON_PLAN.matcher(out);
        Matcher lets = LETS.matcher(out);
        if (clinician && plan.find()) {
            out = "Will " + plan.group(1).replaceFirst("(?i)^go ahead and ", "");
        } else if (lets.find()) {
            out = capitalise(lets.group(1));
        }
        // sentences after the first one ("... . we will meet again next week.")
        out = LATER_PLAN.matcher(out).replaceAll(clinician ? "$1Will " : "$1The clinician will ");
        out = LATER_LETS.matcher(out).replaceAll(m -> m.group(1) + m.group(2).toUpperCase(Locale.ROOT));
        long[] starts = org.clinicalnotes.internal.WordStartPattern.wordStarts(out);
        for (Rule r : clinician ? CLINICIAN_RULES : PATIENT_RULES) {
            if (r.search().mayFind(starts) && r.search().find(out)) {
                out = r.pattern().matcher(out).replaceAll(r.replacement());
                starts = org.clinicalnotes.internal.WordStartPattern.wordStarts(out);
            }
        }
        out = out.replace("  ", " ").replace(" ,", ",");
        int likely = out.indexOf(LIKELY);
        if (likely >= 0) {
            out = hedge(out.replace(LIKELY, ""), likely);
        }
        if (!out.endsWith(".") && !ending.isEmpty()) {
            out = out + ending;
        }
        return capitalise(out);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Subject and verb agreement after a third-person singular subject, by part-of-speech tags. */
    static String agree(String text) {
        Matcher m = SUBJECT.matcher(text);
        List<int[]> spots = new ArrayList<>();
        while (m.find()) {
            int at = m.end();
            int end = at;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(at, end).toLowerCase(Locale.ROOT);
            while (ADVERBS.contains(word) && end < text.length() && text.charAt(end) == ' ') {
                at = end + 1;
                end = at;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                word = text.substring(at, end).toLowerCase(Locale.ROOT);
            }
            if (word.length() < 2 || NON_VERBS.contains(word) || word.endsWith("s") || word.endsWith("ed") || NOT_INFLECTED.contains(word)
                    || PersonRewriter.thirdPerson(word).equals(word) || word.endsWith("ing") || word.endsWith("ly")
                    || end < text.length() && text.charAt(end) == '\'') {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(Locale.ROOT);
            if (before.endsWith("and ") && !before.endsWith(", and ")) {
                continue;   // "his wife and he go": a plural subject
            }
            if (CAUSATIVE.matcher(text.substring(Math.max(0, m.start() - 10), m.start()).toLowerCase(Locale.ROOT))
                    .find()) {
                continue;   // "had the patient do the PHQ-9", "let the clinician listen": a bare infinitive
            }
            spots.add(new int[] {at, end, m.start()});
        }
        if (spots.isEmpty()) {
            return text;
        }
        Grammar g = Grammar.get();
        if (!g.available()) {
            return text;
        }
        spots.removeIf(spot -> neverBaseForm(g, text, spot[0], spot[1]));
        StringBuilder sb = new StringBuilder(text);
        for (int s = spots.size() - 1; s >= 0; s--) {
            int[] spot = spots.get(s);
            // tag a window from the subject to a few words past the verb: the tagger's cost grows with length
            int from = spot[2];
            Tokens t = Tokens.of(text.substring(from, Math.min(text.length(), spot[1] + 40)));
            int i = t.indexAt(spot[0] - from);
            if (i < 0) {
                continue;
            }
            String[] tags = g.tag(t.words);
            if (!Grammar.isVerb(tags[i])) {
                continue;
            }
            String lemma = g.lemma(t.words[i], tags[i]);
            String form = text.substring(spot[0], spot[1]);
            String third = Grammar.thirdPersonOf(form, lemma);
            if (!third.equalsIgnoreCase(form)) {
                sb.replace(spot[0], spot[1], third);
            }
        }
        return sb.toString();
    }

    /**
     * Whether the word at {@code [at, end)} is no verb's base form whatever its tag (its lemma as a verb or an
     * auxiliary is another word: "took", "felt"), so that agreement cannot change it and the tagger need not
     * run. False when the tagger's token would be longer than the word (digits or a hyphen follow).
     */
    private static boolean neverBaseForm(Grammar g, String text, int at, int end) {
        if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            return false;
        }
        String w = text.substring(at, end).toLowerCase(Locale.ROOT);
        return !w.equals("am") && !w.equals("are") && !w.equals(g.lemma(w, "VERB")) && !w.equals(g.lemma(w, "AUX"));
    }

    /** Word tokens (lower case) with their offsets; punctuation becomes tokens of its own. */
    private record Tokens(String[] words, int[] starts) {

        static Tokens of(String text) {
            List<String> w = new ArrayList<>();
            List<Integer> st = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int start = i;
                if (Character.isLetterOrDigit(c)) {
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
                            || text.charAt(i) == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                        i++;
                    }
                } else {
                    i++;
                }
                w.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                st.add(start);
            }
            return new Tokens(w.toArray(String[]::new), st.stream().mapToInt(Integer::intValue).toArray());
        }

        int indexAt(int offset) {
            for (int k = 0; k < starts.length; k++) {
                if (starts[k] == offset) {
                    return k;
                }
            }
            return -1;
        }
    }
}
