package org.clinicalnotes.fhir.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.PlanDocument;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.fhir.R4Validation;
import org.clinicalnotes.risk.RiskScreen;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;

/** A plan's sign-off as FHIR: draft/proposal before, active after, the clinician as the Provenance's verifier. */
class PlanSignFhirTest {

    private static final Path SAMPLE = Path.of("../examples/samples/course-client");

    private static PlanDocument draft() {
        CourseAnalyzer analyzer = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
        return PlanDocument.draft(PlanDraft.of(analyzer.analyze(ClientHistory.load(SAMPLE))), "p-course-1",
                Instant.parse("2026-04-07T09:00:00Z"), CarePlanMapper.MODEL_ID);
    }

    private static <T> T first(Bundle b, Class<T> type) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void signed_plan_is_active_with_the_clinician_as_verifier_and_validates() {
        PlanDocument draft = draft();
        Bundle before = CarePlanMapper.map(draft);
        assertThat(first(before, CarePlan.class).getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(first(before, CarePlan.class).getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
        assertThat(first(before, Provenance.class).getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("author");

        PlanDocument signed = PlanDocument.read(draft.toJson(), "plan.json").checkReviewed(draft.digest())
                .sign("dr-1", Instant.parse("2026-04-08T10:00:00Z"));
        Bundle b = CarePlanMapper.map(signed);

        CarePlan cp = first(b, CarePlan.class);
        assertThat(cp.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(cp.getMeta().getSecurityFirstRep().getCode()).isEqualTo("AIAST");
        assertThat(first(b, Goal.class).getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.ACCEPTED);
        Provenance prov = first(b, Provenance.class);
        assertThat(prov.getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("author", "verifier");
        assertThat(prov.getAgent().get(0).getWho().getType()).isEqualTo("Device");
        assertThat(prov.getAgent().get(1).getWho().getReference()).isEqualTo("Practitioner/dr-1");
        assertThat(prov.getReasonFirstRep().getCodingFirstRep().getCode()).isEqualTo("AIAST");
        assertThat(prov.getRecorded()).isEqualTo(java.util.Date.from(Instant.parse("2026-04-08T10:00:00Z")));
        assertThat(prov.getText().getDivAsString()).contains(draft.digest());
        assertThat(R4Validation.errors(b)).as(() -> R4Validation.describe(R4Validation.errors(b))).isEmpty();
        for (Bundle.BundleEntryComponent e : b.getEntry()) {
            assertThat(R4Validation.errors(e.getResource()))
                    .as(() -> R4Validation.describe(R4Validation.errors(e.getResource()))).isEmpty();
        }
    }

    @Test
    void a_signed_plan_cannot_be_edited() {
        PlanDocument signed = draft().sign("dr-1", Instant.parse("2026-04-08T10:00:00Z"));
        assertThatThrownBy(() -> signed.edit(PlanDocument.Part.GOALS, 0, "Something else"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-5161");
    }
}
