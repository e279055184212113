package org.clinicalnotes.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteBundle;
import org.clinicalnotes.fhir.NoteFhirMapper;
import org.clinicalnotes.fhir.NoteResources;
import org.clinicalnotes.fhir.R4Validation;
import org.clinicalnotes.fhir.safety.SafetyFhirMapper;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.template.TemplateRegistry;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.Test;

class NoteBundleColumnTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    private static Map<String, Row> run(Dataset<Row> in) {
        return StagesPipelineTest.byId(new GenerateNote().setTemplate("soap").setSeed(11).setCreatedAt(CREATED.toString())
                .setBundleCol("bundle").transform(in));
    }

    @Test
    void each_row_gets_a_bundle_that_parses_validates_and_equals_the_in_process_mapping() {
        // patients: a valid id per good row, one row with an id FHIR refuses
        Dataset<Row> in = SparkTestSession.fixtures(2).withColumn("patientId",
                when(col("id").equalTo("therapy-colon"), lit("not a fhir id!")).otherwise(lit("pat-42")));
        Map<String, Row> rows = run(in);

        Row visit = rows.get("visit-tagged");
        assertThat(visit.<String>getAs("status")).isEqualTo("OK");
        String json = visit.getAs("bundle");
        Bundle bundle = FhirContexts.jsonParser().parseResource(Bundle.class, json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        DocumentReference doc = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(DocumentReference.class::isInstance).map(DocumentReference.class::cast).findFirst().orElseThrow();
        assertThat(doc.getSubject().getReference()).isEqualTo("Patient/pat-42");
        assertThat(R4Validation.errors(bundle)).as(() -> R4Validation.describe(R4Validation.errors(bundle))).isEmpty();

        // the same note mapped in process gives the same bundle
        ClinicalNote note = NoteJson.read(visit.getAs("note"), "row");
        NoteResources res = NoteFhirMapper.create().map(note, FhirReferences.ofPatient("pat-42"),
                TemplateRegistry.builtIn().get("soap"), null);
        String local = NoteBundle.of(res).addAll(SafetyFhirMapper.create().map(note, res.subject().getReference(),
                res.documentReferenceUrl())).toJson(NoteBundle.Type.TRANSACTION);
        assertThat(json).isEqualTo(local);
        assertThat(NoteGenerator.builder().clock(Clock.fixed(CREATED, ZoneOffset.UTC)).build()).isNotNull();

        // a bad patient id is a typed row error; bad rows keep their own error; counts in = counts out
        assertThat(rows.get("therapy-colon").<String>getAs("status")).isEqualTo("ERROR");
        assertThat(rows.get("therapy-colon").<Row>getAs("error").<String>getAs("code")).isEqualTo("CN-3711");
        assertThat(rows.get("therapy-colon").<Row>getAs("error").<String>getAs("message")).doesNotContain("not a fhir id");
        assertThat(rows.get("bad-null").<Row>getAs("error").<String>getAs("code")).isEqualTo("CN-3701");
        assertThat(rows).hasSize(6);
        assertThat(rows.get("consult-json").<String>getAs("bundle")).isNotBlank();
    }

    @Test
    void the_bundle_settings_survive_ml_persistence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        GenerateNote stage = new GenerateNote().setBundleCol("fhir").setPatientIdCol("subject").setOutputCol("n");
        stage.write().overwrite().save(dir.resolve("stage").toString());
        GenerateNote back = GenerateNote.load(dir.resolve("stage").toString());
        assertThat(back.getOrDefault(back.bundleCol())).isEqualTo("fhir");
        assertThat(back.getOrDefault(back.patientIdCol())).isEqualTo("subject");
        assertThat(back.getOutputCol()).isEqualTo("n");
    }

    @Test
    void without_a_patient_id_column_every_good_row_is_refused_and_without_a_bundle_column_there_is_none() {
        Map<String, Row> rows = run(SparkTestSession.fixtures(1));
        assertThat(rows.get("visit-tagged").<Row>getAs("error").<String>getAs("code")).isEqualTo("CN-3711");
        Dataset<Row> plain = new GenerateNote().setSeed(11).transform(SparkTestSession.fixtures(1));
        assertThat(plain.columns()).contains("note").doesNotContain("bundle");
    }
}
