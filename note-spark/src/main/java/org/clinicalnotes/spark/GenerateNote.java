package org.clinicalnotes.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.clinicalnotes.spark.internal.StageKind;

/**
 * Drafts a preliminary note per row with the SDK's {@code NoteGenerator} (offline model, built-in templates):
 * output column (default {@code note}) holds {@code note.json} as a JSON string, the same text
 * {@code NoteJson.write(generator.generate(...))} gives in process for the same transcript, note id and
 * creation time; with {@link #setBundleCol} also the note's FHIR R4 transaction bundle. The note id is a
 * name-based UUID of the seed and the row key; the creation time is {@link #createdAt()} (fixed per transform
 * call when unset), so re-runs with the same settings agree.
 *
 * @since 0.1.0
 */
public final class GenerateNote extends SingleOutputTransformer<GenerateNote> {

    private static final long serialVersionUID = 1L;

    private final Param<String> template;
    private final Param<String> deidentification;
    private final Param<String> bundleCol;
    private final Param<String> patientIdCol;

    /** A stage with a random uid. */
    public GenerateNote() {
        this(Identifiable.randomUID("generateNote"));
    }

    /** @param uid the uid (used by ML persistence) */
    public GenerateNote(String uid) {
        super(uid, "note.json", "note", DataTypes.StringType, "note");
        template = new Param<>(this, "template", "built-in template id: soap, progress, hp, consult, dap, birp, "
                + "girp, intake");
        deidentification = new Param<>(this, "deidentification", "de-identification policy before the note "
                + "model: remote-only (default), always, disabled");
        bundleCol = new Param<>(this, "bundleCol", "output column for each note's FHIR R4 transaction bundle "
                + "(JSON); unset: no bundle");
        patientIdCol = new Param<>(this, "patientIdCol", "input column holding each row's FHIR Patient id, the "
                + "bundle's subject");
        setDefault(patientIdCol, "patientId");
        setDefault(template, "soap");
        setDefault(deidentification, "remote-only");
    }

    /** @return the template parameter */
    public Param<String> template() {
        return template;
    }

    /** @return the de-identification policy parameter */
    public Param<String> deidentification() {
        return deidentification;
    }

    /** @return the FHIR bundle column parameter (unset: no bundle) */
    public Param<String> bundleCol() {
        return bundleCol;
    }

    /** @return the patient id column parameter (default {@code patientId}) */
    public Param<String> patientIdCol() {
        return patientIdCol;
    }

    /**
     * Also writes each note's FHIR R4 transaction bundle (DocumentReference, Device, Provenance, and the safety
     * screen's RiskAssessments and Observations), the bundle {@code generate --patient-id} writes. A row
     * without a valid FHIR Patient id in {@link #patientIdCol()} gets error CN-3711.
     *
     * @param value the bundle column name
     * @return this stage
     */
    public GenerateNote setBundleCol(String value) {
        set(bundleCol, value);
        return this;
    }

    /** @param value the column holding each row's FHIR Patient id; @return this stage */
    public GenerateNote setPatientIdCol(String value) {
        set(patientIdCol, value);
        return this;
    }

    /** @param value a built-in template id; @return this stage */
    public GenerateNote setTemplate(String value) {
        set(template, value);
        return this;
    }

    /** @param value remote-only, always or disabled; @return this stage */
    public GenerateNote setDeidentification(String value) {
        set(deidentification, value);
        return this;
    }

    @Override
    StageKind kind() {
        return StageKind.NOTES;
    }

    @Override
    String templateId() {
        return getOrDefault(template);
    }

    @Override
    String deidentificationPolicy() {
        return getOrDefault(deidentification);
    }

    @Override
    boolean bundle() {
        return isDefined(bundleCol);
    }

    @Override
    String patientIdColumn() {
        return getOrDefault(patientIdCol);
    }

    @Override
    StructField[] outputFields() {
        return bundle() ? new StructField[] {outputField(), new StructField(getOrDefault(bundleCol),
                DataTypes.StringType, true, Metadata.empty())} : new StructField[] {outputField()};
    }

    @Override
    Dataset<Row> addOutputs(Dataset<Row> data, String tmp) {
        Dataset<Row> out = super.addOutputs(data, tmp);
        return bundle() ? out.withColumn(getOrDefault(bundleCol), col(tmp + ".value.bundle")) : out;
    }

    /** @return the ML reader */
    public static MLReader<GenerateNote> read() {
        return new Reader().read();
    }

    /** @param path where {@code save} wrote it; @return the stage */
    public static GenerateNote load(String path) {
        return read().load(path);
    }

    private static final class Reader implements DefaultParamsReadable<GenerateNote> {
    }
}
