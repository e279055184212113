package org.clinicalnotes.eval.aci;

import java.util.List;
import org.clinicalnotes.template.NoteTemplate;

/** A SOAP-like template shaped like ACI-Bench's gold notes (their section headings). Immutable. */
final class AciTemplate implements NoteTemplate {

    static final AciTemplate INSTANCE = new AciTemplate();

    private static final List<NoteTemplate.SectionSpec> SECTIONS = List.of(
            new NoteTemplate.SectionSpec("chief_complaint", "Chief complaint", "10154-3", "", false,
                    List.of(NoteTemplate.ContentKind.CHIEF_COMPLAINT)),
            new NoteTemplate.SectionSpec("hpi", "History of present illness", "10164-2", "", true,
                    List.of(NoteTemplate.ContentKind.PATIENT_REPORT, NoteTemplate.ContentKind.HISTORY, NoteTemplate.ContentKind.MEDICATIONS,
                            NoteTemplate.ContentKind.RESPONSE, NoteTemplate.ContentKind.RISK)),
            new NoteTemplate.SectionSpec("ros", "Review of systems", "10187-3", "", false,
                    List.of(NoteTemplate.ContentKind.REVIEW_OF_SYSTEMS)),
            new NoteTemplate.SectionSpec("exam", "Physical examination", "29545-1", "", false,
                    List.of(NoteTemplate.ContentKind.EXAM, NoteTemplate.ContentKind.OBSERVATION)),
            new NoteTemplate.SectionSpec("results", "Results", "30954-2", "", false, List.of(NoteTemplate.ContentKind.RESULTS)),
            new NoteTemplate.SectionSpec("assessment_plan", "Assessment and plan", "51847-2", "", true,
                    List.of(NoteTemplate.ContentKind.ASSESSMENT, NoteTemplate.ContentKind.PLAN, NoteTemplate.ContentKind.GOALS, NoteTemplate.ContentKind.INTERVENTION)));

    private AciTemplate() {
    }

    @Override
    public String id() {
        return "aci-bench";
    }

    @Override
    public String title() {
        return "ACI-Bench style note";
    }

    @Override
    public String documentTypeCode() {
        return "11506-3";
    }

    @Override
    public List<NoteTemplate.SectionSpec> sections() {
        return SECTIONS;
    }
}
