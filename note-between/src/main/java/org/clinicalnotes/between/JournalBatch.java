package org.clinicalnotes.between;

import java.util.List;

/**
 * What a reader got from one source: the entries it could read, in file order, and the lines it could not.
 *
 * @param entries the entries read
 * @param problems the lines skipped, each with file, line and reason
 * @since 0.2.0
 */
public record JournalBatch(List<JournalEntry> entries, List<LineProblem> problems) {

    /** Copies. */
    public JournalBatch {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
