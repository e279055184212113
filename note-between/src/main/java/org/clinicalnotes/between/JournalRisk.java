package org.clinicalnotes.between;

import java.util.Objects;
import org.clinicalnotes.note.RiskFlag;

/**
 * A risk the screen read in one entry's text, with the sentence that said it.
 *
 * @param kind the kind; not null
 * @param status PRESENT, DENIED, UNCLEAR or HISTORICAL; not null
 * @param severity the screen's severity; not null
 * @param historical whether it is a past event the client endorses (an attempt years ago), not a current one
 * @param sentence the sentence, as written; not null
 * @param description the screen's description (kind, C-SSRS level), without client words; not null
 * @since 0.2.0
 */
public record JournalRisk(RiskFlag.Kind kind, RiskFlag.Status status, RiskFlag.Severity severity, boolean historical,
                          String sentence, String description) implements java.io.Serializable {

    /** Validates. */
    public JournalRisk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(description, "description");
    }

    /** @return whether this calls for an URGENT alert: a present, current risk */
    public boolean urgent() {
        return status == RiskFlag.Status.PRESENT && !historical;
    }

    /** Leaves out the sentence. */
    @Override
    public String toString() {
        return "JournalRisk[" + kind + " " + status + (historical ? " historical" : "") + "]";
    }
}
