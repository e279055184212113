package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;

/**
 * One line of a pre-session brief, with the evidence it rests on.
 *
 * @param section which part of the brief: {@code risk}, {@code since-last-session}, {@code measures},
 *     {@code homework}, {@code themes} or {@code questions}; not null
 * @param text the line; not null
 * @param evidence the sessions and utterance ids (or journal entries) it cites; not empty
 * @since 0.3.0
 */
public record BriefLine(String section, String text, List<Evidence> evidence) {
    /** Validates and copies. */
    public BriefLine {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a brief line needs evidence");
        }
    }

    /** Shows the section and the citations, not the text. */
    @Override
    public String toString() {
        return "BriefLine[section=" + section + ", evidence=" + evidence.stream().map(Evidence::cite).toList() + "]";
    }
}
