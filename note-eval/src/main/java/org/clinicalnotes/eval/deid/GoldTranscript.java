package org.clinicalnotes.eval.deid;

import java.util.List;
import org.clinicalnotes.deid.PhiCategory;

/**
 * One gold transcript: the file text and its labelled PHI spans (character offsets into {@code text}).
 *
 * @param id the transcript id
 * @param text the transcript file text (tagged or speaker-colon lines)
 * @param spans the gold spans
 */
public record GoldTranscript(String id, String text, List<Span> spans) {

    /** Validates and copies. */
    public GoldTranscript {
        spans = List.copyOf(spans);
    }

    /**
     * A gold span.
     *
     * @param start first character
     * @param end end, exclusive
     * @param category the Safe Harbor category
     */
    public record Span(int start, int end, PhiCategory category) {
    }

    @Override
    public String toString() {
        return "GoldTranscript[" + id + ", spans=" + spans.size() + "]";
    }
}
