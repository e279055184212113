package org.clinicalnotes.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clinicalnotes.CheckFailedException;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.risk.RiskScreen;

/**
 * Checks that every risk the {@link RiskScreen} finds {@link RiskFlag.Status#PRESENT} in the original
 * transcript is covered by what the note model wrote: some statement names it (for example "suicid",
 * "SI", "self-harm", "overdose") or says what the screen recognises ("thinking about driving off the
 * bridge"), in any grammatical person. Citing the evidence is not enough: a statement that cites the
 * utterance but leaves the risk out is exactly what this check exists to catch. In strict mode an uncovered flag fails generation with {@link CheckFailedException}
 * {@code CN-5001} (CLI exit 5) naming the kind of flag; otherwise it adds a warning. Messages name kinds
 * and utterance ids, never words.
 *
 * <p>The generator runs the checks on the model's draft and only afterwards adds its own statement per
 * flag to the Risk section, so this check measures whether the model summarised a risk away; the
 * finished note states every flag either way. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
final class RiskCoverageCheck implements NoteCheck {

    /** The code of the strict-mode failure. */
    public static final String CODE = "CN-5001";

    private static final RiskCoverageCheck INSTANCE = new RiskCoverageCheck();

    private RiskCoverageCheck() {
    }

    /** @return the check */
    public static RiskCoverageCheck create() {
        return INSTANCE;
    }

    @Override
    public String id() {
        return "risk-coverage";
    }

    @Override
    public NoteCheck.Result check(List<NoteSection> sections, NoteCheck.Context context) {
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(context, "context");
        List<RiskFlag.Kind> uncovered = new ArrayList<>();
        List<RiskFinding> findings = context.screened()
                .orElseGet(() -> RiskScreen.create().findings(context.transcript()));
        for (RiskFinding f : findings) {
            if (f.status() == RiskFlag.Status.PRESENT && !covered(f.flag(), sections)) {
                uncovered.add(f.kind());
            }
        }
        if (uncovered.isEmpty()) {
            return new NoteCheck.Result(sections, List.of());
        }
        String kinds = String.join(", ", uncovered.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        if (context.strict()) {
            throw new CheckFailedException(CODE, id(), "risk present in the conversation but not covered by the note: "
                    + kinds + "; review the transcript's risk content, or turn strict mode off to get the note with "
                    + "the screen's risk statements added");
        }
        return new NoteCheck.Result(sections, List.of("risk-coverage: the note model did not cover present risk ("
                + kinds + "); the screen's statements were added to the Risk section: review them before signing"));
    }

    /**
     * @param flag a flag
     * @param sections the note's sections
     * @return whether some statement names the flag's kind, in the screen's words or a clinical term
     */
    public static boolean covered(RiskFlag flag, List<NoteSection> sections) {
        Objects.requireNonNull(flag, "flag");
        for (NoteSection s : sections) {
            for (NoteStatement st : s.statements()) {
                if (RiskScreen.lexical().mentions(flag.kind(), st.text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
