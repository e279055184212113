package org.clinicalnotes.cli;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicalnotes.course.Evidence;
import org.clinicalnotes.course.PlanDocument;
import org.clinicalnotes.course.PlanDraft;

/** plan.md: the treatment plan for people, elements numbered as 'plan sign --edit' counts them, with citations. */
final class PlanMarkdown {

    private PlanMarkdown() {
    }

    static String write(PlanDocument d) {
        PlanDraft p = d.plan();
        StringBuilder sb = new StringBuilder(d.signed()
                ? "# Treatment plan (AI-assisted; signed by Practitioner/" + d.signer() + " at " + d.signedAt() + ")\n"
                : "# Treatment plan draft (AI-assisted; not final until a clinician signs it)\n");
        section(sb, "Problems", p.problems(), PlanDraft.Problem::text, PlanDraft.Problem::evidence);
        section(sb, "Goals", p.goals(), PlanDraft.Goal::text, PlanDraft.Goal::evidence);
        section(sb, "Interventions", p.interventions(), PlanDraft.Intervention::text, PlanDraft.Intervention::evidence);
        section(sb, "Measures to track", p.measures(), PlanDraft.Tracked::text, PlanDraft.Tracked::evidence);
        sb.append("\n---\n\nStatus: ").append(d.status()).append(". Drafted by ").append(d.model()).append('.');
        if (d.signed()) {
            sb.append(" Signed draft SHA-256: `").append(d.reviewedDigest()).append('`');
            if (!d.edits().isEmpty()) {
                sb.append("; changes before signing: ").append(String.join(", ", d.edits()));
            }
            sb.append(".\n");
        } else {
            sb.append(" Digest (give it to `plan sign --digest`): `").append(d.digest()).append("`.\n");
        }
        return sb.toString();
    }

    private static <T> void section(StringBuilder sb, String title, List<T> items, Function<T, String> text,
                                    Function<T, List<Evidence>> evidence) {
        sb.append("\n## ").append(title).append("\n\n");
        int n = 1;
        for (T x : items) {
            sb.append(n++).append(". ").append(text.apply(x)).append(' ').append(cite(evidence.apply(x))).append('\n');
        }
    }

    static String cite(List<Evidence> ev) {
        return ev.stream().map(e -> "[" + e.session() + (e.ids().isEmpty() ? "" : ": " + String.join(", ", e.ids())) + "]")
                .collect(Collectors.joining(" "));
    }
}
