package org.clinicalnotes.deid;

import java.util.List;

/**
 * A source of PHI matches added to {@link SafeHarborDeidentifier}'s own, for example a named-entity model
 * the user supplies. The de-identifier takes the union of every detector's matches.
 *
 * <p>Implementations must be thread-safe and must not log the text.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PhiDetector {

    /**
     * @param text one utterance's text (or a speaker label); not null
     * @return the identifiers found, in any order, possibly overlapping; never null
     */
    List<PhiMatch> detect(String text);
}
