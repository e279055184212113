package org.clinicalnotes.deid;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A transcript after {@link SafeHarborDeidentifier#deidentify(org.clinicalnotes.transcript.Transcript)}: the
 * {@link Redaction} a model gets, and where each identifier was in the original utterances and speaker labels.
 * {@link #toString()} prints counts only.
 *
 * @param redaction the redacted transcript and its vault; not null
 * @param textSpans per utterance id, the spans over that utterance's original text, in order; not null
 * @param labelSpans per utterance id, the spans over its speaker's original label (a name such as
 *     {@code Dr. Lee}), in order; not null
 * @since 0.1.0
 */
public record DeidentifiedTranscript(Redaction redaction, Map<String, List<PhiSpan>> textSpans,
                                     Map<String, List<PhiSpan>> labelSpans) {

    /** Validates and copies. */
    public DeidentifiedTranscript {
        Objects.requireNonNull(redaction, "redaction");
        textSpans = Map.copyOf(textSpans);
        labelSpans = Map.copyOf(labelSpans);
    }

    /**
     * @param utteranceId an utterance id
     * @return the spans over that utterance's text; empty when none
     */
    public List<PhiSpan> spans(String utteranceId) {
        return textSpans.getOrDefault(utteranceId, List.of());
    }

    /** @return the number of spans in texts and labels */
    public int spanCount() {
        int n = 0;
        for (List<PhiSpan> l : textSpans.values()) {
            n += l.size();
        }
        for (List<PhiSpan> l : labelSpans.values()) {
            n += l.size();
        }
        return n;
    }

    @Override
    public String toString() {
        return "DeidentifiedTranscript[utterances=" + redaction.transcript().size() + ", spans=" + spanCount() + "]";
    }
}
