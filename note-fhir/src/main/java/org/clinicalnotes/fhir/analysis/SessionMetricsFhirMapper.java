package org.clinicalnotes.fhir.analysis;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.UUID;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.transcript.SpeakerRole;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Maps a {@link SessionAnalysis} to FHIR R4 {@code Observation}s, one per session metric: word shares, words per
 * minute and silence (where the transcript has times), reflection-to-question ratio, complex-reflection and
 * change-talk shares (with the MITI band as interpretation text), the peak intensity and the number of moments.
 * LOINC has no codes for these, so they are coded in the project's {@link #SYSTEM session-metric} code system,
 * shipped as {@link #codeSystem()} (load it into a terminology server or validator so the codes validate).
 *
 * <p>Each Observation is preliminary, category {@code therapy}, labelled AI-asserted ({@code meta.security}
 * AIAST), has the patient as subject, and a note naming the utterance ids it came from; no patient words.
 * Resource ids are name-based UUIDs of the given session key and the metric. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class SessionMetricsFhirMapper {

    /** The project code system for session metrics. */
    public static final String SYSTEM = "https://github.com/clinical-notes/clinical-notes/fhir/CodeSystem/session-metric";

    static final String UCUM = "http://unitsofmeasure.org";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String V3_OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

    private static final class Holder {
        static final CodeSystem CODE_SYSTEM = load();
    }

    private SessionMetricsFhirMapper() {
    }

    /** @return the mapper */
    public static SessionMetricsFhirMapper create() {
        return new SessionMetricsFhirMapper();
    }

    /** @return a copy of the shipped session-metric CodeSystem resource */
    public static CodeSystem codeSystem() {
        return Holder.CODE_SYSTEM.copy();
    }

    /**
     * Maps the session metrics.
     *
     * @param analysis the analysis, not null
     * @param patient the patient reference, e.g. {@code Patient/123} or a bundle {@code urn:uuid:…}, not null
     * @param derivedFrom a reference the metrics are derived from (the note's DocumentReference), or null
     * @param sessionKey a stable key of the session (for example the note id) for name-based resource ids, not null
     * @param effective when the session took place (or the analysis was made), not null
     * @return the Observations, in a fixed order; metrics without a value are left out
     */
    public List<Observation> map(SessionAnalysis analysis, String patient, String derivedFrom, String sessionKey,
                                 Instant effective) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(sessionKey, "sessionKey");
        Objects.requireNonNull(effective, "effective");
        List<Observation> out = new ArrayList<>();
        Ctx c = new Ctx(patient, derivedFrom, sessionKey, effective);
        for (SessionAnalysis.SpeakerTalk s : analysis.speakers()) {
            String who = s.role() == SpeakerRole.CLINICIAN ? "clinician" : s.role() == SpeakerRole.PATIENT ? "patient"
                    : null;
            if (who == null || out.stream().anyMatch(o -> code(o).equals(who + "-word-share"))) {
                continue;
            }
            double share = 0;
            for (SessionAnalysis.SpeakerTalk t : analysis.speakers()) {
                if (t.role() == s.role()) {
                    share += t.wordShare();
                }
            }
            out.add(quantity(c, who + "-word-share", round(share * 100, 1), "%", "%",
                    "All " + who + " turns."));
            if (s.wordsPerMinute() != null) {
                out.add(quantity(c, who + "-words-per-minute", s.wordsPerMinute(), "/min", "words/min",
                        "Timed " + who + " turns."));
            }
        }
        if (analysis.timing() != null) {
            SessionAnalysis.Timing t = analysis.timing();
            out.add(quantity(c, "silence-duration", t.silenceSeconds(), "s", "s", t.longSilences().isEmpty()
                    ? "No silence of 3 s or more." : "Silences of 3 s or more before " + ids(t.longSilences()) + "."));
        }
        SessionAnalysis.Summary s = analysis.summary();
        Observation rq = quantity(c, "reflection-to-question-ratio", s.reflectionToQuestion(), "1", "ratio",
                "Clinician turns classified as reflections and questions.");
        rq.addInterpretation(new CodeableConcept().setText("MITI " + band(s.reflectionToQuestionBand())));
        out.add(rq);
        if (s.complexReflectionShare() != null) {
            Observation cr = quantity(c, "complex-reflection-share", round(s.complexReflectionShare() * 100, 1), "%",
                    "%", "Reflections told simple or complex by rule.");
            cr.addInterpretation(new CodeableConcept().setText("MITI " + band(s.complexReflectionBand())));
            out.add(cr);
        }
        if (s.changeTalkShare() != null) {
            out.add(quantity(c, "change-talk-share", round(s.changeTalkShare() * 100, 1), "%", "%",
                    "Client turns classified as change or sustain talk."));
        }
        double peak = 0;
        List<String> peakIds = List.of();
        for (SessionAnalysis.Moment m : analysis.moments()) {
            if (m.intensity() >= peak) {
                peak = m.intensity();
                peakIds = m.utteranceIds();
            }
        }
        if (!analysis.moments().isEmpty()) {
            out.add(quantity(c, "peak-emotional-intensity", peak, "1", "intensity (0-1)",
                    "Peak moment: " + ids(peakIds) + "."));
        }
        Observation moments = base(c, "high-intensity-moments");
        moments.setValue(new IntegerType(analysis.moments().size()));
        List<String> parts = new ArrayList<>();
        for (SessionAnalysis.Moment m : analysis.moments()) {
            parts.add(m.label().text() + " (" + ids(m.utteranceIds()) + ")");
        }
        moments.addNote(new Annotation().setText(parts.isEmpty() ? "No moment of high intensity."
                : "Moments: " + String.join("; ", parts) + "."));
        out.add(moments);
        return out;
    }

    private record Ctx(String patient, String derivedFrom, String key, Instant effective) {
    }

    private static Observation quantity(Ctx c, String code, double value, String ucum, String unit, String note) {
        Observation o = base(c, code);
        o.setValue(new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(ucum));
        o.addNote(new Annotation().setText(note));
        return o;
    }

    private static Observation base(Ctx c, String code) {
        Observation o = new Observation();
        o.setId(UUID.nameUUIDFromBytes((c.key() + "/session-metric/" + code).getBytes(StandardCharsets.UTF_8))
                .toString());
        o.getMeta().addSecurity(new Coding(V3_OBSERVATION_VALUE, "AIAST", "Artificial Intelligence asserted"));
        o.setStatus(Observation.ObservationStatus.PRELIMINARY);
        o.addCategory(new CodeableConcept(new Coding(CATEGORY, "therapy", "Therapy")));
        o.setCode(new CodeableConcept(new Coding(SYSTEM, code, display(code))).setText(display(code)));
        o.setSubject(new Reference(c.patient()));
        o.setEffective(new DateTimeType(Date.from(c.effective()), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(ZoneOffset.UTC)));
        if (c.derivedFrom() != null) {
            o.addDerivedFrom(new Reference(c.derivedFrom()));
        }
        return o;
    }

    private static String code(Observation o) {
        return o.getCode().getCodingFirstRep().getCode();
    }

    private static String display(String code) {
        for (CodeSystem.ConceptDefinitionComponent d : Holder.CODE_SYSTEM.getConcept()) {
            if (d.getCode().equals(code)) {
                return d.getDisplay();
            }
        }
        throw new IllegalStateException("session-metric code system lacks " + code);
    }

    private static String band(Enum<?> b) {
        return b.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String ids(List<String> ids) {
        if (ids.size() <= 12) {
            return "utterances " + String.join(", ", ids);
        }
        return "utterances " + String.join(", ", ids.subList(0, 12)) + " and " + (ids.size() - 12) + " more";
    }

    private static double round(double x, int places) {
        double f = Math.pow(10, places);
        return Math.round(x * f) / f;
    }

    private static CodeSystem load() {
        try (InputStream in = SessionMetricsFhirMapper.class.getResourceAsStream("session-metric-codesystem.json")) {
            if (in == null) {
                throw new IllegalStateException("missing session-metric-codesystem.json");
            }
            return FhirContexts.jsonParser().parseResource(CodeSystem.class,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
