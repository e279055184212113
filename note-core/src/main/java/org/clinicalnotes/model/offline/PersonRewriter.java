package org.clinicalnotes.model.offline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites first- and second-person speech into clinical third person. Instances are immutable and
 * thread-safe; one is made per transcript for the inferred patient pronoun.
 */
final class PersonRewriter {

    /** The patient's pronoun set. */
    enum Pronoun {
        HE("he", "his", "him", "himself"),
        SHE("she", "her", "her", "herself"),
        /**
         * Unknown gender: "the patient" at the first mention in a statement, "they"/"their"/"them" after it.
         * The rewriter writes marks ({@link #SUBJECT_MARK} ...) that {@link #resolve} turns into words.
         */
        NEUTRAL(String.valueOf(SUBJECT_MARK), String.valueOf(POSSESSIVE_MARK), String.valueOf(OBJECT_MARK),
                "themselves");

        final String subject;
        final String possessive;
        final String object;
        final String reflexive;

        Pronoun(String subject, String possessive, String object, String reflexive) {
            this.subject = subject;
            this.possessive = possessive;
            this.object = object;
            this.reflexive = reflexive;
        }
    }

    /** Marks the neutral subject; the verb after it is written as singular, VERB_SPLIT, plural, VERB_END. */
    static final char SUBJECT_MARK = '\u0001';
    static final char POSSESSIVE_MARK = '\u0004';
    static final char OBJECT_MARK = '\u0005';
    static final char VERB_SPLIT = '\u0002';
    static final char VERB_END = '\u0003';

    /**
     * Turns the neutral marks into words: the first mention of the patient in the text is "the patient" (with
     * singular verbs), later ones "they", "their", "them" (with plural verbs). Text without marks is returned
     * as is.
     */
    static String resolve(String text) {
        int n = text.length();
        int k = 0;
        while (k < n && text.charAt(k) > VERB_END && text.charAt(k) != POSSESSIVE_MARK
                && text.charAt(k) != OBJECT_MARK) {
            k++;
        }
        if (k == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + 32);
        sb.append(text, 0, k);
        boolean mentioned = false;
        boolean plural = false;
        for (int i = k; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case SUBJECT_MARK -> {
                    sb.append(mentioned ? "they" : "the patient");
                    plural = mentioned;
                    mentioned = true;
                }
                case POSSESSIVE_MARK -> {
                    sb.append(mentioned ? "their" : "the patient's");
                    mentioned = true;
                }
                case OBJECT_MARK -> {
                    sb.append(mentioned ? "them" : "the patient");
                    mentioned = true;
                }
                case VERB_SPLIT -> {
                    int split = i;
                    int end = text.indexOf(VERB_END, split);
                    if (end < 0) {
                        continue;   // a stray mark without its end: drop it (looping back from 0 never ends)
                    }
                    int start = sb.length();
                    // the singular form was appended already; keep it or replace it by the plural one
                    int singularLength = 0;
                    for (int j = split - 1; j >= 0 && text.charAt(j) != ' ' && text.charAt(j) >= ' '; j--) {
                        singularLength++;
                    }
                    if (plural) {
                        sb.setLength(start - singularLength);
                        sb.append(text, split + 1, end);
                    }
                    i = end;
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final java.util.Map<String, String> PLURAL = java.util.Map.of("is", "are", "has", "have", "does",
            "do", "was", "were");

    /** The subject and its verb for this pronoun; for the neutral one, both verb forms are kept for resolve. */
    private String subjectVerb(String adverbs, String singular, String plural) {
        if (pronoun != Pronoun.NEUTRAL || singular.equals(plural)) {
            return pronoun.subject + adverbs + " " + singular;
        }
        return pronoun.subject + adverbs + " " + singular + VERB_SPLIT + plural + VERB_END;
    }

    private static final Set<String> UNCHANGED_VERBS = Set.of("can", "could", "will", "would", "should", "might",
            "must", "may", "shall", "was", "had", "did", "went", "got", "took", "felt", "saw", "thought", "said",
            "told", "came", "made", "knew", "found", "gave", "left", "kept", "began", "ran", "fell", "broke", "put",
            "hurt", "cut", "quit", "set", "let", "slept", "woke", "ate", "drank", "wore", "lost", "paid", "heard",
            "sat", "stood", "spent", "bought", "brought", "caught", "taught", "fought", "sought", "meant", "became",
            "forgot", "understood", "used", "tried", "needed", "wanted", "also", "just", "still", "never", "always",
            "usually", "really", "sometimes", "only", "definitely", "probably", "often", "even", "already", "mostly",
            "normally", "generally", "recently", "finally", "rarely", "barely", "hardly", "ever", "too", "guess",
            "is", "has", "does", "goes", "not");

    private static final Set<String> ADVERBS = Set.of("also", "just", "still", "never", "always", "usually",
            "really", "sometimes", "only", "definitely", "probably", "often", "even", "already", "mostly", "normally",
            "generally", "recently", "finally", "rarely", "barely", "hardly", "ever", "now", "kinda", "pretty",
            "actually");

    private static final Pattern FIRST_PERSON_VERB = Pattern.compile("\\bi((?:\\s+(?:" + String.join("|", ADVERBS)
            + "))*)\\s+([a-z]+(?:'t)?)\\b");

    private static final String[][] PATIENT_FIXED = {
        {"\\bi'm not\\b", "S is not"},
        {"\\bi'm\\b", "S is"},
        {"\\bi am\\b", "S is"},
        {"\\bi've\\b", "S has"},
        {"\\bi have\\b", "S has"},
        {"\\bi'd(?= (?:been|had|gone|done|seen|taken|given|told|[a-z]{2,}ed)\\b)", "S had"},
        {"\\bi'd\\b", "S would"},
        {"\\bi'll\\b", "S will"},
        {"\\bi don't\\b", "S does not"},
        {"\\bi do not\\b", "S does not"},
        {"\\bi didn't\\b", "S did not"},
        {"\\bi can't\\b", "S cannot"},
        {"\\bi cannot\\b", "S cannot"},
        {"\\bi haven't\\b", "S has not"},
        {"\\bi wasn't\\b", "S was not"},
        {"\\bi won't\\b", "S will not"},
        {"\\bi couldn't\\b", "S could not"},
        {"\\bi wouldn't\\b", "S would not"},
        {"\\bi do\\b", "S does"},
        {"\\bmyself\\b", "R"},
        {"\\bmine\\b", "P"},
        {"\\bmy\\b", "P"},
        {"\\bme\\b", "O"},
    };

    private static final String[][] CLINICIAN_FIXED = {
        {"\\byou're not\\b", "S is not"},
        {"\\byou're\\b", "S is"},
        {"\\byou are\\b", "S is"},
        {"\\byou've\\b", "S has"},
        {"\\byou have\\b", "S has"},
        {"\\byou'd\\b", "S would"},
        {"\\byou'll\\b", "S will"},
        {"\\byou don't\\b", "S does not"},
        {"\\byou do not\\b", "S does not"},
        {"\\byou didn't\\b", "S did not"},
        {"\\byou can't\\b", "S cannot"},
        {"\\byou haven't\\b", "S has not"},
        {"\\byou were\\b", "S was"},
        {"\\byou weren't\\b", "S was not"},
        {"\\byou do\\b", "S does"},
        {"\\byourself\\b", "R"},
        {"\\byours\\b", "P"},
        {"\\byour\\b", "P"},
    };

    private static final Set<String> SUBJECT_CONTEXT = Set.of("if", "when", "that", "because", "and", "but", "so",
            "since", "while", "until", "unless", "before", "after", "or", "where", "how", "what", "why", "once", "as",
            "maybe", "then", "now", "whether", "think", "sure", "hope", "know", "see", "mean", "guess", "like",
            "also", "which", "who", "said", "says", "noticed");

    private static final Set<String> NON_VERBS = Set.of("and", "or", "to", "guys", "all", "in", "on", "at", "for",
            "with", "the", "a", "an", "that", "this", "as", "so", "but", "back", "up", "out", "off", "over", "about",
            "again", "today", "here", "there", "is", "if", "know", "both", "by", "from", "into", "some", "any",
            "down", "through", "before", "after", "more", "less", "well", "too", "then", "when", "now", "under", "below",
            "above", "around", "within", "without", "soon", "next", "later", "once", "twice", "every", "tomorrow");

    private static final Pattern YOU_VERB = Pattern.compile("\\byou((?:\\s+(?:" + String.join("|", ADVERBS)
            + "))*)\\s+([a-z]+(?:'t)?)\\b");

    /**
     * Verbs that take "you" as their object: after one of them, "you" followed by a preposition or an adverb
     * ("see you in four weeks", "tell you about") is the object, not the subject of a clause.
     */
    private static final Set<String> TAKES_OBJECT = Set.of("see", "like", "know", "mean", "tell", "told", "ask",
            "asked", "let", "help", "call", "give", "send", "thank", "want", "need", "have", "get", "got", "make",
            "take", "bring", "put", "keep", "remind", "show", "check", "examine", "refer", "start", "switch",
            "guess", "hope", "think", "sure");

    /** Past forms that make the "you" before them a subject wherever it stands ("glad you told me"). */
    private static final Set<String> PAST_FORMS = Set.of("told", "said", "came", "made", "knew", "found", "gave",
            "went", "took", "felt", "saw", "thought", "got", "had", "did", "were", "brought", "left", "kept", "began",
            "tried", "started", "stopped", "mentioned", "noticed", "decided", "called", "asked", "wanted", "needed");
    private static final Pattern YOU_OBJECT = Pattern.compile("\\byou\\b");

    private static final Pattern IMPERATIVE = Pattern.compile(
            "(?:^|(?<=,\\s))(?:i(?: also| really| just)? (?:want|would like|'d like|need) you to"
                    + "|i(?:'d| would)(?: also| really| just)? like you to|i want to have you|you should|you need to"
                    + "|you'll need to|you're going to need to|you have to|make sure (?:that )?you|please)\\s+");

    private static final Pattern[] PATIENT_PATTERNS = compile(PATIENT_FIXED);
    private static final Pattern[] CLINICIAN_PATTERNS = compile(CLINICIAN_FIXED);
    private static final Pattern PRONOUN_I = Pattern.compile("\\bi\\b");
    private static final Pattern LEADING_YOUR = Pattern.compile("^(?:and )?your\\s+");
    private static final Pattern YOUR = Pattern.compile("\\byour\\b");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern[] PLAN_CONTRACTIONS = {Pattern.compile("\\bi'm going to\\b"),
        Pattern.compile("\\bwe're going to\\b"), Pattern.compile("\\blet's\\b"), Pattern.compile("\\bi'll\\b"),
        Pattern.compile("\\bwe'll\\b")};
    private static final String[] PLAN_EXPANDED = {"I am going to", "we are going to", "we will", "I will", "we will"};

    /** "i'd like to refer you to ..." becomes "refer to ...". Group 1 is the verb. */
    private static final Pattern WOULD_LIKE_TO = Pattern.compile(
            "(?:^|(?<=,\\s))i(?:'d| would)(?: also)? like to (refer|schedule|start|send|increase|decrease|switch|check"
                    + "|see|try|add)(?: you\\b)?\\s*");

    /** Verbs that, after "you" outside subject position ("how much caffeine you had"), still make "you" the subject. */
    private static final Set<String> COMMON_VERBS = Set.of("had", "go", "wake", "take", "get", "feel", "have",
            "do", "are", "were", "need", "want", "eat", "drink", "sleep", "went", "woke", "took", "drank", "ate",
            "slept", "felt", "notice", "noticed", "come", "came");

    private final Pronoun pronoun;
    private final String[] patientReplacements;
    private final String[] clinicianReplacements;

    PersonRewriter(Pronoun pronoun) {
        this.pronoun = pronoun;
        this.patientReplacements = replacements(PATIENT_FIXED, pronoun);
        this.clinicianReplacements = replacements(CLINICIAN_FIXED, pronoun);
    }

    /** "S is not" for the neutral pronoun: the mark, then "is" with its plural "are" kept for resolve. */
    private static String neutralSubject(Pronoun pronoun, String rest) {
        if (pronoun != Pronoun.NEUTRAL) {
            return pronoun.subject + rest;
        }
        String r = rest.strip();
        int space = r.indexOf(' ');
        String verb = space < 0 ? r : r.substring(0, space);
        String tail = space < 0 ? "" : r.substring(space);
        String plural = PLURAL.get(verb);
        return plural == null ? pronoun.subject + rest
                : pronoun.subject + " " + verb + VERB_SPLIT + plural + VERB_END + tail;
    }

    private static Pattern[] compile(String[][] table) {
        Pattern[] out = new Pattern[table.length];
        for (int i = 0; i < table.length; i++) {
            out[i] = Pattern.compile(table[i][0]);
        }
        return out;
    }

    private static String[] replacements(String[][] table, Pronoun pronoun) {
        String[] out = new String[table.length];
        for (int i = 0; i < table.length; i++) {
            String[] rule = table[i];
            String repl = switch (rule[1].charAt(0)) {
                case 'S' -> neutralSubject(pronoun, rule[1].substring(1));
                case 'P' -> pronoun.possessive;
                case 'O' -> pronoun.object;
                case 'R' -> pronoun.reflexive;
                default -> rule[1];
            };
            out[i] = Matcher.quoteReplacement(repl);
        }
        return out;
    }

    /** Whether {@code s} holds {@code word} as a whole word (letters around it do not count). */
    private static boolean hasWord(String s, String word) {
        int from = 0;
        int at;
        while ((at = s.indexOf(word, from)) >= 0) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)) && s.charAt(at - 1) != '_')
                    && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '_')) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    Pronoun pronoun() {
        return pronoun;
    }

    /** Rewrites a patient's own words ("i", "my", "me") into third person. */
    String patient(String s) {
        boolean first = hasWord(s, "i");
        if (!first && !hasWord(s, "my") && !hasWord(s, "me") && !hasWord(s, "mine") && !hasWord(s, "myself")) {
            return tidy(s);
        }
        String out = applyFixed(s, PATIENT_PATTERNS, patientReplacements);
        if (hasWord(out, "i")) {
            out = conjugate(FIRST_PERSON_VERB, out);
            out = PRONOUN_I.matcher(out).replaceAll(Matcher.quoteReplacement(pronoun.subject));
        }
        return tidy(out);
    }

    /** Rewrites a clinician's "you"/"your" into third person about the patient. */
    String clinicianAboutPatient(String s) {
        if (!s.contains("you")) {
            return tidy(s);
        }
        String out = applyFixed(s, CLINICIAN_PATTERNS, clinicianReplacements);
        if (hasWord(out, "you")) {
            out = conjugate(YOU_VERB, out);
            out = YOU_OBJECT.matcher(out).replaceAll(Matcher.quoteReplacement(pronoun.object));
        }
        return tidy(out);
    }

    /** Rewrites a clinician's finding: "your lungs are clear" becomes "lungs are clear". */
    String finding(String s) {
        if (!s.contains("your")) {
            return clinicianAboutPatient(s);
        }
        String out = LEADING_YOUR.matcher(s).replaceFirst("");
        out = YOUR.matcher(out).replaceAll(Matcher.quoteReplacement(pronoun.possessive));
        return clinicianAboutPatient(out);
    }

    /** Rewrites a clinician's instruction: "i want you to keep a diary" becomes "keep a diary". */
    String instruction(String s) {
        Matcher m = IMPERATIVE.matcher(s);
        String out = s;
        if (m.find()) {
            out = out.substring(0, m.start()) + out.substring(m.end());
        } else if (s.contains(" like to ")) {
            Matcher w = WOULD_LIKE_TO.matcher(s);
            if (w.find()) {
                out = out.substring(0, w.start()) + w.group(1) + " " + out.substring(w.end());
            }
        }
        if (out.indexOf('\'') >= 0) {
            for (int i = 0; i < PLAN_CONTRACTIONS.length; i++) {
                out = PLAN_CONTRACTIONS[i].matcher(out).replaceAll(PLAN_EXPANDED[i]);
            }
        }
        return clinicianAboutPatient(out);
    }

    private static String applyFixed(String s, Pattern[] patterns, String[] replacements) {
        String out = s;
        for (int i = 0; i < patterns.length; i++) {
            // every rule is a literal after a word boundary: skip the regex unless the literal occurs
            if (out.contains(literal(patterns[i].pattern()))) {
                out = patterns[i].matcher(out).replaceAll(replacements[i]);
            }
        }
        return out;
    }

    /** The literal a fixed rule starts with: its pattern after the leading word boundary, up to a boundary or a group. */
    static String literal(String pattern) {
        String p = pattern.substring(2);
        int cut = p.indexOf("\\b");
        int group = p.indexOf("(?");
        if (group >= 0 && (cut < 0 || group < cut)) {
            cut = group;
        }
        return cut < 0 ? p : p.substring(0, cut);
    }

    private String conjugate(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String adverbs = m.group(1);
            String verb = m.group(2);
            String before = s.substring(0, m.start()).strip();
            String prevWord = before.isEmpty() ? "" : before.substring(Math.max(0, before.lastIndexOf(' ') + 1));
            boolean subjectPosition = before.isEmpty() || prevWord.endsWith(",") || SUBJECT_CONTEXT.contains(prevWord)
                    || s.charAt(m.start()) == 'i';
            if (!subjectPosition && p == YOU_VERB && (COMMON_VERBS.contains(verb) || PAST_FORMS.contains(verb))) {
                subjectPosition = true;
            }
            if (subjectPosition && p == YOU_VERB && NON_VERBS.contains(verb) && TAKES_OBJECT.contains(prevWord)) {
                subjectPosition = false;    // "see you in four weeks": the object
            }
            if (!subjectPosition || NON_VERBS.contains(verb)) {
                String pronounWord = subjectPosition ? pronoun.subject : pronoun.object;
                m.appendReplacement(sb, Matcher.quoteReplacement(pronounWord + adverbs + " " + verb));
                continue;
            }
            String third = thirdPerson(verb);
            m.appendReplacement(sb, Matcher.quoteReplacement(subjectVerb(adverbs, third,
                    PLURAL.getOrDefault(third, verb))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String thirdPerson(String verb) {
        if (UNCHANGED_VERBS.contains(verb) || verb.endsWith("ed") || verb.endsWith("n't") || verb.length() < 2) {
            return verb;
        }
        switch (verb) {
            case "have":
                return "has";
            case "do":
                return "does";
            case "go":
                return "goes";
            case "am":
            case "be":
            case "are":
                return "is";
            case "were":
                return "was";
            default:
                break;
        }
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")
                || verb.endsWith("z") || verb.endsWith("o")) {
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 2 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    private static String tidy(String s) {
        return (s.contains("  ") || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 ? SPACES.matcher(s).replaceAll(" ")
                : s).strip();
    }
}
