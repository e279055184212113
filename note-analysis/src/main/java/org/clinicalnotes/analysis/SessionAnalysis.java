package org.clinicalnotes.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * What happened in one session: talk per speaker, behaviour and talk type per utterance, tone, moments, markers,
 * interventions and summaries. Every figure points at the utterance ids (as in the note) it came from. Holds no
 * transcript text, so {@code toString()} carries no PHI beyond speaker labels, which it leaves out.
 *
 * @param speakers talk per speaker, in order of first appearance
 * @param utterances one entry per transcript utterance, in order
 * @param moments the stretches of highest intensity, in transcript order
 * @param markers language markers of the client's turns
 * @param interventions interventions found in the clinician's turns
 * @param summary session summaries
 * @param timing silences and latencies, null when the transcript has no times
 * @since 0.2.0
 */
public record SessionAnalysis(List<SpeakerTalk> speakers, List<UtteranceAnalysis> utterances, List<Moment> moments,
                              List<Marker> markers, List<Intervention> interventions, Summary summary, Timing timing) {

    /** Copies the lists. */
    public SessionAnalysis {
        speakers = List.copyOf(speakers);
        utterances = List.copyOf(utterances);
        moments = List.copyOf(moments);
        markers = List.copyOf(markers);
        interventions = List.copyOf(interventions);
        Objects.requireNonNull(summary, "summary");
    }

    /** @return the timing figures, empty when the transcript has no times */
    public Optional<Timing> timingFigures() {
        return Optional.ofNullable(timing);
    }

    @Override
    public String toString() {
        return "SessionAnalysis[speakers=" + speakers.size() + ", utterances=" + utterances.size() + ", moments="
                + moments.size() + ", markers=" + markers.size() + ", interventions=" + interventions.size() + "]";
    }

    /**
     * Talk of one speaker.
     *
     * @param role the speaker's role
     * @param label the speaker's label as in the transcript
     * @param turns utterances
     * @param words words (whitespace-separated tokens holding a letter or digit)
     * @param wordShare share of all words in the session, 0..1
     * @param seconds seconds spoken (sum of end minus start), null without times
     * @param wordsPerMinute words per minute over the timed utterances, null without times
     */
    public record SpeakerTalk(SpeakerRole role, String label, int turns, int words, double wordShare, Double seconds,
                              Double wordsPerMinute) {
        /** Checks non-null fields. */
        public SpeakerTalk {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String toString() {
            return "SpeakerTalk[role=" + role + ", turns=" + turns + ", words=" + words + "]";
        }
    }

    /**
     * One utterance.
     *
     * @param id the utterance id, as in the transcript and the note
     * @param role the speaker's role
     * @param behaviour the clinician's behaviour, null for other speakers
     * @param code a finer MI code, null when none applies
     * @param talkType the client's talk type, null for other speakers
     * @param confidence the classifier's probability of its label, 0 when there is no label
     * @param tone valence, arousal, intensity and emotion family
     */
    public record UtteranceAnalysis(String id, SpeakerRole role, Behaviour behaviour, MiCode code, TalkType talkType,
                                    double confidence, Tone tone) {
        /** Checks non-null fields. */
        public UtteranceAnalysis {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /**
     * A stretch of high emotional intensity.
     *
     * @param utteranceIds the utterances of the stretch, in order
     * @param label what it is about
     * @param intensity the stretch's peak intensity, 0..1
     */
    public record Moment(List<String> utteranceIds, MomentLabel label, double intensity) {
        /** Copies the ids. */
        public Moment {
            utteranceIds = List.copyOf(utteranceIds);
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A language marker.
     *
     * @param kind which marker
     * @param count how many times it occurs in the client's turns
     * @param ratePer100Words occurrences per 100 client words
     * @param evidence ids of the utterances where it occurs
     */
    public record Marker(MarkerKind kind, int count, double ratePer100Words, List<String> evidence) {
        /** Copies the evidence. */
        public Marker {
            Objects.requireNonNull(kind, "kind");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * An intervention found in the clinician's turns.
     *
     * @param kind which intervention
     * @param evidence ids of the utterances that name or carry it out
     */
    public record Intervention(InterventionKind kind, List<String> evidence) {
        /** Copies the evidence. */
        public Intervention {
            Objects.requireNonNull(kind, "kind");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Session summaries.
     *
     * @param behaviours count per clinician behaviour
     * @param talkTypes count per client talk type
     * @param codes count per finer MI code
     * @param reflectionToQuestion reflections divided by questions (the reflection count when there are no questions)
     * @param reflectionToQuestionBand the MITI band of that ratio
     * @param complexReflectionShare complex reflections over all reflections, null without reflections
     * @param complexReflectionBand its MITI band, null without reflections
     * @param changeTalkShare change talk over change plus sustain talk, null when there is neither
     */
    public record Summary(Map<Behaviour, Integer> behaviours, Map<TalkType, Integer> talkTypes,
                          Map<MiCode, Integer> codes, double reflectionToQuestion, Band reflectionToQuestionBand,
                          Double complexReflectionShare, Band complexReflectionBand, Double changeTalkShare) {
        /** Copies the maps. */
        public Summary {
            behaviours = Map.copyOf(behaviours);
            talkTypes = Map.copyOf(talkTypes);
            codes = Map.copyOf(codes);
            Objects.requireNonNull(reflectionToQuestionBand, "reflectionToQuestionBand");
        }
    }

    /**
     * Silences and response latencies, from utterance times.
     *
     * @param totalSeconds from the first start to the last end
     * @param silenceSeconds the sum of the gaps between utterances
     * @param longSilences gaps of at least 3 seconds: the id of the utterance after each gap
     * @param clinicianLatencySeconds median gap before a clinician answers another speaker, null when none
     * @param patientLatencySeconds median gap before the patient answers another speaker, null when none
     */
    public record Timing(double totalSeconds, double silenceSeconds, List<String> longSilences,
                         Double clinicianLatencySeconds, Double patientLatencySeconds) {
        /** Copies the list. */
        public Timing {
            longSilences = List.copyOf(longSilences);
        }
    }
}
