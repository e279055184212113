package org.clinicalnotes.fhir.course;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ModelCallException;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CourseSession;
import org.clinicalnotes.course.Journal;
import org.clinicalnotes.course.JournalEntry;
import org.clinicalnotes.course.MeasurePoint;
import org.clinicalnotes.course.MeasureTrajectory;
import org.clinicalnotes.course.RiskPoint;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.speech.TranscriptWriter;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * A {@link ClientHistory} on a FHIR R4 server, through HAPI's generic client. {@link #write} puts a history and
 * what was read from it on the server in one transaction: a {@code DocumentReference} per session (the transcript
 * as text/plain, identifier {@code urn:clinicalnotes:course-session|<patient>/<session>}) and one for the journal
 * (JSON Lines), an {@code Observation} per score (derived from its session's DocumentReference), a
 * {@code RiskAssessment} per session with risk, and a {@code Flag} while risk is rising. {@link #read} searches the
 * four by patient and rebuilds the history: the same history gives the same course and brief as the folder.
 * Stateless and thread-safe; the client decides timeouts and authentication.
 *
 * @since 0.3.0
 */
public final class FhirClientHistory {

    /** Identifier system of the session and journal DocumentReferences. */
    public static final String SESSION_SYSTEM = "urn:clinicalnotes:course-session";
    private static final String JOURNAL_ID = "journal";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FhirClientHistory() {
    }

    /**
     * Reads a client's history from the server.
     *
     * @param client the generic client, pointed at the server's base URL; not null
     * @param patientId the patient id; not null
     * @return the history
     * @throws BadInputException CN-3408 when the server holds no session for the patient
     * @throws ModelCallException CN-3407 when the server cannot be reached or refuses a search
     */
    public static ClientHistory read(IGenericClient client, String patientId) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(patientId, "patientId");
        List<DocumentReference> docs = search(client, DocumentReference.class, patientId);
        List<Observation> observations = search(client, Observation.class, patientId);
        List<RiskAssessment> assessments = search(client, RiskAssessment.class, patientId);
        search(client, Flag.class, patientId); // flags are re-derived from the sessions; read to check access
        TranscriptReader reader = TranscriptReader.defaults();
        Map<String, String> docToSession = new HashMap<>();
        Map<String, Transcript> transcripts = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        List<JournalEntry> journal = new ArrayList<>();
        for (DocumentReference d : docs) {
            String key = sessionKey(d, patientId);
            if (key == null || d.getContent().isEmpty()) {
                continue;
            }
            String text = new String(d.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8);
            if (JOURNAL_ID.equals(key)) {
                journal.addAll(Journal.parse(text, "DocumentReference/" + d.getIdElement().getIdPart(), null));
                continue;
            }
            docToSession.put("DocumentReference/" + d.getIdElement().getIdPart(), key);
            transcripts.put(key, reader.read(text, key));
            if (d.hasDate()) {
                dates.put(key, d.getDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            }
        }
        if (transcripts.isEmpty()) {
            throw new BadInputException("CN-3408", "Patient/" + patientId, "the server holds no session transcript for the patient",
                    "Write the history first, or check the patient id.");
        }
        Map<String, List<MeasureScore>> measures = new HashMap<>();
        for (Observation o : observations) {
            String session = derivedSession(o.getDerivedFrom(), docToSession);
            String instrument = instrument(o.getCode());
            if (session == null || instrument == null || !o.hasValueQuantity()) {
                continue;
            }
            measures.computeIfAbsent(session, k -> new ArrayList<>()).add(new MeasureScore(instrument,
                    o.getValueQuantity().getValue().doubleValue(), "", dates.get(session), null, null, ids(o.getNote())));
        }
        Map<String, List<RiskFlag>> risk = new HashMap<>();
        for (RiskAssessment a : assessments) {
            String session = a.hasBasis() ? derivedSession(a.getBasis(), docToSession) : null;
            if (session == null) {
                continue;
            }
            for (RiskAssessment.RiskAssessmentPredictionComponent p : a.getPrediction()) {
                RiskFlag.Kind kind = kind(p.getOutcome());
                if (kind == null) {
                    continue;
                }
                List<String> ev = ids(a.getNote());
                if (ev.isEmpty()) {
                    continue;
                }
                RiskFlag.CssrsLevel level = cssrs(p.getQualitativeRisk());
                risk.computeIfAbsent(session, k -> new ArrayList<>()).add(new RiskFlag(kind, RiskFlag.Status.PRESENT,
                        level == null ? RiskFlag.Severity.LOW : level.compareTo(RiskFlag.CssrsLevel.METHOD) >= 0 ? RiskFlag.Severity.HIGH
                                : level == RiskFlag.CssrsLevel.NON_SPECIFIC_THOUGHTS ? RiskFlag.Severity.MODERATE : RiskFlag.Severity.LOW,
                        ev, List.of(), level, null));
            }
        }
        List<CourseSession> sessions = new ArrayList<>();
        transcripts.forEach((id, t) -> sessions.add(new CourseSession(id, dates.get(id), t,
                measures.getOrDefault(id, List.of()), risk.getOrDefault(id, List.of()), List.of())));
        return new ClientHistory(patientId, sessions, journal);
    }

    /**
     * Writes a history, and what was read from it, to the server in one transaction.
     *
     * @param client the generic client; not null
     * @param course the course (its history is written too); not null
     * @param patientId the patient id; not null
     * @param plan an extra transaction bundle to append (the CarePlan bundle), or null
     * @return the server's transaction response
     * @throws ModelCallException CN-3407 when the server cannot be reached or refuses the transaction
     */
    public static Bundle write(IGenericClient client, Course course, String patientId, Bundle plan) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(patientId, "patientId");
        Bundle tx = bundle(course, patientId);
        if (plan != null) {
            plan.getEntry().forEach(tx::addEntry);
        }
        return send(client, tx);
    }

    /**
     * Sends a transaction bundle (for example the CarePlan bundle alone).
     *
     * @param client the generic client; not null
     * @param tx the transaction; not null
     * @return the server's response
     * @throws ModelCallException CN-3407 when the server cannot be reached or refuses the transaction
     */
    public static Bundle send(IGenericClient client, Bundle tx) {
        try {
            return client.transaction().withBundle(tx).execute();
        } catch (BaseServerResponseException e) {
            throw new ModelCallException("CN-3407", "the FHIR server refused the transaction (HTTP " + e.getStatusCode() + ")",
                    e.getStatusCode(), e.getStatusCode() >= 500, e);
        } catch (RuntimeException e) {
            throw new ModelCallException("CN-3407", "cannot reach the FHIR server (" + e.getClass().getSimpleName() + ")",
                    0, true, e);
        }
    }

    /**
     * @param course the course
     * @param patientId the patient id
     * @return the transaction bundle {@link #write} sends
     */
    public static Bundle bundle(Course course, String patientId) {
        ClientHistory h = course.history();
        Reference patient = new Reference("Patient/" + patientId);
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Map<String, String> docUrl = new HashMap<>();
        for (CourseSession s : h.sessions()) {
            DocumentReference d = document(patientId, s.id(), "Session transcript", "text/plain; charset=utf-8",
                    TranscriptWriter.text(s.transcript()), s.date());
            d.setSubject(patient);
            docUrl.put(s.id(), add(tx, d, "DocumentReference"));
        }
        if (!h.journal().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JournalEntry e : h.journal()) {
                ObjectNode n = MAPPER.createObjectNode().put("id", e.id()).put("time", e.time().toString()).put("text", e.text());
                if (e.mood() != null) {
                    n.put("mood", e.mood());
                }
                if (e.anxiety() != null) {
                    n.put("anxiety", e.anxiety());
                }
                if (e.sleepHours() != null) {
                    n.put("sleepHours", e.sleepHours());
                }
                sb.append(n).append('\n');
            }
            DocumentReference d = document(patientId, JOURNAL_ID, "Client journal (JSON Lines)", "application/x-ndjson",
                    sb.toString(), null);
            d.setSubject(patient);
            add(tx, d, "DocumentReference");
        }
        for (MeasureTrajectory m : course.measures()) {
            for (MeasurePoint p : m.points()) {
                CodeableConcept code = CarePlanMapper.measure(m.instrument());
                if (code.getCoding().isEmpty()) {
                    continue;
                }
                Observation o = new Observation();
                o.setId(CarePlanMapper.uuid("observation", patientId + "|" + p.session() + "|" + m.instrument()).toString());
                o.getMeta().addSecurity(CarePlanMapper.aiast());
                o.setStatus(Observation.ObservationStatus.PRELIMINARY);
                o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                        "survey", "Survey")));
                o.setCode(code).setSubject(patient);
                if (p.date() != null) {
                    o.setEffective(new DateTimeType(CarePlanMapper.date(p.date())));
                }
                o.setValue(new Quantity().setValue(p.value()).setUnit("{score}").setSystem("http://unitsofmeasure.org")
                        .setCode("{score}"));
                o.addDerivedFrom(new Reference(docUrl.get(p.session())).setType("DocumentReference"));
                o.addNote(new Annotation().setText("Evidence: " + String.join(", ", p.utteranceIds())));
                add(tx, o, "Observation");
            }
        }
        for (RiskPoint p : course.risk().points()) {
            if (p.kinds().isEmpty() || !docUrl.containsKey(p.session())) {
                continue;
            }
            CourseSession s = h.session(p.session()).orElseThrow();
            RiskAssessment a = new RiskAssessment();
            a.setId(CarePlanMapper.uuid("riskassessment", patientId + "|" + p.session()).toString());
            a.getMeta().addSecurity(CarePlanMapper.aiast());
            a.setStatus(RiskAssessment.RiskAssessmentStatus.PRELIMINARY).setSubject(patient);
            if (s.date() != null) {
                a.setOccurrence(new DateTimeType(CarePlanMapper.date(s.date())));
            }
            a.addBasis(new Reference(docUrl.get(p.session())).setType("DocumentReference"));
            for (String kind : p.kinds()) {
                a.addPrediction().setOutcome(new CodeableConcept().setText(kind))
                        .setQualitativeRisk(new CodeableConcept().setText(kind.equals("suicidal_ideation")
                                || kind.equals("suicide_attempt") ? levelName(p.level()) : "present"));
            }
            a.addNote(new Annotation().setText("Evidence: " + String.join(", ", p.evidence())));
            add(tx, a, "RiskAssessment");
        }
        if (course.risk().rising()) {
            Flag f = new Flag();
            f.setId(CarePlanMapper.uuid("flag", patientId + "|" + h.latest().id()).toString());
            f.getMeta().addSecurity(CarePlanMapper.aiast());
            f.setStatus(Flag.FlagStatus.ACTIVE);
            f.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/flag-category", "clinical",
                    "Clinical")));
            f.setCode(new CodeableConcept().setText("Rising suicide or self-harm risk across sessions (AI-assisted; "
                    + "clinician to review)"));
            f.setSubject(patient);
            if (h.latest().date() != null) {
                f.setPeriod(new Period().setStart(CarePlanMapper.date(h.latest().date())));
            }
            add(tx, f, "Flag");
        }
        return tx;
    }

    private static DocumentReference document(String patientId, String key, String type, String contentType, String text,
                                              LocalDate date) {
        DocumentReference d = new DocumentReference();
        d.setId(CarePlanMapper.uuid("document", patientId + "|" + key).toString());
        d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        d.addIdentifier(new Identifier().setSystem(SESSION_SYSTEM).setValue(patientId + "/" + key));
        d.setType(new CodeableConcept().setText(type));
        d.setDescription(key);
        if (date != null) {
            d.setDate(CarePlanMapper.date(date));
        }
        d.addContent().setAttachment(new Attachment().setContentType(contentType)
                .setData(text.getBytes(StandardCharsets.UTF_8)));
        return d;
    }

    private static String sessionKey(DocumentReference d, String patientId) {
        for (Identifier i : d.getIdentifier()) {
            if (SESSION_SYSTEM.equals(i.getSystem()) && i.getValue() != null && i.getValue().startsWith(patientId + "/")) {
                return i.getValue().substring(patientId.length() + 1);
            }
        }
        return null;
    }

    private static String derivedSession(List<Reference> refs, Map<String, String> docToSession) {
        for (Reference r : refs) {
            if (r.getReferenceElement().hasIdPart()) {
                String key = "DocumentReference/" + r.getReferenceElement().getIdPart();
                if (docToSession.containsKey(key)) {
                    return docToSession.get(key);
                }
            }
        }
        return null;
    }

    private static String instrument(CodeableConcept code) {
        for (Coding c : code.getCoding()) {
            if ("44261-6".equals(c.getCode())) {
                return "PHQ-9";
            }
            if ("70274-6".equals(c.getCode())) {
                return "GAD-7";
            }
        }
        return null;
    }

    private static List<String> ids(List<Annotation> notes) {
        for (Annotation a : notes) {
            String t = a.getText();
            if (t != null && t.startsWith("Evidence:")) {
                String rest = t.substring("Evidence:".length()).strip();
                return rest.isEmpty() ? List.of() : Arrays.stream(rest.split(",\\s*")).toList();
            }
        }
        return List.of();
    }

    private static RiskFlag.Kind kind(CodeableConcept c) {
        try {
            return c.hasText() ? RiskFlag.Kind.valueOf(c.getText().toUpperCase(Locale.ROOT)) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String levelName(int level) {
        return level >= 1 && level <= RiskFlag.CssrsLevel.values().length ? RiskFlag.CssrsLevel.values()[level - 1].name() : "present";
    }

    private static RiskFlag.CssrsLevel cssrs(CodeableConcept c) {
        try {
            return c.hasText() ? RiskFlag.CssrsLevel.valueOf(c.getText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T extends Resource> List<T> search(IGenericClient client, Class<T> type, String patientId) {
        List<T> out = new ArrayList<>();
        try {
            Bundle page = client.search().forResource(type).where(new ca.uhn.fhir.rest.gclient.ReferenceClientParam("patient")
                    .hasId(patientId)).returnBundle(Bundle.class).execute();
            while (page != null) {
                for (Bundle.BundleEntryComponent e : page.getEntry()) {
                    if (type.isInstance(e.getResource())) {
                        out.add(type.cast(e.getResource()));
                    }
                }
                page = page.getLink(IBaseBundle.LINK_NEXT) != null ? client.loadPage().next(page).execute() : null;
            }
        } catch (BaseServerResponseException e) {
            throw new ModelCallException("CN-3407", "the FHIR server refused a " + type.getSimpleName() + " search (HTTP "
                    + e.getStatusCode() + ")", e.getStatusCode(), e.getStatusCode() >= 500, e);
        } catch (RuntimeException e) {
            throw new ModelCallException("CN-3407", "cannot reach the FHIR server (" + e.getClass().getSimpleName() + ")",
                    0, true, e);
        }
        return out;
    }

    private static String add(Bundle b, Resource r, String type) {
        String url = CarePlanMapper.urn(UUID.fromString(r.getIdElement().getIdPart()));
        b.addEntry().setFullUrl(url).setResource(r).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(type);
        return url;
    }
}
