package org.clinicalnotes.fhir.between;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.AlertPriority;
import org.clinicalnotes.between.AlertStatus;
import org.clinicalnotes.between.AuditEvent;
import org.clinicalnotes.between.EntrySignals;
import org.clinicalnotes.between.Evidence;
import org.clinicalnotes.between.Suggestion;
import org.clinicalnotes.fhir.FhirContexts;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps the monitor's signals and alerts to a FHIR R4 {@code collection} Bundle:
 * <ul>
 *   <li>per entry, an {@code Observation} {@code journal-signals} with components (anxiety and distress
 *       signals, the text's scores, self-ratings, hours slept), a PHQ-2 total (LOINC 55758-7) and a GAD-2 total
 *       (the project code {@code gad-2-total}: we could not verify a LOINC code for the GAD-2 total here; its
 *       item codes 69725-0 and 68509-9 are what {@link JournalFhirReader} reads) when answered;</li>
 *   <li>per alert, a {@code Flag} (category clinical, period from when it was raised) and a
 *       {@code DetectedIssue} (severity high/moderate/low for URGENT/HIGH/ROUTINE, {@code detail} the
 *       explanation, {@code evidence} the risk sentence or the words with a reference to the entry's
 *       Observation, {@code implicated} the Flag, {@code mitigation} each acknowledgement);</li>
 *   <li>per suggestion, a {@code CommunicationRequest} to the client: {@code draft} until approved,
 *       {@code active} once approved, {@code revoked} if declined; {@code about} the DetectedIssue,
 *       {@code reasonReference} the entry's Observation; never for an URGENT alert.</li>
 * </ul>
 * The first entry is the shipped {@code journal-signal} CodeSystem, so a validator can load it. Resource
 * ids are name-based UUIDs; the subject is {@code Patient/<client id>}. AI-derived resources carry
 * {@code meta.security} AIAST. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class JournalFhirMapper {

    /** The shipped CodeSystem's URL. */
    public static final String SYSTEM = "https://github.com/clinical-notes/clinical-notes/fhir/CodeSystem/journal-signal";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    private static final String V3_OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final JournalFhirMapper INSTANCE = new JournalFhirMapper();
    private static final String CODE_SYSTEM_JSON = load();

    private JournalFhirMapper() {
    }

    /** @return the mapper */
    public static JournalFhirMapper create() {
        return INSTANCE;
    }

    /** @return a fresh copy of the shipped {@code journal-signal} CodeSystem */
    public static CodeSystem codeSystem() {
        return FhirContexts.jsonParser().parseResource(CodeSystem.class, CODE_SYSTEM_JSON);
    }

    /**
     * @param signalsByClient each client's entry signals, in time order; not null
     * @param alerts the alerts, in the monitor's latest version; not null
     * @return the bundle
     */
    public Bundle bundle(Map<String, List<EntrySignals>> signalsByClient, List<Alert> alerts) {
        Objects.requireNonNull(signalsByClient, "signalsByClient");
        Objects.requireNonNull(alerts, "alerts");
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setId(uuid("bundle/" + alerts.size() + "/" + signalsByClient.size()));
        add(b, codeSystem(), "urn:uuid:" + uuid("codesystem/journal-signal"));
        Map<String, String> observationOf = new HashMap<>();
        for (Map.Entry<String, List<EntrySignals>> c : signalsByClient.entrySet()) {
            for (EntrySignals s : c.getValue()) {
                for (Observation o : observations(c.getKey(), s)) {
                    String url = "urn:uuid:" + o.getIdElement().getIdPart();
                    add(b, o, url);
                    observationOf.putIfAbsent(c.getKey() + "\u0000" + s.entryId(), url);
                }
            }
        }
        for (Alert a : alerts) {
            Flag f = flag(a);
            String flagUrl = "urn:uuid:" + f.getIdElement().getIdPart();
            add(b, f, flagUrl);
            DetectedIssue di = detectedIssue(a, flagUrl, observationOf);
            String diUrl = "urn:uuid:" + di.getIdElement().getIdPart();
            add(b, di, diUrl);
            if (a.suggestion() != null && a.priority() != AlertPriority.URGENT) {
                CommunicationRequest cr = communicationRequest(a, diUrl,
                        observationOf.get(a.clientId() + "\u0000" + a.entryIds().get(0)));
                add(b, cr, "urn:uuid:" + cr.getIdElement().getIdPart());
            }
        }
        return b;
    }

    /** @return the entry's Observations: the signals panel, then PHQ-2 and GAD-2 totals when answered */
    List<Observation> observations(String client, EntrySignals s) {
        List<Observation> out = new ArrayList<>();
        Date when = Date.from(s.time().toInstant());
        Observation o = base(client, "signals/" + s.entryId(), when);
        o.setCode(concept(SYSTEM, "journal-signals", "Journal entry signals"));
        o.getMeta().addSecurity(aiast());
        component(o, "anxiety-signal", "Anxiety signal (0-10)", s.anxiety(), "{score}");
        component(o, "distress-signal", "Distress signal (0-10)", s.distress(), "{score}");
        if (s.text() != null) {
            component(o, "text-anxiety", "Anxiety of the entry's text (0-1)", s.text().anxiety(), "{score}");
            component(o, "text-distress", "Distress of the entry's text (0-1)", s.text().distress(), "{score}");
        }
        component(o, "self-rated-mood", "Self-rated mood (0-10)", s.mood() == null ? null : s.mood() * 1.0, "{score}");
        component(o, "self-rated-anxiety", "Self-rated anxiety (0-10)",
                s.selfAnxiety() == null ? null : s.selfAnxiety() * 1.0, "{score}");
        component(o, "sleep-hours", "Hours slept", s.sleepHours(), "h");
        out.add(o);
        if (s.phq2() != null) {
            Observation p = base(client, "phq2/" + s.entryId(), when);
            p.setCode(concept(LOINC, "55758-7", "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]"));
            p.setValue(new IntegerType(s.phq2()));
            out.add(p);
        }
        if (s.gad2() != null) {
            Observation g = base(client, "gad2/" + s.entryId(), when);
            g.setCode(concept(SYSTEM, "gad-2-total", "GAD-2 total score (0-6)"));
            g.setValue(new IntegerType(s.gad2()));
            out.add(g);
        }
        return out;
    }

    private Observation base(String client, String key, Date when) {
        Observation o = new Observation();
        o.setId(uuid(client + "/" + key));
        o.setStatus(Observation.ObservationStatus.PRELIMINARY);
        o.addCategory(concept(OBSERVATION_CATEGORY, "survey", "Survey"));
        o.setSubject(patient(client));
        o.setEffective(new DateTimeType(when));
        return o;
    }

    private static void component(Observation o, String code, String display, Double value, String unit) {
        if (value == null) {
            return;
        }
        Quantity q = new Quantity().setValue(Math.round(value * 100) / 100.0).setSystem(UCUM).setCode(unit)
                .setUnit(unit.equals("h") ? "h" : "score");
        o.addComponent().setCode(concept(SYSTEM, code, display)).setValue(q);
    }

    Flag flag(Alert a) {
        Flag f = new Flag();
        f.setId(uuid("flag/" + a.id()));
        f.getMeta().addSecurity(aiast());
        f.setStatus(Flag.FlagStatus.ACTIVE);
        f.addCategory(concept(FLAG_CATEGORY, "clinical", "Clinical"));
        f.setCode(concept(SYSTEM, code(a), display(a)).setText(a.priority() + ": " + display(a)));
        f.setSubject(patient(a.clientId()));
        f.setPeriod(new Period().setStartElement(new DateTimeType(Date.from(a.raisedAt().toInstant()))));
        return f;
    }

    DetectedIssue detectedIssue(Alert a, String flagUrl, Map<String, String> observationOf) {
        DetectedIssue d = new DetectedIssue();
        d.setId(uuid("issue/" + a.id()));
        d.getMeta().addSecurity(aiast());
        d.setStatus(DetectedIssue.DetectedIssueStatus.PRELIMINARY);
        d.setCode(concept(SYSTEM, code(a), display(a)).setText(a.priority() + ": " + display(a)));
        d.setSeverity(switch (a.priority()) {
            case URGENT -> DetectedIssue.DetectedIssueSeverity.HIGH;
            case HIGH -> DetectedIssue.DetectedIssueSeverity.MODERATE;
            case ROUTINE -> DetectedIssue.DetectedIssueSeverity.LOW;
        });
        d.setPatient(patient(a.clientId()));
        d.setIdentified(new DateTimeType(Date.from(a.raisedAt().toInstant())));
        d.addImplicated(new Reference(flagUrl));
        d.setDetail(a.explanation());
        d.setReference("urn:clinical-notes:alert:" + a.id());
        for (Evidence e : a.evidence()) {
            DetectedIssue.DetectedIssueEvidenceComponent ev = d.addEvidence();
            String text = e.sentence() != null ? "Entry " + e.entryId() + ": \"" + e.sentence() + "\""
                    : "Entry " + e.entryId() + (e.words().isEmpty() ? "" : ": " + String.join(", ", e.words()));
            ev.addCode(new CodeableConcept().setText(text));
            String obs = observationOf.get(a.clientId() + "\u0000" + e.entryId());
            if (obs != null) {
                ev.addDetail(new Reference(obs));
            }
        }
        for (AuditEvent ae : a.audit()) {
            if (ae.action() == AuditEvent.Action.ACKNOWLEDGED) {
                DetectedIssue.DetectedIssueMitigationComponent m = d.addMitigation();
                m.setAction(new CodeableConcept().setText("Acknowledged by the clinician"));
                m.setDateElement(new DateTimeType(Date.from(ae.at().toInstant())));
                if (FHIR_ID.matcher(ae.by()).matches()) {
                    m.setAuthor(new Reference("Practitioner/" + ae.by()));
                }
            }
        }
        if (a.status() == AlertStatus.ACKNOWLEDGED) {
            d.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
        }
        return d;
    }

    CommunicationRequest communicationRequest(Alert a, String issueUrl, String observationUrl) {
        Suggestion s = a.suggestion();
        CommunicationRequest cr = new CommunicationRequest();
        cr.setId(uuid("suggestion/" + a.id()));
        cr.getMeta().addSecurity(aiast());
        cr.setStatus(switch (s.status()) {
            case DRAFT -> CommunicationRequest.CommunicationRequestStatus.DRAFT;
            case APPROVED -> CommunicationRequest.CommunicationRequestStatus.ACTIVE;
            case DECLINED -> CommunicationRequest.CommunicationRequestStatus.REVOKED;
        });
        cr.setSubject(patient(a.clientId()));
        cr.addRecipient(patient(a.clientId()));
        cr.addReasonCode(concept(SYSTEM, "coping-exercise", "Suggested coping exercise").setText(s.title()));
        cr.addAbout(new Reference(issueUrl));
        if (observationUrl != null) {
            cr.addReasonReference(new Reference(observationUrl));
        }
        cr.setAuthoredOnElement(new DateTimeType(Date.from(a.raisedAt().toInstant())));
        cr.addPayload().setContent(new org.hl7.fhir.r4.model.StringType(s.title() + ": " + s.instructions()));
        cr.addNote().setText((s.status() == Suggestion.Status.DRAFT
                ? "Draft: not sent until a clinician approves it. " : "") + "Why: " + s.rationale() + ".");
        if (s.decidedBy() != null && FHIR_ID.matcher(s.decidedBy()).matches()) {
            cr.setRequester(new Reference("Practitioner/" + s.decidedBy()));
        }
        return cr;
    }

    private static String code(Alert a) {
        return switch (a.kind()) {
            case RISK -> "alert-risk";
            case SPIKE -> "alert-spike";
            case TREND -> "alert-trend";
        };
    }

    private static String display(Alert a) {
        return switch (a.kind()) {
            case RISK -> "Risk written in a journal entry";
            case SPIKE -> "Spike against the client's baseline";
            case TREND -> "Sustained worsening";
        };
    }

    static Reference patient(String client) {
        String id = FHIR_ID.matcher(client).matches() ? client : uuid("patient/" + client);
        return new Reference("Patient/" + id);
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    private static Coding aiast() {
        return new Coding(V3_OBSERVATION_VALUE, "AIAST", "Artificial Intelligence asserted");
    }

    private static void add(Bundle b, Resource r, String fullUrl) {
        b.addEntry().setFullUrl(fullUrl).setResource(r);
    }

    static String uuid(String key) {
        return UUID.nameUUIDFromBytes(("clinical-notes/journal/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String load() {
        try (InputStream in = JournalFhirMapper.class.getResourceAsStream("journal-codes.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource journal-codes.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
