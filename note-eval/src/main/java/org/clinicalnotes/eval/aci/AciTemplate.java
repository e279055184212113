package org.clinicalnotes.eval.aci;

import java.util.List;
import org.clinicalnotes.template.ContentKind;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.SectionSpec;

/** A SOAP-like template shaped like ACI-Bench's gold notes (their section headings). Immutable. */
final class AciTemplate implements NoteTemplate {

    static final AciTemplate INSTANCE = new AciTemplate();

    private static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("chief_complaint", "Chief complaint", "10154-3", "", false,
                    List.of(ContentKind.CHIEF_COMPLAINT)),
            new SectionSpec("hpi", "History of present illness", "10164-2", "", true,
                    List.of(ContentKind.PATIENT_REPORT, ContentKind.HISTORY, ContentKind.MEDICATIONS,
                            ContentKind.RESPONSE, ContentKind.RISK)),
            new SectionSpec("ros", "Review of systems", "10187-3", "", false,
                    List.of(ContentKind.REVIEW_OF_SYSTEMS)),
            new SectionSpec("exam", "Physical examination", "29545-1", "", false,
                    List.of(ContentKind.EXAM, ContentKind.OBSERVATION)),
            new SectionSpec("results", "Results", "30954-2", "", false, List.of(ContentKind.RESULTS)),
            new SectionSpec("assessment_plan", "Assessment and plan", "51847-2", "", true,
                    List.of(ContentKind.ASSESSMENT, ContentKind.PLAN, ContentKind.GOALS, ContentKind.INTERVENTION)));

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
    public List<SectionSpec> sections() {
        return SECTIONS;
    }
}
