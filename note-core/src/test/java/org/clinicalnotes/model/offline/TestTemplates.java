package org.clinicalnotes.model.offline;

import java.util.List;
import org.clinicalnotes.template.ContentKind;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.SectionSpec;

/** Small templates for the offline model's tests (the built-in JSON templates live elsewhere). */
record TestTemplates(String id, List<SectionSpec> sections) implements NoteTemplate {

    static SectionSpec spec(String id, String loinc, ContentKind... kinds) {
        return new SectionSpec(id, id.substring(0, 1).toUpperCase() + id.substring(1), loinc, "", false, List.of(kinds));
    }

    static final TestTemplates SOAP = new TestTemplates("soap", List.of(
            spec("subjective", "61150-9", ContentKind.CHIEF_COMPLAINT, ContentKind.PATIENT_REPORT, ContentKind.HISTORY,
                    ContentKind.MEDICATIONS, ContentKind.REVIEW_OF_SYSTEMS),
            spec("objective", "61149-1", ContentKind.EXAM, ContentKind.RESULTS, ContentKind.OBSERVATION),
            spec("assessment", "51848-0", ContentKind.ASSESSMENT),
            spec("plan", "18776-5", ContentKind.PLAN, ContentKind.GOALS),
            spec("risk", null, ContentKind.RISK)));

    static final TestTemplates DAP = new TestTemplates("dap", List.of(
            spec("data", null, ContentKind.PATIENT_REPORT, ContentKind.OBSERVATION, ContentKind.RESPONSE,
                    ContentKind.INTERVENTION),
            spec("assessment", null, ContentKind.ASSESSMENT, ContentKind.RISK),
            spec("plan", null, ContentKind.PLAN, ContentKind.GOALS)));

    static final TestTemplates BIRP = new TestTemplates("birp", List.of(
            spec("behavior", null, ContentKind.PATIENT_REPORT, ContentKind.OBSERVATION),
            spec("intervention", null, ContentKind.INTERVENTION),
            spec("response", null, ContentKind.RESPONSE),
            spec("plan", null, ContentKind.PLAN, ContentKind.GOALS)));

    /** Only a subjective and a plan section: everything else must fall back somewhere. */
    static final TestTemplates MINIMAL = new TestTemplates("minimal", List.of(
            spec("subjective", null, ContentKind.PATIENT_REPORT),
            spec("plan", null, ContentKind.PLAN)));

    @Override
    public String title() {
        return id;
    }

    @Override
    public String documentTypeCode() {
        return "11506-3";
    }
}
