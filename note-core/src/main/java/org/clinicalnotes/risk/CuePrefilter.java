package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.WordStarts;

/**
 * A cheap, exact pre-check in front of the cue regexes: most sentences of a visit mention no risk, and
 * running some 60 case-insensitive patterns over each of them dominated the pipeline's time.
 *
 * <p>For a pattern made of branches {@code \b(?:alt1|alt2|…)rest} or {@code \bliteral…} (groups may
 * nest at the start of an alternative), every match starts with the leading literal of one of the alternatives at a word
 * boundary, so a sentence that contains none of them there (case-insensitively) cannot match and the
 * regex is skipped. Patterns whose
 * shape is not recognised, or whose leading literal is shorter than two characters, are always run. The
 * check only ever skips patterns that could not match: the results are the same as running every pattern.
 */
final class CuePrefilter {

    private static final Map<Pattern, String[]> LITERALS = new IdentityHashMap<>();

    static {
        for (RiskCues.Cue c : RiskCues.CUES) {
            LITERALS.put(c.pattern(), literals(c.pattern().pattern()));
        }
        for (RiskCues.Cue c : RiskCues.SI_DETAILS) {
            LITERALS.put(c.pattern(), literals(c.pattern().pattern()));
        }
        for (Pattern p : RiskCues.ACTION_PATTERNS) {
            LITERALS.put(p, literals(p.pattern()));
        }
    }

    private CuePrefilter() {
    }

    /**
     * @param pattern a cue pattern
     * @param lower the sentence in lower case ({@link Locale#ROOT})
     * @return false only when the pattern cannot match the sentence
     */
    static boolean mayMatch(Pattern pattern, String lower) {
        String[] lits = LITERALS.get(pattern);
        if (lits == null || lits.length == 0) {
            return true;
        }
        return WordStarts.anyAtWordStart(lower, lits);
    }

    /** @return every registered pattern with its literals (empty when it has no pre-check) */
    static Map<Pattern, String[]> all() {
        return java.util.Collections.unmodifiableMap(LITERALS);
    }

    /** @return how many cue patterns have a pre-check (for tests) */
    static int prefiltered() {
        return (int) LITERALS.values().stream().filter(l -> l.length > 0).count();
    }

    /**
     * The literals of which at least one occurs in every match of {@code regex}, or an empty array when
     * that cannot be told from the pattern's shape.
     */
    static String[] literals(String regex) {
        List<String> out = new ArrayList<>();
        for (String branch : splitTopLevel(regex)) {
            if (!branch.startsWith("\\b")) {
                return new String[0];
            }
            List<String> lits = alternativeLiterals(branch.substring(2));
            if (lits.isEmpty()) {
                return new String[0];
            }
            out.addAll(lits);
        }
        return out.toArray(new String[0]);
    }

    /** Literals one of which starts every match of {@code r}; empty when that cannot be told. */
    private static List<String> alternativeLiterals(String r) {
        if (!r.startsWith("(?:")) {
            String lit = leadingLiteral(r);
            return lit.length() < 2 ? List.of() : List.of(lit);
        }
        int close = closingParen(r);
        if (close < 0) {
            return List.of();
        }
        boolean optional = close + 1 < r.length() && (r.charAt(close + 1) == '?' || r.charAt(close + 1) == '*');
        if (close + 1 < r.length() && r.charAt(close + 1) == '{') {
            return List.of();   // a counted group: not worth reading
        }
        List<String> out = new ArrayList<>();
        if (optional) {
            // the match starts with the group's content or, when the group is skipped, with what follows it
            if (close + 2 < r.length() && "?+".indexOf(r.charAt(close + 2)) >= 0) {
                return List.of();   // lazy or possessive quantifier: keep it simple
            }
            List<String> rest = alternativeLiterals(r.substring(close + 2));
            if (rest.isEmpty()) {
                return List.of();
            }
            out.addAll(rest);
        }
        for (String alternative : splitTopLevel(r.substring(3, close))) {
            List<String> lits = alternativeLiterals(alternative);
            if (lits.isEmpty()) {
                return List.of();
            }
            out.addAll(lits);
        }
        return out;
    }

    private static String leadingLiteral(String a) {
        int i = 0;
        while (i < a.length() && (Character.isLetterOrDigit(a.charAt(i)) || a.charAt(i) == '\'')
                && a.charAt(i) < 128) {
            i++;
        }
        if (i < a.length() && "?*{".indexOf(a.charAt(i)) >= 0) {
            i--;   // the last character is optional
        }
        return i <= 0 ? "" : a.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /** Index of the parenthesis closing the group that opens at 0, or -1. */
    private static int closingParen(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) {
                    return List.of("");
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Index of the ']' closing the character class that opens at {@code open}, or -1. */
    private static int classEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
    }
}
