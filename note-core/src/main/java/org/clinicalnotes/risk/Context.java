package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskCues.Cue;

/**
 * Sentence-level reading in the manner of NegEx/ConText: a trigger (negation, hypothetical, another person
 * as experiencer, media, accident) modifies a cue when it lies in the cue's scope, the scope ends at a
 * clause boundary or a terminating conjunction ("but", "though"). Also the text utilities the screen shares:
 * normalising, sentence and clause splitting, cue matching. Not API.
 */
final class Context {

    private static final int NEGATION_WINDOW = 6;

    private Context() {
    }

    /** A cue matched in a sentence; {@code start == end == -1} for a semantic hit on the whole clause. */
    record Hit(Cue cue, int start, int end, boolean semantic, double similarity) {
        Hit(Cue cue, int start, int end) {
            this(cue, start, end, false, 1.0);
        }

        /** A semantic hit below {@link RiskScreen#STRONG_SIMILARITY} stands only with support from elsewhere. */
        boolean weak() {
            return semantic && similarity < RiskScreen.STRONG_SIMILARITY;
        }
    }

    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace("cannot", "can not");
        return collapseSpace(lower);
    }

    /** {@code replaceAll("\\s+", " ")} without the regex: each run of ASCII white space becomes one space. */
    static String collapseSpace(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (space(c) && (c != ' ' || i + 1 < n && space(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (space(c)) {
                sb.append(' ');
                while (i < n && space(s.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Sentences, keeping their final punctuation so questions can be told apart. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == ';') {
                boolean decimal = c == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1));
                if (!decimal) {
                    String s = text.substring(start, i + 1).strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                    start = i + 1;
                }
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static final Pattern[] YOU = {Pattern.compile("\\byou're\\b"), Pattern.compile("\\byou've\\b"),
        Pattern.compile("\\byou'd\\b"), Pattern.compile("\\byou'll\\b"), Pattern.compile("\\byourself\\b"),
        Pattern.compile("\\byour\\b"), Pattern.compile("\\byou\\b")};
    private static final String[] ME = {"i'm", "i've", "i'd", "i'll", "myself", "my", "i"};

    /** A clinician's sentence in the patient's voice: "you've thought about your gun" → "i've thought about my gun". */
    static String firstPerson(String sentence) {
        String s = sentence;
        for (int i = 0; i < YOU.length; i++) {
            s = YOU[i].matcher(s).replaceAll(ME[i]);
        }
        return s;
    }

    /** @return the [start, end) spans of a sentence's clauses, split at contrastive conjunctions */
    static List<int[]> clauseSpans(String sentence) {
        List<int[]> out = new ArrayList<>();
        Matcher m = RiskCues.CONTRAST.matcher(sentence);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, sentence.length()});
        out.removeIf(sp -> sentence.substring(sp[0], sp[1]).strip().split(" ").length < 2);
        return out;
    }

    static List<Hit> hits(String sentence, List<Cue> cues) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (!lower.equals(sentence)) {
            return hitsBySearch(sentence, lower, cues);   // offsets could differ: read it the long way
        }
        List<Hit> out = new ArrayList<>();
        boolean[] taken = null;
        CueScan.Found found = CueScan.scan(sentence);
        int length = sentence.length();
        if (found.isEmpty() && cues == RiskCues.CUES && CUES_ALL_CHECKED) {
            return out;
        }
        int[] ids = cues == RiskCues.CUES ? CUE_IDS : cues == RiskCues.SI_DETAILS ? SI_DETAIL_IDS : ids(cues);
        for (int k = 0; k < ids.length; k++) {
            Cue c = cues.get(k);
            int id = ids[k];
            if (id < 0) {
                Matcher m = c.pattern().matcher(sentence);
                while (m.find()) {
                    taken = take(out, taken, c, m.start(), m.end(), length);
                }
                continue;
            }
            if (!found.has(id)) {
                continue;
            }
            Matcher m = CueScan.matcher(c.pattern(), sentence);
            int from = 0;
            while (found.next(m, id, from, length)) {
                int start = m.start();
                int end = m.end();
                taken = take(out, taken, c, start, end, length);
                from = end > start ? end : end + 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private static final int[] CUE_IDS = ids(RiskCues.CUES);
    private static final int[] SI_DETAIL_IDS = ids(RiskCues.SI_DETAILS);
    /** Whether every cue has a pre-check, so that a sentence with no literal has no cue hit. */
    private static final boolean CUES_ALL_CHECKED = java.util.Arrays.stream(CUE_IDS).allMatch(i -> i >= 0);

    private static int[] ids(List<Cue> cues) {
        int[] out = new int[cues.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = CueScan.id(cues.get(k).pattern());
        }
        return out;
    }

    /** Adds the hit unless an earlier cue took part of its span. @return the taken marks */
    private static boolean[] take(List<Hit> out, boolean[] taken, Cue c, int start, int end, int length) {
        boolean[] t = taken == null ? new boolean[length + 1] : taken;
        for (int i = start; i < end; i++) {
            if (t[i]) {
                return t;
            }
        }
        for (int i = start; i < end; i++) {
            t[i] = true;
        }
        out.add(new Hit(c, start, end));
        return t;
    }

    /** {@link #hits} by a {@code find()} loop per cue, behind the literal pre-check. */
    static List<Hit> hitsBySearch(String sentence, String lower, List<Cue> cues) {
        List<Hit> out = new ArrayList<>();
        boolean[] taken = null;
        for (Cue c : cues) {
            if (!CuePrefilter.mayMatch(c.pattern(), lower)) {
                continue;
            }
            Matcher m = c.pattern().matcher(sentence);
            while (m.find()) {
                taken = take(out, taken, c, m.start(), m.end(), sentence.length());
            }
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    static String clauseBefore(String sentence, int start) {
        String before = sentence.substring(0, Math.max(0, start));
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        return cut >= 0 ? before.substring(cut + 1) : before;
    }

    /**
     * A negator within a few words before the cue in the same clause, a denial right after it ("suicide, no,
     * never"), or for a semantic hit an explicit first-person denial at the start of the clause.
     */
    static boolean negated(String sentence, Hit h) {
        if (h.semantic()) {
            return RiskCues.SEMANTIC_DENIAL.matcher(sentence.strip()).find();
        }
        if (RiskCues.INNER_NEGATION.matcher(sentence.substring(h.start(), h.end())).find()) {
            return true;
        }
        if (h.cue().pattern() == null) {
            // A word-class frame spans several words: a negator among them negates it ("he never put hands on me").
            for (String w : sentence.substring(h.start(), h.end()).split("[^a-z0-9']+")) {
                if (!w.isEmpty() && RiskCues.NEGATOR.matcher(w).matches()) {
                    return true;
                }
            }
        }
        String before = RiskCues.PSEUDO_NEGATION.matcher(clauseBefore(sentence, h.start())).replaceAll(" ");
        String[] words = before.strip().split("[^a-z0-9']+");
        int seen = 0;
        for (int i = words.length - 1; i >= 0 && seen < NEGATION_WINDOW; i--) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            seen++;
            if (RiskCues.SCOPE_BREAK.matcher(w).matches()) {
                break;
            }
            if (RiskCues.NEGATOR.matcher(w).matches()) {
                return true;
            }
        }
        // A denial after the topic, across one comma: "thoughts of suicide, no, not really".
        String after = sentence.substring(h.end());
        String[] parts = after.split(",", 3);
        String near = parts.length > 1 && parts[0].isBlank() ? parts[1] : parts[0];
        return RiskCues.POST_NEGATION.matcher(near).find()
                && !near.strip().startsWith("no one")
                && !near.matches("^\\W*no\\s+(?:matter|reason|point|idea|longer).*");
    }


    /**
     * A third person is the subject, or the cue is reflexive to someone else. A companion (speaker role OTHER)
     * speaks of the patient in the third person, so for a companion third-person words are the patient.
     */
    static boolean otherPerson(String sentence, Hit h, boolean companion) {
        return otherPerson(sentence, sentence, h, companion);
    }


    /**
     * @param turn the whole utterance the sentence is in
     */
    static boolean otherPerson(String sentence, String turn, Hit h, boolean companion) {
        RiskFlag.Kind k = h.cue().kind();
        if (h.semantic()) {
            if (companion) {
                return false;
            }
            if (Merge.isAbuse(k)) {
                // The patient must be the one harmed: named in the sentence or, for "she throws things when
                // she's angry", in the turn ("my girlfriend broke it"); someone else's partner is not.
                return !RiskCues.VICTIM_ME.matcher(turn).find() || RiskCues.THIRD_PARTY.matcher(turn).find();
            }
            // Suicide, self-harm, homicidal thoughts: the patient must be the one thinking or acting
            // ("he said he'd kill me" is a threat to the patient, not the patient's ideation).
            // Behaviour done to the patient ("my friends couldn't wake me up", "the nurse narcan'd me") is still
            // the patient's; a thought someone has about the patient ("he said he'd kill me") is not.
            boolean behaviour = k == RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE || k == RiskFlag.Kind.SELF_HARM
                    || k == RiskFlag.Kind.SUICIDE_ATTEMPT;
            String clause = RiskCues.POSSESSIVE.matcher(sentence).replaceAll(" ");
            if (RiskCues.FIRST_SUBJECT.matcher(clause).find() || behaviour && RiskCues.OBJECT_ME.matcher(clause).find()) {
                return false;
            }
            boolean third = RiskCues.THIRD_SUBJECT_WORD.matcher(clause).find() || RiskCues.OTHER_PERSON.matcher(clause).find();
            // A behaviour told in a fragment ("with a blade from my dad's razor") after "I did them" is the patient's.
            return third || behaviour && !RiskCues.FIRST_SUBJECT.matcher(turn).find() && !RiskCues.OBJECT_ME.matcher(turn).find()
                    && RiskCues.OTHER_PERSON.matcher(turn).find();
        }
        if (companion) {
            return false; // a companion's "she" and "herself" are the patient
        }
        String matched = sentence.substring(h.start(), h.end());
        if (RiskCues.OTHER_REFLEXIVE.matcher(matched).find()) {
            return true;
        }
        if (k == RiskFlag.Kind.SELF_HARM && RiskCues.THIRD_SUBJECT.matcher(sentence.substring(0, h.start())).find()) {
            return true; // "she threw a plate and it cut my head"
        }
        if (h.cue().selfExplicit() || k == RiskFlag.Kind.CHILD_ABUSE) {
            return false;
        }
        String before = RiskCues.POSSESSIVE.matcher(clauseBefore(sentence, h.start())).replaceAll(" ");
        int lastOther = lastMatch(RiskCues.OTHER_PERSON, before);
        int lastSelf = lastMatch(RiskCues.SELF_PERSON, before);
        if (k == RiskFlag.Kind.ELDER_ABUSE || k == RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE) {
            // "my friend's husband beats her": someone else's; "my husband hits me": the patient's.
            return lastOther >= 0 && (!RiskCues.VICTIM_ME.matcher(turn).find() || RiskCues.THIRD_PARTY.matcher(turn).find());
        }
        if (k == RiskFlag.Kind.HOMICIDAL_IDEATION) {
            return lastOther > lastSelf;
        }
        return lastOther >= 0 && lastOther > lastSelf;
    }

    /** An idiom over the cue ("I literally wanted to die", "this commute is killing me"). */
    static boolean idiom(String sentence, Hit h) {
        RiskFlag.Kind k = h.cue().kind();
        if ((k == RiskFlag.Kind.SUICIDAL_IDEATION || k == RiskFlag.Kind.HOMICIDAL_IDEATION)
                && RiskCues.THREAT_TO_ME.matcher(sentence).find()) {
            return true; // "my kids are going to kill me" is nobody's ideation
        }
        Matcher m = RiskCues.IDIOM.matcher(sentence);
        while (m.find()) {
            if (h.semantic() || m.start() < h.end() && h.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Media, an accident, or a hypothetical frame before the hit: not the patient's risk as stated. */
    /** Media or the patient's work: someone else's story, not the patient's risk. */
    static boolean media(String sentence, String turn, String question) {
        return RiskCues.MEDIA.matcher(sentence).find() || RiskCues.MEDIA.matcher(question).find()
                || RiskCues.OCCUPATION.matcher(turn).find();
    }

    static boolean accident(String sentence, Hit h) {
        RiskFlag.Kind kind = h.cue().kind();
        return (h.semantic() || kind == RiskFlag.Kind.SELF_HARM || kind == RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE
                || kind == RiskFlag.Kind.SUICIDE_ATTEMPT) && RiskCues.ACCIDENT.matcher(sentence).find();
    }

    /**
     * A hypothetical frame before the hit ("if I lost my job I'd want to die"). A condition that is itself the
     * death ("if I didn't wake up tomorrow, I'd welcome it", "if a bus hit me I wouldn't mind") is how a
     * passive wish is said, not a hypothetical: for a wish to be dead the frame counts only when a clause
     * boundary separates it from the hit.
     */
    static boolean hypothetical(String sentence, Hit h) {
        String before = RiskCues.HONEST.matcher(h.semantic() ? sentence : sentence.substring(0, h.start())).replaceAll(" ");
        boolean wish = "passive".equals(h.cue().detail());
        if (h.semantic()) {
            Matcher m = RiskCues.HYPOTHETICAL.matcher(before);
            return !wish && m.find() && m.start() <= 1;
        }
        int last = -1;
        int lastEnd = -1;
        Matcher m = RiskCues.HYPOTHETICAL.matcher(before);
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        if (last < 0) {
            return false;
        }
        if (wish) {
            String between = before.substring(lastEnd);
            return between.contains(",") || RiskCues.CONSEQUENCE.matcher(between).find();
        }
        return true;
    }




    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
