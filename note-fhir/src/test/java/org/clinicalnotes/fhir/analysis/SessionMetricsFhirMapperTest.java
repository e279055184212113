package org.clinicalnotes.fhir.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.fhir.R4Validation;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class SessionMetricsFhirMapperTest {

    static final String VTT = """
            WEBVTT

            00:00:00.000 --> 00:00:04.000
            <v Therapist>How have you been feeling since last week?

            00:00:05.000 --> 00:00:11.000
            <v Client>Honestly awful. I'm so angry and I can't stop crying, I feel like such a failure.

            00:00:11.500 --> 00:00:14.500
            <v Therapist>It sounds like you're carrying a lot of anger and sadness.

            00:00:18.500 --> 00:00:24.500
            <v Client>Yes. But I want to get better, I'm ready to try something new.
            """;

    private static SessionAnalysis analysis() {
        Transcript t = TranscriptReader.defaults().read(VTT, "session.vtt");
        return SessionAnalyzer.builder().riskScreen(RiskScreen.lexical()).build().analyze(t);
    }

    private final Instant when = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void every_observation_validates_with_zero_errors() {
        List<Observation> obs = SessionMetricsFhirMapper.create().map(analysis(), "Patient/example",
                "DocumentReference/example", "note-1", when);
        assertThat(obs).isNotEmpty();
        for (Observation o : obs) {
            assertThat(R4Validation.errors(o)).as(o.getCode().getCodingFirstRep().getCode() + "\n"
                    + R4Validation.describe(R4Validation.errors(o))).isEmpty();
        }
    }

    @Test
    void shipped_code_system_validates_and_covers_every_code() {
        CodeSystem cs = SessionMetricsFhirMapper.codeSystem();
        assertThat(R4Validation.errors(cs)).as(R4Validation.describe(R4Validation.errors(cs))).isEmpty();
        List<Observation> obs = SessionMetricsFhirMapper.create().map(analysis(), "Patient/example", null, "note-1",
                when);
        for (Observation o : obs) {
            assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo(SessionMetricsFhirMapper.SYSTEM);
            String code = o.getCode().getCodingFirstRep().getCode();
            assertThat(cs.getConcept()).anySatisfy(c -> assertThat(c.getCode()).isEqualTo(code));
        }
    }

    @Test
    void timed_session_gives_words_per_minute_and_silence() {
        List<Observation> obs = SessionMetricsFhirMapper.create().map(analysis(), "Patient/example", null, "note-1",
                when);
        assertThat(obs).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .contains("clinician-word-share", "patient-word-share", "clinician-words-per-minute",
                        "patient-words-per-minute", "silence-duration", "reflection-to-question-ratio",
                        "high-intensity-moments");
        Observation silence = obs.stream().filter(o -> o.getCode().getCodingFirstRep().getCode()
                .equals("silence-duration")).findFirst().orElseThrow();
        assertThat(silence.getValueQuantity().getValue().doubleValue()).isEqualTo(5.5);
        assertThat(silence.getValueQuantity().getCode()).isEqualTo("s");
    }

    @Test
    void ids_are_stable_and_observations_hold_no_patient_words() {
        List<Observation> a = SessionMetricsFhirMapper.create().map(analysis(), "Patient/example", null, "note-1",
                when);
        List<Observation> b = SessionMetricsFhirMapper.create().map(analysis(), "Patient/example", null, "note-1",
                when);
        assertThat(a).extracting(Observation::getId).isEqualTo(b.stream().map(Observation::getId).toList());
        String json = org.clinicalnotes.fhir.FhirContexts.jsonParser().encodeResourceToString(a.get(0));
        for (Observation o : a) {
            String text = org.clinicalnotes.fhir.FhirContexts.jsonParser().encodeResourceToString(o);
            assertThat(text).doesNotContain("failure").doesNotContain("crying");
        }
        assertThat(json).contains("AIAST");
    }
}
