package org.clinicalnotes.fhir.between;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.AlertPriority;
import org.clinicalnotes.between.Assessment;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.CrisisResource;
import org.clinicalnotes.between.EntrySignals;
import org.clinicalnotes.between.JournalBatch;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.risk.RiskScreen;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalFhirMapperTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 1, 21, 0, 0, 0, ZoneId.of("Europe/London"));

    /** The project's R4 validator chain, with the shipped journal-signal CodeSystem loaded so its codes are checked. */
    private static final FhirValidator VALIDATOR = validator();

    private static FhirValidator validator() {
        var ctx = FhirContexts.r4();
        DefaultProfileValidationSupport base = new DefaultProfileValidationSupport(ctx);
        CodeSystem v3 = ((CodeSystem) base.fetchCodeSystem("http://terminology.hl7.org/CodeSystem/v3-ObservationValue")).copy();
        v3.addConcept().setCode("AIAST").setDisplay("Artificial Intelligence asserted");
        PrePopulatedValidationSupport pre = new PrePopulatedValidationSupport(ctx);
        pre.addCodeSystem(v3);
        pre.addCodeSystem(JournalFhirMapper.codeSystem());
        FhirValidator v = ctx.newValidator();
        v.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(pre, base,
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx))));
        return v;
    }

    private static List<SingleValidationMessage> errors(org.hl7.fhir.instance.model.api.IBaseResource r) {
        synchronized (VALIDATOR) {
            return VALIDATOR.validateWithResult(r).getMessages().stream()
                    .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                    .toList();
        }
    }

    private static JournalEntry entry(int day, int anxiety, String text) {
        return new JournalEntry("e" + day, "client-1", START.plusDays(day), text, 6, anxiety, 7.5,
                day % 7 == 0 ? List.of(1, 1) : List.of(), day % 7 == 0 ? List.of(1, 2) : List.of());
    }

    @Test
    void bundle_with_urgent_high_and_suggestion_validates_with_zero_errors() {
        BetweenSessionMonitor m = BetweenSessionMonitor.builder().riskScreen(RiskScreen.lexical())
                .addCrisisResource(new CrisisResource("Crisis line", "call 988")).build();
        List<EntrySignals> signals = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            signals.add(m.assess(entry(d, 2 + d % 2, "Ordinary day.")).signals());
        }
        Assessment spike = m.assess(entry(14, 9, "Panic attack, heart racing."));
        signals.add(spike.signals());
        signals.add(m.assess(entry(20, 8, "I keep thinking about ending it all.")).signals());
        Alert high = spike.alerts().get(0);
        m.acknowledge(high.id(), "pract-1", START.plusDays(15), null);
        Map<String, List<EntrySignals>> by = new LinkedHashMap<>();
        by.put("client-1", signals);

        Bundle b = JournalFhirMapper.create().bundle(by, m.alerts());

        assertThat(errors(b)).as(FhirContexts.jsonParser().encodeResourceToString(b)).isEmpty();
        List<Flag> flags = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Flag.class::isInstance).map(Flag.class::cast).toList();
        assertThat(flags).hasSize(2);
        List<DetectedIssue> issues = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(DetectedIssue.class::isInstance).map(DetectedIssue.class::cast).toList();
        assertThat(issues).extracting(d -> d.getSeverity().toCode()).containsExactlyInAnyOrder("moderate", "high");
        DetectedIssue urgent = issues.stream().filter(d -> d.getSeverity() == DetectedIssue.DetectedIssueSeverity.HIGH)
                .findFirst().orElseThrow();
        assertThat(urgent.getEvidenceFirstRep().getCodeFirstRep().getText()).contains("I keep thinking about ending it all.");
        assertThat(urgent.getEvidenceFirstRep().getDetailFirstRep().getReference()).startsWith("urn:uuid:");
        DetectedIssue acknowledged = issues.stream().filter(d -> d.getSeverity() == DetectedIssue.DetectedIssueSeverity.MODERATE)
                .findFirst().orElseThrow();
        assertThat(acknowledged.getMitigationFirstRep().getAuthor().getReference()).isEqualTo("Practitioner/pract-1");
        List<CommunicationRequest> crs = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(CommunicationRequest.class::isInstance).map(CommunicationRequest.class::cast).toList();
        assertThat(crs).singleElement().satisfies(cr -> {
            assertThat(cr.getStatus()).isEqualTo(CommunicationRequest.CommunicationRequestStatus.DRAFT);
            assertThat(cr.getReasonReferenceFirstRep().getReference()).startsWith("urn:uuid:");
            assertThat(cr.getAboutFirstRep().getReference()).startsWith("urn:uuid:");
        });
        assertThat(b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast)
                .anyMatch(o -> o.getCode().getCodingFirstRep().getCode().equals("55758-7"))).isTrue();
        assertThat(AlertPriority.URGENT).isNotNull();
    }

    @Test
    void the_shipped_code_system_validates() {
        assertThat(errors(JournalFhirMapper.codeSystem())).isEmpty();
    }

    @Test
    void reads_questionnaire_responses_and_observations_and_reports_bad_resources(@TempDir Path dir) throws IOException {
        String qr = "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"qr1\",\"status\":\"completed\","
                + "\"subject\":{\"reference\":\"Patient/client-1\"},\"authored\":\"2026-03-02T22:10:00-05:00\","
                + "\"item\":[{\"linkId\":\"text\",\"answer\":[{\"valueString\":\"Rough night.\"}]},"
                + "{\"linkId\":\"mood\",\"answer\":[{\"valueInteger\":3}]},"
                + "{\"linkId\":\"44250-9\",\"answer\":[{\"valueCoding\":{\"system\":\"http://loinc.org\",\"code\":\"LA6570-1\"}}]},"
                + "{\"linkId\":\"44255-8\",\"answer\":[{\"valueInteger\":1}]}]}";
        String obs = "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\""
                + JournalFhirMapper.SYSTEM + "\",\"code\":\"self-rated-anxiety\"}]},\"subject\":{\"reference\":\"Patient/client-1\"},"
                + "\"effectiveDateTime\":\"2026-03-03T08:00:00Z\",\"valueInteger\":8}";
        String noSubject = "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"qr2\",\"status\":\"completed\","
                + "\"authored\":\"2026-03-02T22:10:00-05:00\"}";
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"p\"}";
        Path f = dir.resolve("entries.ndjson");
        Files.writeString(f, String.join("\n", qr, obs, noSubject, "{broken}", patient));

        JournalBatch b = JournalFhirReader.read(f);

        assertThat(b.entries()).extracting(JournalEntry::id).containsExactly("qr1", "o1");
        assertThat(b.entries().get(0).phq2Total()).contains(3);
        assertThat(b.entries().get(0).mood()).isEqualTo(3);
        assertThat(b.entries().get(1).anxiety()).isEqualTo(8);
        assertThat(b.problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("3 CN-3202", "4 CN-3201", "5 CN-3207");
    }
}
