package org.clinicalnotes.fhir.between;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.clinicalnotes.fhir.AuditEvents;
import org.clinicalnotes.fhir.R4Validation;
import org.clinicalnotes.privacy.AuditListener;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;

/** AuditEvents for journal scans, course briefs and plans: valid R4, the clients as Patient entities. */
class JournalAuditEventsTest {

    private static void assertValid(AuditEvent e) {
        assertThat(R4Validation.errors(e)).as(R4Validation.describe(R4Validation.errors(e))).isEmpty();
    }

    @Test
    void a_journal_scan_names_each_client_as_the_journal_bundle_does() {
        AuditListener.Event r = AuditListener.Event.ofClients(AuditListener.Event.Action.JOURNAL_SCAN, Instant.parse("2026-03-02T10:00:00Z"),
                List.of("client-ana", "Jane Doe"), null);
        AuditEvent e = AuditEvents.toFhir(r);
        assertValid(e);
        assertThat(e.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(e.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(e.getEntity()).hasSize(2);
        assertThat(e.getEntity()).allSatisfy(x -> {
            assertThat(x.getRole().getCode()).isEqualTo("1");
            assertThat(x.getType().getCode()).isEqualTo("1");
        });
        assertThat(e.getEntity().get(0).getWhat().getReference()).isEqualTo("Patient/client-ana");
        // a client named by something that is no FHIR id is written as the journal bundle writes it, never as said
        assertThat(e.getEntity().get(1).getWhat().getReference())
                .isEqualTo(JournalFhirMapper.patient("Jane Doe").getReference());
        assertThat(AuditEvents.toJsonLine(r)).doesNotContain("Jane").doesNotContain("Doe").doesNotContain("\n");
    }

    @Test
    void course_reads_and_plan_creates_and_a_failure_carries_only_its_code() {
        AuditEvent course = AuditEvents.toFhir(AuditListener.Event.ofClients(AuditListener.Event.Action.COURSE, Instant.EPOCH,
                List.of("p-1"), null));
        assertValid(course);
        assertThat(course.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(course.getSubtypeFirstRep().getCode()).isEqualTo("read");

        AuditEvent plan = AuditEvents.toFhir(AuditListener.Event.ofClients(AuditListener.Event.Action.PLAN, Instant.EPOCH,
                List.of("p-1"), null));
        assertValid(plan);
        assertThat(plan.getAction()).isEqualTo(AuditEvent.AuditEventAction.C);
        assertThat(plan.getSubtypeFirstRep().getCode()).isEqualTo("create");

        AuditEvent failed = AuditEvents.toFhir(AuditListener.Event.ofClients(AuditListener.Event.Action.JOURNAL_SCAN, Instant.EPOCH,
                List.of(), "CN-3210"));
        assertValid(failed);
        assertThat(failed.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(failed.getOutcomeDesc()).isEqualTo("CN-3210");
        assertThat(failed.getEntity()).isEmpty();
    }
}
