package org.clinicalnotes.model.offline;

import java.util.List;
import org.clinicalnotes.template.NoteTemplate;

/** Small templates for the offline model's tests (the built-in JSON templates live elsewhere). */
record TestTemplates(String id, List<NoteTemplate.SectionSpec> sections) implements NoteTemplate {

    static NoteTemplate.SectionSpec spec(String id, String loinc, NoteTemplate.ContentKind... kinds) {
        return new NoteTemplate.SectionSpec(id, id.substring(0, 1).toUpperCase() + id.substring(1), loinc, "", false, List.of(kinds));
    }

    static final TestTemplates SOAP = new TestTemplates("soap", List.of(
            spec("subjective", "61150-9", NoteTemplate.ContentKind.CHIEF_COMPLAINT, NoteTemplate.ContentKind.PATIENT_REPORT, NoteTemplate.ContentKind.HISTORY,
                    NoteTemplate.ContentKind.MEDICATIONS, NoteTemplate.ContentKind.REVIEW_OF_SYSTEMS),
            spec("objective", "61149-1", NoteTemplate.ContentKind.EXAM, NoteTemplate.ContentKind.RESULTS, NoteTemplate.ContentKind.OBSERVATION),
            spec("assessment", "51848-0", NoteTemplate.ContentKind.ASSESSMENT),
            spec("plan", "18776-5", NoteTemplate.ContentKind.PLAN, NoteTemplate.ContentKind.GOALS),
            spec("risk", null, NoteTemplate.ContentKind.RISK)));

    static final TestTemplates DAP = new TestTemplates("dap", List.of(
            spec("data", null, NoteTemplate.ContentKind.PATIENT_REPORT, NoteTemplate.ContentKind.OBSERVATION, NoteTemplate.ContentKind.RESPONSE,
                    NoteTemplate.ContentKind.INTERVENTION),
            spec("assessment", null, NoteTemplate.ContentKind.ASSESSMENT, NoteTemplate.ContentKind.RISK),
            spec("plan", null, NoteTemplate.ContentKind.PLAN, NoteTemplate.ContentKind.GOALS)));

    static final TestTemplates BIRP = new TestTemplates("birp", List.of(
            spec("behavior", null, NoteTemplate.ContentKind.PATIENT_REPORT, NoteTemplate.ContentKind.OBSERVATION),
            spec("intervention", null, NoteTemplate.ContentKind.INTERVENTION),
            spec("response", null, NoteTemplate.ContentKind.RESPONSE),
            spec("plan", null, NoteTemplate.ContentKind.PLAN, NoteTemplate.ContentKind.GOALS)));

    /** Only a subjective and a plan section: everything else must fall back somewhere. */
    static final TestTemplates MINIMAL = new TestTemplates("minimal", List.of(
            spec("subjective", null, NoteTemplate.ContentKind.PATIENT_REPORT),
            spec("plan", null, NoteTemplate.ContentKind.PLAN)));

    @Override
    public String title() {
        return id;
    }

    @Override
    public String documentTypeCode() {
        return "11506-3";
    }
}
