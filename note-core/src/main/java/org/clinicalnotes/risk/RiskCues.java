package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.note.RiskFlag;

/**
 * The screen's lexicon, loaded once from the resource files beside this class ({@code cues.tsv},
 * {@code macros.tsv}, {@code context.tsv}, {@code actions.tsv}, {@code perpetrators.tsv},
 * {@code coverage.tsv}, {@code frames.tsv}; see the README there). Not API.
 */
final class RiskCues {

    private RiskCues() {
    }

    /** What a cue says: the kind, a C-SSRS-aligned detail word, and whether it names the speaker itself. */
    record Cue(RiskFlag.Kind kind, String detail, Pattern pattern, boolean selfExplicit, boolean inverted) {
    }

    /** Detail of a "he/she hit me" cue: the kind follows the relation named in the utterance. */
    static final String PRONOUN_VIOLENCE = "@pronoun-violence";

    private static final Map<String, String> MACROS = new HashMap<>();
    private static final Map<String, Pattern> CONTEXT = new HashMap<>();

    static {
        for (String[] r : Tsv.rows(RiskCues.class, "macros.tsv", 2)) {
            MACROS.put(r[0], r[1]);
        }
        for (String[] r : Tsv.rows(RiskCues.class, "context.tsv", 2)) {
            CONTEXT.put(r[0], p(r[1]));
        }
    }

    private static Pattern p(String regex) {
        String s = regex;
        for (Map.Entry<String, String> m : MACROS.entrySet()) {
            s = s.replace("{" + m.getKey() + "}", m.getValue());
        }
        return Pattern.compile(s, Pattern.CASE_INSENSITIVE);
    }

    private static Pattern ctx(String name) {
        Pattern pattern = CONTEXT.get(name);
        if (pattern == null) {
            throw new IllegalStateException("context.tsv has no pattern named " + name);
        }
        return pattern;
    }

    private static List<Cue> cues(String set) {
        List<Cue> out = new ArrayList<>();
        for (String[] r : Tsv.rows(RiskCues.class, "cues.tsv", 6)) {
            if (r[0].equals(set)) {
                out.add(new Cue(RiskFlag.Kind.valueOf(r[1]), r[2], p(r[5]), Boolean.parseBoolean(r[3]),
                        Boolean.parseBoolean(r[4])));
            }
        }
        return List.copyOf(out);
    }

    /** Cues in the order they are tried. Within an utterance a span matched by one cue is not matched again. */
    static final List<Cue> CUES = cues("cue");
    /** Screening questions about substance use in general: read only in a question nothing else named. */
    static final List<Cue> SCREEN = cues("screen");
    /** SI detail cues that only count where suicidal ideation is already the topic. */
    static final List<Cue> SI_STRONG = cues("si-strong");
    static final List<Cue> SI_DETAILS = java.util.stream.Stream.concat(cues("si-detail").stream(), SI_STRONG.stream())
            .toList();

    static final Pattern ELDER_PERPETRATOR = ctx("ELDER_PERPETRATOR");
    static final Pattern PARENT_PERPETRATOR = ctx("PARENT_PERPETRATOR");
    static final Pattern INNER_NEGATION = ctx("INNER_NEGATION");
    static final Pattern NEGATOR = ctx("NEGATOR");
    static final Pattern PSEUDO_NEGATION = ctx("PSEUDO_NEGATION");
    static final Pattern SCOPE_BREAK = ctx("SCOPE_BREAK");
    static final Pattern POST_NEGATION = ctx("POST_NEGATION");
    static final Pattern HYPOTHETICAL = ctx("HYPOTHETICAL");
    static final Pattern HISTORY = ctx("HISTORY");
    static final Pattern RECENT = ctx("RECENT");
    static final Pattern LETHAL = ctx("LETHAL");
    static final Pattern OTHER_PERSON = ctx("OTHER_PERSON");
    static final Pattern SELF_PERSON = ctx("SELF_PERSON");
    static final Pattern OTHER_REFLEXIVE = ctx("OTHER_REFLEXIVE");
    static final Pattern REFLECTION = ctx("REFLECTION");
    static final Pattern CRISIS_INSTRUCTION = ctx("CRISIS_INSTRUCTION");
    static final Pattern QUESTION_START = ctx("QUESTION_START");
    static final Pattern COUNT_QUESTION = ctx("COUNT_QUESTION");
    static final Pattern ANSWER_FILLER = ctx("ANSWER_FILLER");
    static final Pattern ANSWER_UNCLEAR = ctx("ANSWER_UNCLEAR");
    static final Pattern ANSWER_NO = ctx("ANSWER_NO");
    static final Pattern ANSWER_YES = ctx("ANSWER_YES");
    static final Pattern ANSWER_AGREE = ctx("ANSWER_AGREE");
    static final Pattern ANSWER_AFFIRM_LATE = ctx("ANSWER_AFFIRM_LATE");
    static final Pattern ANSWER_CONFIRM_DENIAL = ctx("ANSWER_CONFIRM_DENIAL");
    static final Pattern NEGATIVE_QUESTION_START = ctx("NEGATIVE_QUESTION_START");
    static final Pattern MEDIA = ctx("MEDIA");
    static final Pattern ACCIDENT = ctx("ACCIDENT");
    static final Pattern SEMANTIC_DENIAL = ctx("SEMANTIC_DENIAL");
    static final Pattern CONTRAST = ctx("CONTRAST");
    static final Pattern IDIOM = ctx("IDIOM");
    static final Pattern OCCUPATION = ctx("OCCUPATION");
    static final Pattern FIRST_SUBJECT = ctx("FIRST_SUBJECT");
    static final Pattern THIRD_SUBJECT_WORD = ctx("THIRD_SUBJECT_WORD");
    static final Pattern THREAT_TO_ME = ctx("THREAT_TO_ME");
    static final Pattern OBJECT_ME = ctx("OBJECT_ME");
    static final Pattern VICTIM_ME = ctx("VICTIM_ME");
    static final Pattern THIRD_PARTY = ctx("THIRD_PARTY");
    static final Pattern CONSEQUENCE = ctx("CONSEQUENCE");
    static final Pattern POSSESSIVE = ctx("POSSESSIVE");
    static final Pattern HONEST = ctx("HONEST");
    static final Pattern CHILD_CARER = ctx("CHILD_CARER");
    static final Pattern ON_PURPOSE = ctx("ON_PURPOSE");
    static final Pattern VICTIM_OBJECT = ctx("VICTIM_OBJECT");
    static final Pattern FIRST_PERSON = ctx("FIRST_PERSON");
    static final Pattern BENIGN_CONTACT = ctx("BENIGN_CONTACT");
    static final Pattern THIRD_SUBJECT = ctx("THIRD_SUBJECT");
    static final Pattern FOLLOW_UP = ctx("FOLLOW_UP");
    static final Pattern FURTHER_STEP = ctx("FURTHER_STEP");
    static final Pattern CLAUSE_BREAK = ctx("CLAUSE_BREAK");
    static final Pattern OBJECT_ACT = ctx("OBJECT_ACT");
    static final Pattern OBJECT_THOUGHT = ctx("OBJECT_THOUGHT");
    static final Pattern OBJECT_GENERAL = ctx("OBJECT_GENERAL");
    static final Pattern CLAUSE_NEGATION = ctx("CLAUSE_NEGATION");
    static final Pattern CLAUSE_BARE_ANSWER = ctx("CLAUSE_BARE_ANSWER");
    static final Pattern CLAUSE_BARE_NO = ctx("CLAUSE_BARE_NO");
    /** A clause that names a further step ("no plan", "not how") is no denial of the thoughts asked about. */
    static final Pattern CLAUSE_FURTHER_WORD = ctx("CLAUSE_FURTHER_WORD");
    static final Pattern ROLE_ASK = ctx("ROLE_ASK");
    static final Pattern ROLE_FILL = ctx("ROLE_FILL");
    static final Pattern ELDER_VICTIM_RELATION = ctx("ELDER_VICTIM_RELATION");
    static final Pattern CHILD_VICTIM_RELATION = ctx("CHILD_VICTIM_RELATION");

    /** Safety actions, as fixed phrases with their patterns, in report order. */
    static final List<String> ACTION_NAMES;
    static final List<Pattern> ACTION_PATTERNS;

    static {
        List<String> names = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String[] r : Tsv.rows(RiskCues.class, "actions.tsv", 2)) {
            names.add(r[0]);
            patterns.add(p(r[1]));
        }
        ACTION_NAMES = List.copyOf(names);
        ACTION_PATTERNS = List.copyOf(patterns);
    }

    /** Relationship words per perpetrator, most specific first (a mother's boyfriend before a mother). */
    static final Map<RiskFlag.Perpetrator, Pattern> PERPETRATORS;

    static {
        Map<RiskFlag.Perpetrator, Pattern> m = new LinkedHashMap<>();
        for (String[] r : Tsv.rows(RiskCues.class, "perpetrators.tsv", 2)) {
            m.put(RiskFlag.Perpetrator.valueOf(r[0]), p(r[1]));
        }
        PERPETRATORS = java.util.Collections.unmodifiableMap(m);
    }

    /** Clinical terms per kind that the strict coverage check accepts in a note statement. */
    static final Map<RiskFlag.Kind, Pattern> COVERAGE;

    static {
        Map<RiskFlag.Kind, Pattern> m = new EnumMap<>(RiskFlag.Kind.class);
        for (String[] r : Tsv.rows(RiskCues.class, "coverage.tsv", 2)) {
            m.put(RiskFlag.Kind.valueOf(r[0]), p(r[1]));
        }
        COVERAGE = java.util.Collections.unmodifiableMap(m);
    }
}
