package org.clinicalnotes.between;

import java.util.List;
import java.util.Objects;

/**
 * What in one entry supports an alert.
 *
 * @param entryId the entry; not blank
 * @param sentence the sentence that carried a risk, as written; null for other alerts
 * @param words the words that carried the text's distress or anxiety, as written; may be empty
 * @since 0.2.0
 */
public record Evidence(String entryId, String sentence, List<String> words) {

    /** Validates and copies. */
    public Evidence {
        Objects.requireNonNull(entryId, "entryId");
        words = List.copyOf(Objects.requireNonNull(words, "words"));
    }

    /** Leaves out the client's words. */
    @Override
    public String toString() {
        return "Evidence[entry=" + entryId + ", sentence=" + (sentence != null) + ", words=" + words.size() + "]";
    }
}
