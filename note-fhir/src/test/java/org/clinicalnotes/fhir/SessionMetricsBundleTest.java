package org.clinicalnotes.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.fhir.analysis.SessionMetricsFhirMapper;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.transcript.Transcript;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** The session metrics inside the note's transaction bundle, as generate --analyze writes it. */
class SessionMetricsBundleTest {

    @Test
    void bundle_with_session_metrics_validates_without_errors() {
        Transcript t = Fixtures.session();
        ClinicalNote note = Fixtures.note("dap");
        SessionAnalysis analysis = SessionAnalyzer.create().analyze(t, note.riskFlags());
        NoteResources res = NoteFhirMapper.create().map(note, FhirReferences.ofPatient("p1"));
        List<Observation> metrics = SessionMetricsFhirMapper.create().map(analysis, res.subject().getReference(),
                res.documentReferenceUrl(), note.id(), note.metadata().created());
        Bundle tx = NoteBundle.of(res).addAll(metrics).transaction();
        assertThat(tx.getEntry()).anySatisfy(e -> assertThat(e.getResource()).isInstanceOf(Observation.class));
        var errors = R4Validation.errors(tx);
        assertThat(errors).as(R4Validation.describe(errors)).isEmpty();
        Bundle parsed = (Bundle) FhirContexts.r4().newJsonParser().parseResource(
                NoteBundle.of(res).addAll(metrics).toJson(NoteBundle.Type.TRANSACTION));
        assertThat(R4Validation.errors(parsed)).isEmpty();
    }
}
