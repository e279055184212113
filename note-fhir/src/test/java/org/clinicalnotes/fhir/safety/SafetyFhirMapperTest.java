package org.clinicalnotes.fhir.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyFhirMapperTest {

    static final String PATIENT = "Patient/example";
    static FhirContext ctx;
    static FhirValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void validator() {
        ctx = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx));
        validator = ctx.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
    }

    ClinicalNote generate(String sample) throws IOException {
        Path p = dir.resolve(sample);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + sample)) {
            Files.write(p, in.readAllBytes());
        }
        Transcript t = TranscriptReader.builder().build().read(p);
        NoteGenerator g = NoteGenerator.builder()
                .clock(Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC)).build();
        return g.generate(t, NoteRequest.builder().template("progress").noteId("note-" + sample)
                .sessionDate(java.time.LocalDate.of(2026, 3, 2)).build());
    }

    static List<String> errors(Resource r) {
        ValidationResult res = validator.validateWithResult(r);
        return res.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(SingleValidationMessage::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"therapy-session.txt", "high-risk-intake.txt"})
    void every_resource_from_the_samples_validates_against_r4_with_zero_errors(String sample) throws IOException {
        ClinicalNote note = generate(sample);
        List<Resource> resources = SafetyFhirMapper.create().map(note, PATIENT);
        assertThat(resources).isNotEmpty();
        for (Resource r : resources) {
            assertThat(errors(r)).as(sample + " " + r.fhirType() + " " + ctx.newJsonParser().encodeResourceToString(r))
                    .isEmpty();
        }
    }

    @Test
    void therapy_session_maps_denied_screens_and_the_phq9_with_its_previous_value() throws IOException {
        List<Resource> rs = SafetyFhirMapper.create().map(generate("therapy-session.txt"), PATIENT);
        List<RiskAssessment> ras = rs.stream().filter(RiskAssessment.class::isInstance).map(RiskAssessment.class::cast)
                .toList();
        assertThat(ras).extracting(r -> r.getCode().getCodingFirstRep().getCode())
                .containsExactly("suicidal-ideation", "self-harm", "homicidal-ideation");
        assertThat(ras).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(RiskAssessment.RiskAssessmentStatus.PRELIMINARY);
            assertThat(r.getPredictionFirstRep().hasQualitativeRisk()).isFalse();
            assertThat(r.getPredictionFirstRep().getRationale()).contains("denied");
        });
        List<Observation> obs = rs.stream().filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertThat(obs).hasSize(1);
        Observation phq = obs.get(0);
        assertThat(phq.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(phq.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
        assertThat(phq.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
        assertThat(phq.getValueIntegerType().getValue()).isEqualTo(14);
        assertThat(phq.getInterpretationFirstRep().getText()).isEqualTo("moderate");
        assertThat(phq.getNoteFirstRep().getText()).contains("Previous value said in the session: 11 (change +3)");
        assertThat(phq.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-03-02");
        assertThat(rs).noneMatch(MedicationStatement.class::isInstance);
    }

    @Test
    void high_risk_intake_maps_present_risk_vitals_and_medications() throws IOException {
        List<Resource> rs = SafetyFhirMapper.create().map(generate("high-risk-intake.txt"), PATIENT);
        Map<String, RiskAssessment> ras = rs.stream().filter(RiskAssessment.class::isInstance)
                .map(RiskAssessment.class::cast)
                .collect(Collectors.toMap(r -> r.getCode().getCodingFirstRep().getCode(), Function.identity()));
        RiskAssessment si = ras.get("suicidal-ideation");
        assertThat(si.getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep().getCode()).isEqualTo("high");
        assertThat(si.getMitigation()).contains("safety plan", "crisis line (988)", "means restriction");
        assertThat(ras.get("intimate-partner-violence").getPredictionFirstRep().getQualitativeRisk()
                .getCodingFirstRep().getCode()).isEqualTo("high");
        assertThat(ras.get("suicide-attempt").getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep()
                .getCode()).isEqualTo("low");

        Map<String, Observation> obs = rs.stream().filter(Observation.class::isInstance).map(Observation.class::cast)
                .collect(Collectors.toMap(o -> o.getCode().getCodingFirstRep().getCode(), Function.identity()));
        assertThat(obs).containsOnlyKeys("44261-6", "70274-6", "75624-7", "85354-9", "8867-4");
        Observation bp = obs.get("85354-9");
        assertThat(bp.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("vital-signs");
        assertThat(bp.hasValue()).isFalse();
        assertThat(bp.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
                .containsExactly("8480-6", "8462-4");
        Quantity sys = bp.getComponent().get(0).getValueQuantity();
        assertThat(sys.getValue().doubleValue()).isEqualTo(142.0);
        assertThat(sys.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(sys.getCode()).isEqualTo("mm[Hg]");
        assertThat(obs.get("8867-4").getValueQuantity().getCode()).isEqualTo("/min");
        assertThat(obs.get("44261-6").getInterpretationFirstRep().getText()).isEqualTo("severe");
        assertThat(obs.get("75624-7").getInterpretationFirstRep().getText()).isEqualTo("possible dependence");

        Map<String, MedicationStatement> meds = rs.stream().filter(MedicationStatement.class::isInstance)
                .map(MedicationStatement.class::cast)
                .collect(Collectors.toMap(m -> m.getMedicationCodeableConcept().getText(), Function.identity()));
        assertThat(meds.get("sertraline").getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.STOPPED);
        assertThat(meds.get("lorazepam").getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.ACTIVE);
        assertThat(meds.get("lorazepam").getDosageFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getCode())
                .isEqualTo("mg");
    }

    static ClinicalNote handMade(NoteMetadata.Status status) {
        NoteMetadata meta = new NoteMetadata(ModelInfo.fromId("offline"), "soap", "not-needed-local-model",
                Instant.parse("2026-03-02T15:00:00Z"), status, status == NoteMetadata.Status.PRELIMINARY ? null : "Dr A",
                status == NoteMetadata.Status.PRELIMINARY ? null : Instant.parse("2026-03-02T16:00:00Z"), List.of());
        LocalDate day = LocalDate.of(2026, 3, 2);
        return new ClinicalNote("n1", List.of(),
                List.of(new RiskFlag(RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE, RiskFlag.Status.UNCLEAR, RiskFlag.Severity.LOW,
                        List.of("u2"), List.of())),
                List.of(new MeasureScore("GAD-7", 9, "", day, null, "mild", List.of("u1")),
                        new MeasureScore("PHQ-2", 4, "", day, null, "positive screen", List.of("u1")),
                        new MeasureScore("AUDIT-C", 5, "", null, null, "positive screen", List.of("u1")),
                        new MeasureScore("PCL-5", 41, "", null, 52.0, "probable PTSD", List.of("u1")),
                        new MeasureScore("EPDS", 14, "", null, null, "probable depression", List.of("u1")),
                        new MeasureScore("C-SSRS", 2, "", null, null, "moderate risk", List.of("u1")),
                        new MeasureScore("Body temperature", 37.2, "Cel", day, null, null, List.of("u3")),
                        new MeasureScore("Body temperature", 100.4, "[degF]", day, null, null, List.of("u4")),
                        new MeasureScore("SpO2", 97, "%", day, null, null, List.of("u3")),
                        new MeasureScore("Body weight", 182, "[lb_av]", day, 190.0, null, List.of("u3")),
                        new MeasureScore("Body weight", 70.5, "kg", day, null, null, List.of("u5")),
                        new MeasureScore("Unknown scale", 3, "", day, null, null, List.of("u5"))),
                List.of(new MedicationMention("fluoxetine", "20 mg", "once a day", MedicationMention.Status.NEWLY_PRESCRIBED,
                                List.of("u6")),
                        new MedicationMention("sertraline", "100 mg", null, MedicationMention.Status.CHANGED, List.of("u6")),
                        new MedicationMention("lorazepam", "0.5 mg", "as needed", MedicationMention.Status.TAKING, List.of("u6")),
                        new MedicationMention("insulin", "10 units", "at bedtime", MedicationMention.Status.UNKNOWN,
                                List.of("u6"))),
                meta);
    }

    @Test
    void every_instrument_vital_and_medication_status_validates_and_codes_are_loinc() {
        List<Resource> rs = SafetyFhirMapper.create().map(handMade(NoteMetadata.Status.FINAL), PATIENT);
        for (Resource r : rs) {
            assertThat(errors(r)).as(r.fhirType() + " " + ctx.newJsonParser().encodeResourceToString(r)).isEmpty();
        }
        List<Observation> obs = rs.stream().filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertThat(obs).hasSize(11); // the unknown scale stays in note.json only
        assertThat(obs).allSatisfy(o -> assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL));
        assertThat(obs).extracting(o -> o.getCode().getCoding().stream().map(Coding::getCode).toList())
                .containsExactly(List.of("70274-6"), List.of("55758-7"), List.of("75626-2"), List.of("91006-2"),
                        List.of("99046-5"), List.of("93374-7"), List.of("8310-5"), List.of("8310-5"),
                        List.of("2708-6", "59408-5"), List.of("29463-7"), List.of("29463-7"));
        assertThat(obs.get(5).getValueCodeableConcept().getText()).isEqualTo("Moderate risk");
        assertThat(obs.get(7).getValueQuantity().getCode()).isEqualTo("[degF]");
        assertThat(obs.get(9).getNoteFirstRep().getText()).contains("190 (change -8)");
        List<MedicationStatement> meds = rs.stream().filter(MedicationStatement.class::isInstance)
                .map(MedicationStatement.class::cast).toList();
        assertThat(meds).extracting(MedicationStatement::getStatus).containsExactly(
                MedicationStatement.MedicationStatementStatus.INTENDED, MedicationStatement.MedicationStatementStatus.ACTIVE,
                MedicationStatement.MedicationStatementStatus.ACTIVE, MedicationStatement.MedicationStatementStatus.UNKNOWN);
        assertThat(meds.get(1).getStatusReasonFirstRep().getText()).contains("changed");
        assertThat(meds.get(2).getDosageFirstRep().getAsNeededBooleanType().booleanValue()).isTrue();
        assertThat(meds.get(3).getDosageFirstRep().getDoseAndRateFirstRep().getDoseQuantity().hasCode()).isFalse();
    }

    @Test
    void ids_are_stable_for_the_same_note_and_resources_hold_no_quotes() throws IOException {
        ClinicalNote note = generate("high-risk-intake.txt");
        List<Resource> a = SafetyFhirMapper.create().map(note, PATIENT);
        List<Resource> b = SafetyFhirMapper.create().map(note, PATIENT);
        assertThat(a).extracting(Resource::getId).isEqualTo(b.stream().map(Resource::getId).toList());
        String json = a.stream().map(r -> ctx.newJsonParser().encodeResourceToString(r)).collect(Collectors.joining());
        assertThat(json).doesNotContain("bridge", "nightstand", "vodka", "choked");
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains(PATIENT);
    }

    @Test
    void rejects_a_blank_patient_reference() {
        assertThatThrownBy(() -> SafetyFhirMapper.create().map(handMade(NoteMetadata.Status.PRELIMINARY), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
