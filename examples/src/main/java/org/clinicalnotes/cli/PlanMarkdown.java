package org.clinicalnotes.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.clinicalnotes.course.Evidence;
import org.clinicalnotes.course.PlanDraft;

/** plan.md: the treatment-plan draft for people, every element with its citations. */
final class PlanMarkdown {

    private PlanMarkdown() {
    }

    static String write(PlanDraft p) {
        StringBuilder sb = new StringBuilder("# Treatment plan draft (AI-assisted; not final until a clinician signs it)\n");
        sb.append("\n## Problems\n\n");
        p.problems().forEach(x -> sb.append("- ").append(x.text()).append(' ').append(cite(x.evidence())).append('\n'));
        sb.append("\n## Goals\n\n");
        p.goals().forEach(x -> sb.append("- ").append(x.text()).append(' ').append(cite(x.evidence())).append('\n'));
        sb.append("\n## Interventions\n\n");
        p.interventions().forEach(x -> sb.append("- ").append(x.text()).append(' ').append(cite(x.evidence())).append('\n'));
        sb.append("\n## Measures to track\n\n");
        p.measures().forEach(x -> sb.append("- ").append(x.text()).append(' ').append(cite(x.evidence())).append('\n'));
        return sb.toString();
    }

    static String cite(List<Evidence> ev) {
        return ev.stream().map(e -> "[" + e.session() + (e.ids().isEmpty() ? "" : ": " + String.join(", ", e.ids())) + "]")
                .collect(Collectors.joining(" "));
    }
}
