package org.clinicalnotes.note;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurement stated in the conversation: a questionnaire score (PHQ-9, GAD-7, …) or a vital sign.
 *
 * @param instrument the instrument's short name, for example {@code PHQ-9}; not blank
 * @param value the value
 * @param unit the unit, empty for scores; not null
 * @param date the date the measure applies to, or null when it was not said
 * @param previousValue an earlier value said in the same session ("down from 21"), or null
 * @param interpretation the band ("moderate"), or null
 * @param evidence ids of the utterances that state it; not null
 * @since 0.1.0
 */
public record MeasureScore(String instrument, double value, String unit, LocalDate date, Double previousValue,
                           String interpretation, List<String> evidence) {

    /** Validates and copies. */
    public MeasureScore {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(unit, "unit");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /** @return the previous value, when one was said */
    public Optional<Double> previous() {
        return Optional.ofNullable(previousValue);
    }
}
