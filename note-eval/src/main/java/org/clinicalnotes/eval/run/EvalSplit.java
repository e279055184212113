package org.clinicalnotes.eval.run;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.template.NoteTemplate;

/**
 * A loaded evaluation split: the items, the template the model fills, how template sections map to the
 * dataset's divisions, and the published rows to print beside ours.
 *
 * @param dataset {@code aci-bench} or {@code mts-dialog}; not null
 * @param split the split name, for example {@code test1}; not null
 * @param template the template the model fills; not null
 * @param cases the items; not empty
 * @param divisions template section id to division name (full-note datasets); empty otherwise
 * @param published published rows for this split, in table order; may be empty
 * @since 0.1.0
 */
public record EvalSplit(String dataset, String split, NoteTemplate template, List<EvalCase> cases,
                        Map<String, String> divisions, List<PublishedRow> published) {

    /** The four ACI-Bench divisions, in note order. */
    public static final List<String> ACI_DIVISIONS =
            List.of("subjective", "objective_exam", "objective_results", "assessment_and_plan");

    /** Validates and copies. */
    public EvalSplit {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(template, "template");
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("a split needs at least one case");
        }
        divisions = Map.copyOf(divisions);
        published = List.copyOf(published);
    }

    /** @return {@code dataset/split} */
    public String name() {
        return dataset + "/" + split;
    }
}
