package org.clinicalnotes.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicalnotes.internal.SpokenNumbers;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Marks each model-drafted statement {@link NoteStatement.Support#SUPPORTED} or {@link NoteStatement.Support#UNSUPPORTED}.
 *
 * <p>A statement is supported when it cites at least one utterance, every cited id exists in the
 * transcript, every number in it appears in the cited utterances, and at least
 * {@linkplain Builder#minCoverage(double) a share} (default 0.6) of its content words appear there
 * (after dropping function words and the words a clinical rewrite adds, and matching on a crude stem).
 * Spoken numbers count as their digits: "two" in an utterance supports "2" in a statement.
 * Clinician-authored statements are left as they are. The check never drops a statement.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
final class GroundingCheck implements NoteCheck {

    private final double minCoverage;

    private GroundingCheck(Builder b) {
        this.minCoverage = b.minCoverage;
    }

    /** @return the check with default settings */
    public static GroundingCheck create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return "grounding";
    }

    @Override
    public NoteCheck.Result check(List<NoteSection> sections, NoteCheck.Context context) {
        Transcript transcript = context.transcript();
        List<NoteSection> out = new ArrayList<>(sections.size());
        int total = 0;
        int unsupported = 0;
        for (NoteSection section : sections) {
            List<NoteStatement> checked = new ArrayList<>(section.statements().size());
            for (NoteStatement st : section.statements()) {
                if (st.support() == NoteStatement.Support.CLINICIAN_AUTHORED) {
                    checked.add(st);
                    continue;
                }
                total++;
                boolean ok = isSupported(st, transcript);
                if (!ok) {
                    unsupported++;
                }
                checked.add(st.withSupport(ok ? NoteStatement.Support.SUPPORTED : NoteStatement.Support.UNSUPPORTED));
            }
            out.add(section.withStatements(checked));
        }
        List<String> warnings = unsupported == 0 ? List.of()
                : List.of("grounding: " + unsupported + " of " + total
                        + " statements are not supported by their cited utterances; review them before signing");
        return new NoteCheck.Result(out, warnings);
    }

    /**
     * @param statement a statement
     * @param transcript the transcript it cites
     * @return whether the statement's evidence exists and contains its content
     */
    public boolean isSupported(NoteStatement statement, Transcript transcript) {
        if (statement.evidence().isEmpty()) {
            return false;
        }
        Set<String> evidenceStems = new HashSet<>();
        Set<String> evidenceNumbers = new HashSet<>();
        for (String id : statement.evidence()) {
            Optional<Utterance> u = transcript.utterance(id);
            if (u.isEmpty()) {
                return false;
            }
            String text = u.get().text();
            for (String tok : TextTokens.normalisedTokens(text)) {
                if (TextTokens.isNumber(tok)) {
                    evidenceNumbers.add(tok);
                }
                evidenceStems.add(TextTokens.stem(tok));
                String unit = UNIT_ABBREVIATIONS.get(tok);
                if (unit != null) {
                    evidenceStems.add(TextTokens.stem(unit));   // notes write "milligrams" as "mg"
                }
            }
            // the numbers a note writes for longer spoken runs: "one twenty-six" as 126, "four hundred" as 400
            for (String tok : TextTokens.tokens(SpokenNumbers.digits(text))) {
                if (TextTokens.isNumber(tok)) {
                    evidenceNumbers.add(tok);
                }
            }
            // and for single number words: "two milligrams" as 2 mg, "eighty-eight micrograms" as 88 mcg
            java.util.regex.Matcher w = NUMBER_WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
            while (w.find()) {
                int value = w.group(1) != null ? SMALL.indexOf(w.group(1)) : 0;
                if (w.group(2) != null) {
                    value = 10 * (TENS.indexOf(w.group(2)) + 2) + (w.group(3) == null ? 0 : SMALL.indexOf(w.group(3)));
                }
                evidenceNumbers.add(Integer.toString(value));
            }
        }
        int content = 0;
        int found = 0;
        for (String tok : TextTokens.normalisedTokens(statement.text())) {
            if (TextTokens.isNumber(tok)) {
                if (!evidenceNumbers.contains(tok)) {
                    return false;
                }
                continue;
            }
            if (TextTokens.STOP_WORDS.contains(tok) || tok.length() < 2) {
                continue;
            }
            content++;
            if (evidenceStems.contains(TextTokens.stem(tok))) {
                found++;
            }
        }
        return content == 0 || found >= Math.ceil(minCoverage * content - 1e-9);
    }

    private static final java.util.Map<String, String> UNIT_ABBREVIATIONS = java.util.Map.of("milligram", "mg",
            "milligrams", "mg", "microgram", "mcg", "micrograms", "mcg", "percent", "%", "kilograms", "kg");
    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    /** One number word, or a tens word with its unit ("eighty-eight"): group 1 small, groups 2 and 3 tens and unit. */
    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile(
            "\\b(?:(" + String.join("|", SMALL) + ")|(" + String.join("|", TENS) + ")(?:[- ](one|two|three|four|five"
                    + "|six|seven|eight|nine))?)\\b");

    /** Builds a {@link GroundingCheck}. Not thread-safe. */
    public static final class Builder {
        private double minCoverage = 0.6;

        private Builder() {
        }

        /**
         * @param share share of content words that must appear in the evidence, in (0, 1]
         * @return this builder
         */
        public Builder minCoverage(double share) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("minCoverage must be in (0, 1], was " + share);
            }
            this.minCoverage = share;
            return this;
        }

        /** @return the check */
        public GroundingCheck build() {
            return new GroundingCheck(this);
        }
    }
}
