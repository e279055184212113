package org.clinicalnotes.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** plan.json's digest, the clinician's edits and the sign-off, and what is refused. */
class PlanDocumentTest {

    private static final Path SAMPLE = Path.of("../examples/samples/course-client");
    private static final Instant T0 = Instant.parse("2026-04-07T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-04-08T10:00:00Z");
    private static PlanDocument draft;

    @BeforeAll
    static void draft() {
        CourseAnalyzer a = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();
        draft = PlanDocument.draft(PlanDraft.of(a.analyze(ClientHistory.load(SAMPLE))), "p-sam", T0, "m/1");
    }

    @Test
    void draft_round_trips_through_json_with_the_same_digest() {
        PlanDocument read = PlanDocument.read(draft.toJson(), "plan.json");

        assertThat(read).isEqualTo(draft);
        assertThat(read.digest()).isEqualTo(draft.digest()).hasSize(64);
        assertThat(read.status()).isEqualTo(PlanDocument.Status.DRAFT);
        assertThat(read.toString()).doesNotContain("p-sam");
    }

    @Test
    void sign_flips_to_active_and_records_signer_time_and_the_reviewed_digest() {
        PlanDocument signed = PlanDocument.read(draft.toJson(), "plan.json").checkReviewed(draft.digest().substring(0, 12))
                .sign("dr-1", T1);

        assertThat(signed.status()).isEqualTo(PlanDocument.Status.ACTIVE);
        assertThat(signed.signer()).isEqualTo("dr-1");
        assertThat(signed.signedAt()).isEqualTo(T1);
        assertThat(signed.reviewedDigest()).isEqualTo(draft.digest());
        assertThat(PlanDocument.read(signed.toJson(), "plan.json")).isEqualTo(signed);
    }

    @Test
    void edits_keep_evidence_and_are_logged_before_signing() {
        PlanDocument edited = draft.edit(PlanDocument.Part.GOALS, 0, "Clinician's wording")
                .delete(PlanDocument.Part.INTERVENTIONS, 0);

        assertThat(edited.plan().goals().get(0).text()).isEqualTo("Clinician's wording");
        assertThat(edited.plan().goals().get(0).evidence()).isEqualTo(draft.plan().goals().get(0).evidence());
        assertThat(edited.plan().goals().get(0).below()).isEqualTo(draft.plan().goals().get(0).below());
        assertThat(edited.plan().interventions()).hasSize(draft.plan().interventions().size() - 1);
        assertThat(edited.edits()).containsExactly("edit goals:1", "delete interventions:1");
        assertThat(edited.sign("dr-1", T1).reviewedDigest()).isEqualTo(edited.digest()).isNotEqualTo(draft.digest());
    }

    @Test
    void tampered_plan_is_refused() {
        String tampered = draft.toJson().replace("\"below\" : 10.0", "\"below\" : 20.0");
        assertThat(tampered).isNotEqualTo(draft.toJson());

        assertThatThrownBy(() -> PlanDocument.read(tampered, "plan.json"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-5160");
    }

    @Test
    void a_plan_other_than_the_reviewed_one_is_refused() {
        assertThatThrownBy(() -> draft.checkReviewed("0123456789abcdef"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-5162");
    }

    @Test
    void signed_plan_refuses_edits_deletes_and_a_second_signature() {
        PlanDocument signed = draft.sign("dr-1", T1);

        assertThatThrownBy(() -> signed.edit(PlanDocument.Part.GOALS, 0, "x")).hasMessageContaining("CN-5161");
        assertThatThrownBy(() -> signed.delete(PlanDocument.Part.PROBLEMS, 0)).hasMessageContaining("CN-5161");
        assertThatThrownBy(() -> signed.sign("dr-2", T1)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-5161");
    }

    @Test
    void bad_signer_and_missing_element_are_typed_errors() {
        assertThatThrownBy(() -> draft.sign("dr 1!", T1)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("CN-5165");
        assertThatThrownBy(() -> draft.edit(PlanDocument.Part.GOALS, 99, "x")).hasMessageContaining("CN-5164");
        assertThatThrownBy(() -> PlanDocument.read("{\"kind\":\"note\"}", "plan.json")).hasMessageContaining("CN-5163");
    }
}
