package org.clinicalnotes.eval.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.template.NoteTemplate;

/**
 * Maps a template's sections to ACI-Bench's four divisions by the first content kind each section takes:
 *
 * <table>
 * <caption>content kind to division</caption>
 * <tr><th>division</th><th>content kinds</th></tr>
 * <tr><td>subjective</td><td>CHIEF_COMPLAINT, PATIENT_REPORT, HISTORY, MEDICATIONS, REVIEW_OF_SYSTEMS, RESPONSE, RISK</td></tr>
 * <tr><td>objective_exam</td><td>EXAM, OBSERVATION</td></tr>
 * <tr><td>objective_results</td><td>RESULTS</td></tr>
 * <tr><td>assessment_and_plan</td><td>ASSESSMENT, PLAN, GOALS, INTERVENTION</td></tr>
 * </table>
 *
 * <p>This mirrors the ACI-Bench authors' section tagger, which files chief complaint, history, medications,
 * allergies and review of systems under subjective, the physical exam under objective_exam, labs and imaging
 * under objective_results, and assessment and plan together. Stateless.
 *
 * @since 0.1.0
 */
public final class Divisions {

    private Divisions() {
    }

    /**
     * The division for a content kind.
     *
     * @param kind the kind; not null
     * @return one of {@link EvalSplit#ACI_DIVISIONS}
     * @since 0.1.0
     */
    public static String of(NoteTemplate.ContentKind kind) {
        return switch (kind) {
            case CHIEF_COMPLAINT, PATIENT_REPORT, HISTORY, MEDICATIONS, REVIEW_OF_SYSTEMS, RESPONSE, RISK -> "subjective";
            case EXAM, OBSERVATION -> "objective_exam";
            case RESULTS -> "objective_results";
            case ASSESSMENT, PLAN, GOALS, INTERVENTION -> "assessment_and_plan";
        };
    }

    /**
     * Maps every section of a template to its division (sections that take no kind go to subjective).
     *
     * @param template the template; not null
     * @return section id to division, in template order
     * @since 0.1.0
     */
    public static Map<String, String> forTemplate(NoteTemplate template) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NoteTemplate.SectionSpec s : template.sections()) {
            List<NoteTemplate.ContentKind> kinds = s.accepts();
            out.put(s.id(), kinds.isEmpty() ? "subjective" : of(kinds.get(0)));
        }
        return out;
    }
}
