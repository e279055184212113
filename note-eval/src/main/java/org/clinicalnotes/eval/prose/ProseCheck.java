package org.clinicalnotes.eval.prose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Category;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;

/**
 * The grammar gate of the evaluation kit: checks generated statements with LanguageTool (American English)
 * and counts statements in the first or second person outside quotations.
 *
 * <p>Counted: LanguageTool's grammar, agreement, confused-word, casing, punctuation and collocation rules.
 * Not counted: spelling (drug names, acronyms and names are not in its dictionary), typography (quotes,
 * dashes), style and redundancy hints, which say nothing about whether a clinician can read the sentence.
 * Building a checker takes about a second; an instance is not thread-safe, so use one per thread.
 *
 * @since 0.1.0
 */
public final class ProseCheck {

    /** Categories that do not count as errors. */
    static final Set<String> IGNORED_CATEGORIES = Set.of("TYPOS", "TYPOGRAPHY", "STYLE", "REDUNDANCY",
            "PLAIN_ENGLISH", "REPETITIONS_STYLE", "SEMANTICS", "MISC", "WIKIPEDIA", "GENDER_NEUTRALITY");

    private static final Pattern PERSON = Pattern.compile(
            "\\b(i|i'm|i've|i'll|i'd|me|my|mine|myself|we|we're|we've|we'll|us|our|ours|you|you're|you've|you'll"
                    + "|you'd|your|yours|yourself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTES = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");

    private final JLanguageTool tool;

    private ProseCheck() {
        this.tool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        for (var rule : tool.getAllRules()) {
            Category c = rule.getCategory();
            CategoryId id = c == null ? null : c.getId();
            if (id != null && IGNORED_CATEGORIES.contains(id.toString())) {
                tool.disableRule(rule.getId());
            }
        }
    }

    /**
     * Creates a checker.
     *
     * @return a new checker, not thread-safe
     */
    public static ProseCheck create() {
        return new ProseCheck();
    }

    /**
     * Whether a statement holds a first- or second-person word outside quotations.
     *
     * @param statement a statement; not null
     * @return true when it does
     */
    public static boolean firstOrSecondPerson(String statement) {
        return PERSON.matcher(QUOTES.matcher(statement).replaceAll("\"\"")).find();
    }

    /**
     * Checks statements.
     *
     * @param statements the statements (one sentence or more each); not null
     * @return the score
     */
    public ProseScore check(List<String> statements) {
        Objects.requireNonNull(statements, "statements");
        int errors = 0;
        int person = 0;
        Map<String, Integer> byRule = new LinkedHashMap<>();
        List<ProseScore.Finding> findings = new ArrayList<>();
        for (String s : statements) {
            if (firstOrSecondPerson(s)) {
                person++;
                findings.add(new ProseScore.Finding("PERSON", s, "first or second person"));
            }
            List<RuleMatch> matches;
            try {
                matches = tool.check(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (RuleMatch m : matches) {
                errors++;
                byRule.merge(m.getRule().getId(), 1, Integer::sum);
                findings.add(new ProseScore.Finding(m.getRule().getId(), s, m.getShortMessage().isEmpty()
                        ? m.getMessage() : m.getShortMessage()));
            }
        }
        return new ProseScore(statements.size(), errors, person, byRule, findings);
    }

    /**
     * The statements of a plain-text note as the evaluation renders it: one statement a line, headings in
     * upper case; empty lines and headings are skipped.
     *
     * @param noteText the note; not null
     * @return its statements
     */
    public static List<String> statements(String noteText) {
        List<String> out = new ArrayList<>();
        for (String line : noteText.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.equals(l.toUpperCase(Locale.ROOT)) && l.chars().anyMatch(Character::isLetter)
                    && !l.chars().anyMatch(Character::isLowerCase)) {
                continue;
            }
            out.add(l);
        }
        return out;
    }
}
