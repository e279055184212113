package org.clinicalnotes.fhir.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.nio.file.Path;
import java.time.Instant;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.course.Brief;
import org.clinicalnotes.course.BriefJson;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.R4Validation;
import org.clinicalnotes.risk.RiskScreen;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FhirCourseTest {

    private static final Path SAMPLE = Path.of("../examples/samples/course-client");
    private static final CourseAnalyzer ANALYZER = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
    private static InMemoryFhirServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new InMemoryFhirServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static IGenericClient client() {
        FhirContexts.r4().getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        return FhirContexts.r4().newRestfulGenericClient(server.baseUrl());
    }

    @Test
    void round_trip_through_a_hapi_server_gives_the_same_brief_as_the_folder() {
        Course fromFolder = ANALYZER.analyze(ClientHistory.load(SAMPLE));
        Bundle plan = CarePlanMapper.map(PlanDraft.of(fromFolder), "p-course-1", null, Instant.parse("2026-04-07T09:00:00Z"));

        Bundle response = FhirClientHistory.write(client(), fromFolder, "p-course-1", plan);
        ClientHistory back = FhirClientHistory.read(client(), "p-course-1");
        Course fromServer = ANALYZER.analyze(back);

        assertThat(response.getEntry()).isNotEmpty();
        assertThat(server.all("CarePlan")).hasSize(1);
        assertThat(back.sessions()).hasSize(6);
        assertThat(back.journal()).hasSize(8);
        assertThat(BriefJson.write(Brief.of(fromServer))).isEqualTo(BriefJson.write(Brief.of(fromFolder)));
        CarePlan stored = (CarePlan) server.all("CarePlan").get(0);
        assertThat(stored.getGoal()).allSatisfy(g -> assertThat(g.getReference()).startsWith("Goal/"));
    }

    @Test
    void unknown_patient_is_a_typed_error() {
        assertThatThrownBy(() -> FhirClientHistory.read(client(), "nobody"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3408");
    }

    @Test
    void care_plan_bundle_is_draft_proposal_with_measurable_goals_and_validates() {
        Course course = ANALYZER.analyze(ClientHistory.load(SAMPLE));
        Bundle b = CarePlanMapper.map(PlanDraft.of(course), "p-course-1", "dr-1", Instant.parse("2026-04-07T09:00:00Z"));

        CarePlan cp = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(CarePlan.class::isInstance)
                .map(CarePlan.class::cast).findFirst().orElseThrow();
        assertThat(cp.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(cp.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
        assertThat(cp.getActivity()).allSatisfy(a -> assertThat(a.getProgressFirstRep().getText()).startsWith("Evidence: "));
        assertThat(b.getEntry()).filteredOn(e -> e.getResource() instanceof Goal).isNotEmpty()
                .allSatisfy(e -> {
                    Goal g = (Goal) e.getResource();
                    assertThat(g.getTargetFirstRep().getMeasure().getCodingFirstRep().getCode()).isNotBlank();
                    assertThat(g.getTargetFirstRep().getDetailQuantity().getComparator().toCode()).isEqualTo("<");
                    assertThat(g.getTargetFirstRep().hasDueDateType()).isTrue();
                    assertThat(g.getNoteFirstRep().getText()).startsWith("Evidence: session ");
                });
        Provenance prov = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Provenance.class::isInstance).map(Provenance.class::cast).findFirst().orElseThrow();
        assertThat(prov.getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("author", "verifier");
        assertThat(R4Validation.errors(b)).as(() -> R4Validation.describe(R4Validation.errors(b))).isEmpty();
        for (Bundle.BundleEntryComponent e : b.getEntry()) {
            assertThat(R4Validation.errors(e.getResource())).as(() -> R4Validation.describe(R4Validation.errors(e.getResource())))
                    .isEmpty();
        }
    }

    @Test
    void history_bundle_validates() {
        Course course = ANALYZER.analyze(ClientHistory.load(SAMPLE));
        Bundle b = FhirClientHistory.bundle(course, "p-course-1");
        assertThat(b.getEntry()).extracting(e -> e.getResource().fhirType())
                .contains("DocumentReference", "Observation", "RiskAssessment", "Flag");
        assertThat(R4Validation.errors(b)).as(() -> R4Validation.describe(R4Validation.errors(b))).isEmpty();
    }
}
