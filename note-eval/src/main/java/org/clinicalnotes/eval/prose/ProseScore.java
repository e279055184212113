package org.clinicalnotes.eval.prose;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ProseCheck} found. Findings hold statement text (generated, possibly with PHI from a real
 * transcript): keep them in local reports only; {@code toString()} holds counts only.
 *
 * @param statements how many statements were checked
 * @param errors LanguageTool matches counted (see {@link ProseCheck})
 * @param personStatements statements in the first or second person outside quotations
 * @param byRule matches per LanguageTool rule id
 * @param findings every match and person statement, in order
 * @since 0.1.0
 */
public record ProseScore(int statements, int errors, int personStatements, Map<String, Integer> byRule,
                         List<Finding> findings) {

    /** Validates and copies. */
    public ProseScore {
        byRule = Map.copyOf(byRule);
        findings = List.copyOf(findings);
    }

    /** @return LanguageTool errors per 100 statements; NaN with no statements */
    public double errorsPer100() {
        return statements == 0 ? Double.NaN : 100.0 * errors / statements;
    }

    @Override
    public String toString() {
        return "ProseScore[statements=" + statements + ", errors=" + errors + ", person=" + personStatements + "]";
    }

    /**
     * One finding.
     *
     * @param rule the LanguageTool rule id, or {@code PERSON}
     * @param statement the statement
     * @param message what is wrong
     */
    public record Finding(String rule, String statement, String message) {

        /** Validates. */
        public Finding {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return "Finding[" + rule + "]";
        }
    }
}
