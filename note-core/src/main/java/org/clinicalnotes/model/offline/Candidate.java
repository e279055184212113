package org.clinicalnotes.model.offline;

import java.util.List;
import org.clinicalnotes.template.NoteTemplate;

/**
 * A candidate statement of a draft, in transcript order: its content kind, finished text, the utterances it
 * cites, the utterance it belongs to and its relevance ({@link Double#MAX_VALUE} for statements always kept).
 */
record Candidate(NoteTemplate.ContentKind kind, String text, List<String> evidence, String utteranceId, double relevance) {
}
