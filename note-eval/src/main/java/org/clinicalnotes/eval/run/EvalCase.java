package org.clinicalnotes.eval.run;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.template.NoteTemplate;

/**
 * One evaluation item: a dialogue and the gold text to score the model's output against.
 *
 * <p>Full-note items (ACI-Bench) have {@code targetKinds} empty: the whole rendered note is scored against
 * {@code reference}, and each division's text against {@code divisionReferences}. Section items
 * (MTS-Dialog) name the content kinds of the gold section: the text of the template sections that take
 * those kinds is scored against {@code reference}. {@code toString()} holds no clinical text.
 *
 * @param id the encounter or row id; not blank
 * @param subset the subset (ACI-Bench {@code aci}/{@code virtassist}/{@code virtscribe}) or the MTS-Dialog
 *               section header; not null
 * @param dialogue the transcript text; not null
 * @param reference the gold note or section text; not null
 * @param divisionReferences gold text per division ({@code subjective}, ...); empty for section items
 * @param targetKinds the content kinds whose sections are scored; empty for full-note items
 * @since 0.1.0
 */
public record EvalCase(String id, String subset, String dialogue, String reference,
                       Map<String, String> divisionReferences, List<NoteTemplate.ContentKind> targetKinds) {

    /** Validates and copies. */
    public EvalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subset, "subset");
        Objects.requireNonNull(dialogue, "dialogue");
        Objects.requireNonNull(reference, "reference");
        divisionReferences = Map.copyOf(divisionReferences);
        targetKinds = List.copyOf(targetKinds);
    }

    /** @return whether the whole note is scored (rather than one section) */
    public boolean fullNote() {
        return targetKinds.isEmpty();
    }

    @Override
    public String toString() {
        return "EvalCase[id=" + id + ", subset=" + subset + ", dialogueChars=" + dialogue.length() + "]";
    }
}
