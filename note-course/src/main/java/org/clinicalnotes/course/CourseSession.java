package org.clinicalnotes.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.Transcript;

/**
 * One session of a client's course.
 *
 * @param id the session id (the folder name, which sorts by date); not null
 * @param date the session day; null when unknown
 * @param transcript the session transcript (original text); not null
 * @param recordedMeasures scores recorded outside the transcript (a note's {@code measures}, FHIR
 *     {@code Observation}s); they win over scores read from the transcript for the same instrument; not null
 * @param recordedRisk risk flags recorded outside the transcript (a note's flags, FHIR {@code RiskAssessment}s);
 *     merged with the screen's own reading; not null
 * @param interventions interventions named by a session analysis ({@code analysis.json}), with their evidence;
 *     not null
 * @since 0.3.0
 */
public record CourseSession(String id, LocalDate date, Transcript transcript, List<MeasureScore> recordedMeasures,
                            List<RiskFlag> recordedRisk, List<Intervention> interventions) {

    /** Validates and copies. */
    public CourseSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transcript, "transcript");
        recordedMeasures = List.copyOf(Objects.requireNonNull(recordedMeasures, "recordedMeasures"));
        recordedRisk = List.copyOf(Objects.requireNonNull(recordedRisk, "recordedRisk"));
        interventions = List.copyOf(Objects.requireNonNull(interventions, "interventions"));
    }

    /**
     * A session with its transcript alone.
     *
     * @param id the session id
     * @param date the day, may be null
     * @param transcript the transcript
     * @return the session
     */
    public static CourseSession of(String id, LocalDate date, Transcript transcript) {
        return new CourseSession(id, date, transcript, List.of(), List.of(), List.of());
    }

    /** @return the session day, when known */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(date);
    }

    /**
     * An intervention a session analysis found.
     *
     * @param kind its kind as the analysis names it (for example {@code COGNITIVE_RESTRUCTURING}); not null
     * @param utteranceIds where it happened; not null
     */
    public record Intervention(String kind, List<String> utteranceIds) {
        /** Validates and copies. */
        public Intervention {
            Objects.requireNonNull(kind, "kind");
            utteranceIds = List.copyOf(Objects.requireNonNull(utteranceIds, "utteranceIds"));
        }
    }

    /** Never shows transcript text. */
    @Override
    public String toString() {
        return "CourseSession[id=" + id + ", date=" + date + ", utterances=" + transcript.size() + "]";
    }
}
