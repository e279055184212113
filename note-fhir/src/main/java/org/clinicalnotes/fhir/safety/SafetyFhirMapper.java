package org.clinicalnotes.fhir.safety;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.TimeZone;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.measure.Instrument;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.risk.RiskFinding;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * Maps a note's safety and measurement content to FHIR R4 resources for the note's bundle:
 * <ul>
 *   <li>each {@link RiskFlag} to a {@code RiskAssessment}: {@code code} the kind screened, {@code method}
 *       the local conversation screen, {@code prediction.outcome} what is at risk (suicide, self-harm, harm to
 *       others, abuse or neglect, overdose or complicated withdrawal), {@code prediction.qualitativeRisk} the
 *       severity ({@code risk-probability} low, moderate, high), {@code mitigation} the safety actions found, and
 *       a {@code note} with the screen status and evidence utterance ids. A denied flag is a negative screen:
 *       it has no qualitative risk;</li>
 *   <li>each {@link MeasureScore} to an {@code Observation}: LOINC-coded survey totals (category
 *       {@code survey}, {@code valueInteger}, the band as {@code interpretation} text, an earlier value said in
 *       the session in {@code note}) and vital signs (category {@code vital-signs}, {@code valueQuantity} in UCUM;
 *       systolic and diastolic pressure together as one 85354-9 panel with 8480-6 and 8462-4 components);</li>
 *   <li>each {@link MedicationMention} to a {@code MedicationStatement} with the status from context (taking
 *       and changed: active; newly prescribed: intended; stopped: stopped) and the dose and frequency as
 *       said.</li>
 * </ul>
 * Resource ids are name-based UUIDs of the note id and the item, so the same note always maps to the same
 * ids. Resources hold no patient words: names of medications, fixed phrases, numbers and utterance ids.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SafetyFhirMapper {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String RISK_PROBABILITY = "http://terminology.hl7.org/CodeSystem/risk-probability";
    /** This SDK's code system for the kinds of risk the screen looks for. */
    public static final String RISK_KIND_SYSTEM = "https://github.com/clinical-notes/clinical-notes/fhir/CodeSystem/risk-kind";

    private static final SafetyFhirMapper INSTANCE = new SafetyFhirMapper();

    private SafetyFhirMapper() {
    }

    /** @return the mapper */
    public static SafetyFhirMapper create() {
        return INSTANCE;
    }

    /**
     * @param note the note; not null
     * @param patientReference the subject, for example {@code Patient/123} or {@code urn:uuid:…}; not blank
     * @return RiskAssessments, then Observations, then MedicationStatements, in the note's order
     */
    public List<Resource> map(ClinicalNote note, String patientReference) {
        return map(note, patientReference, null);
    }

    /**
     * As {@link #map(ClinicalNote, String)}, and points each resource back at the note it came from: the
     * Observations' and MedicationStatements' {@code derivedFrom} and the RiskAssessments' {@code basis}
     * reference the note's DocumentReference (inside a bundle, its {@code urn:uuid:} full URL).
     *
     * @param note the note; not null
     * @param patientReference the subject, for example {@code Patient/123}; not blank
     * @param noteReference the note's DocumentReference, for example {@code urn:uuid:…}; null for none
     * @return RiskAssessments, then Observations, then MedicationStatements, in the note's order
     */
    public List<Resource> map(ClinicalNote note, String patientReference, String noteReference) {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(patientReference, "patientReference");
        if (patientReference.isBlank()) {
            throw new IllegalArgumentException("patientReference is blank");
        }
        List<Resource> out = new ArrayList<>();
        for (RiskFlag f : note.riskFlags()) {
            out.add(riskAssessment(note, f, patientReference));
        }
        out.addAll(observations(note, patientReference));
        for (MedicationMention m : note.medications()) {
            out.add(medicationStatement(note, m, patientReference));
        }
        if (noteReference != null && !noteReference.isBlank()) {
            for (Resource r : out) {
                if (r instanceof Observation o) {
                    o.addDerivedFrom(new Reference(noteReference));
                } else if (r instanceof MedicationStatement ms) {
                    ms.addDerivedFrom(new Reference(noteReference));
                } else if (r instanceof RiskAssessment ra) {
                    ra.addBasis(new Reference(noteReference));
                }
            }
        }
        return out;
    }

    // ---- risk -----------------------------------------------------------------------------------------

    RiskAssessment riskAssessment(ClinicalNote note, RiskFlag f, String patient) {
        RiskAssessment ra = new RiskAssessment();
        ra.setId(id(note, "risk/" + f.kind()));
        ra.setStatus(signed(note) ? RiskAssessment.RiskAssessmentStatus.FINAL
                : RiskAssessment.RiskAssessmentStatus.PRELIMINARY);
        ra.setSubject(new Reference(patient));
        String label = RiskFinding.label(f.kind());
        ra.setCode(new CodeableConcept(new Coding(RISK_KIND_SYSTEM, f.kind().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), capital(label) + " screen")).setText(capital(label) + " screen"));
        ra.setMethod(new CodeableConcept().setText("clinical-notes conversation risk screen (local, rules and "
                + "optional sentence embeddings, C-SSRS-aligned severity)"));
        ra.setOccurrence(dateTime(note.metadata().created()));
        RiskAssessment.RiskAssessmentPredictionComponent p = ra.addPrediction();
        p.setOutcome(new CodeableConcept().setText(outcome(f.kind())));
        if (f.status() != RiskFlag.Status.DENIED && f.severity() != RiskFlag.Severity.NONE) {
            String code = f.severity().name().toLowerCase(Locale.ROOT);
            p.setQualitativeRisk(new CodeableConcept(new Coding(RISK_PROBABILITY, code, capital(code) + " likelihood")));
        }
        p.setRationale(switch (f.status()) {
            case PRESENT -> "Endorsed in the conversation";
            case DENIED -> "Asked and denied in the conversation";
            case UNCLEAR -> "Raised in the conversation but not resolved";
            case HISTORICAL -> "Endorsed as past history only, not current";
        });
        if (!f.safetyActions().isEmpty()) {
            ra.setMitigation("Safety actions discussed: " + String.join(", ", f.safetyActions()));
        }
        ra.addNote(new Annotation().setText("Screen status " + f.status() + ", severity " + f.severity()
                + (f.cssrs() == null ? "" : "; C-SSRS " + RiskFinding.label(f.cssrs()))
                + (f.perpetrator() == null ? "" : "; perpetrator " + RiskFinding.label(f.perpetrator()))
                + "; evidence utterances " + String.join(", ", f.evidence()) + "."));
        note.metadata().riskScreenId().ifPresent(id -> ra.getMethod().setText(ra.getMethod().getText() + "; " + id));
        return ra;
    }

    private static String outcome(RiskFlag.Kind kind) {
        return switch (kind) {
            case SUICIDAL_IDEATION, SUICIDE_ATTEMPT -> "Suicide attempt";
            case SELF_HARM -> "Self-harm";
            case HOMICIDAL_IDEATION -> "Harm to others";
            case CHILD_ABUSE -> "Harm to a child through abuse or neglect";
            case ELDER_ABUSE -> "Harm to an older or dependent adult through abuse or neglect";
            case INTIMATE_PARTNER_VIOLENCE -> "Injury from intimate partner violence";
            case DANGEROUS_SUBSTANCE_USE -> "Overdose or complicated withdrawal";
        };
    }

    // ---- measures -------------------------------------------------------------------------------------

    private List<Observation> observations(ClinicalNote note, String patient) {
        List<Observation> out = new ArrayList<>();
        List<MeasureScore> ms = note.measures();
        for (int i = 0; i < ms.size(); i++) {
            MeasureScore m = ms.get(i);
            Optional<Instrument> ins = Instrument.fromShortName(m.instrument());
            if (ins.isEmpty()) {
                continue; // a measure this mapper has no code for stays in note.json only
            }
            switch (ins.get()) {
                case BP_SYSTOLIC -> {
                    MeasureScore dia = ms.stream().filter(x -> x.instrument().equals(Instrument.BP_DIASTOLIC.shortName())
                            && x.evidence().equals(m.evidence())).findFirst().orElse(null);
                    if (dia != null) {
                        out.add(bloodPressure(note, m, dia, patient, i));
                    }
                }
                case BP_DIASTOLIC -> {
                    // mapped with its systolic pair
                }
                default -> out.add(observation(note, m, ins.get(), patient, i));
            }
        }
        return out;
    }

    private Observation base(ClinicalNote note, MeasureScore m, String patient, int index, boolean vital) {
        Observation o = new Observation();
        o.setId(id(note, "measure/" + index + "/" + m.instrument()));
        o.setStatus(signed(note) ? Observation.ObservationStatus.FINAL : Observation.ObservationStatus.PRELIMINARY);
        o.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, vital ? "vital-signs" : "survey",
                vital ? "Vital Signs" : "Survey")));
        o.setSubject(new Reference(patient));
        if (m.date() != null) {
            o.setEffective(new DateTimeType(m.date().toString()));
        } else {
            o.setEffective(dateTime(note.metadata().created()));
        }
        StringBuilder n = new StringBuilder("Stated in the conversation; evidence utterances ")
                .append(String.join(", ", m.evidence())).append('.');
        if (m.previousValue() != null) {
            n.append(" Previous value said in the session: ").append(num(m.previousValue()))
                    .append(" (change ").append(signedNum(m.value() - m.previousValue())).append(").");
        }
        o.addNote(new Annotation().setText(n.toString()));
        return o;
    }

    private Observation observation(ClinicalNote note, MeasureScore m, Instrument ins, String patient, int index) {
        Observation o = base(note, m, patient, index, ins.vitalSign());
        Loinc.Code code = Loinc.of(ins);
        CodeableConcept cc = new CodeableConcept().setText(ins.shortName());
        for (Loinc.Code c = code; c != null; c = c.also()) {
            cc.addCoding(new Coding(LOINC, c.code(), c.display()));
        }
        o.setCode(cc);
        if (ins.vitalSign()) {
            o.setValue(new Quantity().setValue(m.value()).setUnit(unitDisplay(m.unit())).setSystem(UCUM)
                    .setCode(m.unit()));
        } else if (ins == Instrument.C_SSRS) {
            o.setValue(new CodeableConcept().setText(ins.band(m.value()).map(SafetyFhirMapper::capital).orElse("")));
        } else {
            o.setValue(new IntegerType((int) Math.round(m.value())));
        }
        if (m.interpretation() != null && ins != Instrument.C_SSRS) {
            o.addInterpretation(new CodeableConcept().setText(m.interpretation()));
        }
        return o;
    }

    private Observation bloodPressure(ClinicalNote note, MeasureScore sys, MeasureScore dia, String patient,
                                      int index) {
        Observation o = base(note, sys, patient, index, true);
        o.setCode(new CodeableConcept(new Coding(LOINC, "85354-9", "Blood pressure panel with all children optional"))
                .setText("Blood pressure"));
        o.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "8480-6", "Systolic blood pressure")))
                .setValue(new Quantity().setValue(sys.value()).setUnit("mmHg").setSystem(UCUM).setCode("mm[Hg]"));
        o.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "8462-4", "Diastolic blood pressure")))
                .setValue(new Quantity().setValue(dia.value()).setUnit("mmHg").setSystem(UCUM).setCode("mm[Hg]"));
        return o;
    }

    // ---- medications ----------------------------------------------------------------------------------

    private static final Pattern DOSE = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s+(mg|mcg|g|mL|units)$");

    MedicationStatement medicationStatement(ClinicalNote note, MedicationMention m, String patient) {
        MedicationStatement ms = new MedicationStatement();
        ms.setId(id(note, "medication/" + m.name()));
        ms.setStatus(switch (m.status()) {
            case TAKING, CHANGED -> MedicationStatement.MedicationStatementStatus.ACTIVE;
            case NEWLY_PRESCRIBED -> MedicationStatement.MedicationStatementStatus.INTENDED;
            case STOPPED -> MedicationStatement.MedicationStatementStatus.STOPPED;
            case UNKNOWN -> MedicationStatement.MedicationStatementStatus.UNKNOWN;
        });
        if (m.status() == org.clinicalnotes.note.MedicationMention.Status.CHANGED) {
            ms.addStatusReason(new CodeableConcept().setText("Dose or frequency changed in this encounter"));
        }
        ms.setMedication(new CodeableConcept().setText(m.name()));
        ms.setSubject(new Reference(patient));
        ms.setDateAssertedElement(dateTime(note.metadata().created()));
        if (m.dose() != null || m.frequency() != null) {
            Dosage d = ms.addDosage();
            d.setText(String.join(" ", java.util.stream.Stream.of(m.dose(), m.frequency())
                    .filter(Objects::nonNull).toList()));
            if (m.frequency() != null && m.frequency().matches("as needed|when needed|prn")) {
                d.setAsNeeded(new org.hl7.fhir.r4.model.BooleanType(true));
            }
            if (m.dose() != null) {
                Matcher x = DOSE.matcher(m.dose());
                if (x.matches()) {
                    Quantity q = new Quantity().setValue(Double.parseDouble(x.group(1))).setUnit(x.group(2));
                    if (!x.group(2).equals("units")) { // "units" of what is not said: no UCUM code
                        q.setSystem(UCUM).setCode(x.group(2));
                    }
                    d.addDoseAndRate().setDose(q);
                }
            }
        }
        ms.addNote(new Annotation().setText("Mentioned in the conversation; evidence utterances "
                + String.join(", ", m.evidence()) + "."));
        return ms;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    private static boolean signed(ClinicalNote note) {
        return note.status() != NoteMetadata.Status.PRELIMINARY;
    }

    private static String id(ClinicalNote note, String item) {
        return UUID.nameUUIDFromBytes((note.id() + "/" + item).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String unitDisplay(String ucum) {
        return switch (ucum) {
            case "mm[Hg]" -> "mmHg";
            case "/min" -> "beats/minute";
            case "Cel" -> "C";
            case "[degF]" -> "F";
            case "[lb_av]" -> "lb";
            default -> ucum;
        };
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String signedNum(double d) {
        return (d > 0 ? "+" : "") + num(d);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
