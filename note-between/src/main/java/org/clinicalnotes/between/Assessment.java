package org.clinicalnotes.between;

import java.util.List;
import java.util.Optional;

/**
 * What the monitor made of one entry: its signals, the client's baselines just before it (absent during
 * warm-up), and the alerts it raised or updated.
 *
 * @param signals the entry's signals; not null
 * @param anxietyBaseline the anxiety baseline before the entry; null during warm-up
 * @param distressBaseline the distress baseline before the entry; null during warm-up
 * @param alerts the alerts raised or updated by this entry (an update has more than one audit event)
 * @since 0.2.0
 */
public record Assessment(EntrySignals signals, Baseline anxietyBaseline, Baseline distressBaseline,
                         List<Alert> alerts) {

    /** Copies. */
    public Assessment {
        java.util.Objects.requireNonNull(signals, "signals");
        alerts = List.copyOf(alerts);
    }

    /** @return the anxiety baseline, after warm-up */
    public Optional<Baseline> anxiety() {
        return Optional.ofNullable(anxietyBaseline);
    }

    /** @return the distress baseline, after warm-up */
    public Optional<Baseline> distress() {
        return Optional.ofNullable(distressBaseline);
    }
}
