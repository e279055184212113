package org.clinicalnotes.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An analysis as {@code analysis.json}, schema version {@value #SCHEMA_VERSION}: {@code speakers[] {role, label,
 * turns, words, wordShare, seconds?, wordsPerMinute?}}, {@code utterances[] {id, role, behaviour?, code?, talkType?,
 * confidence?, valence, arousal, intensity, emotion?}} (one per transcript utterance, ids as in the note),
 * {@code moments[] {utteranceIds[], label, intensity}}, {@code markers[] {kind, count, ratePer100Words,
 * evidence[]}}, {@code interventions[] {kind, evidence[]}}, {@code summary {reflectionToQuestion,
 * reflectionToQuestionBand, complexReflectionShare?, complexReflectionBand?, changeTalkShare?, behaviours{},
 * talkTypes{}, codes{}}} and {@code timing? {totalSeconds, silenceSeconds, longSilences[],
 * clinicianLatencySeconds?, patientLatencySeconds?}}. Holds no transcript text. Stateless, thread-safe.
 *
 * @since 0.2.0
 */
public final class AnalysisJson {

    /** The schema version written. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    /**
     * @param a the analysis, not null
     * @return the JSON text, ending with a newline
     */
    public static String write(SessionAnalysis a) {
        try {
            return MAPPER.writeValueAsString(tree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param a the analysis, not null
     * @return the JSON tree, for embedding (for example in a batch row)
     */
    static ObjectNode tree(SessionAnalysis a) {
        Objects.requireNonNull(a, "a");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "clinical-notes/analysis");
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode speakers = root.putArray("speakers");
        for (SessionAnalysis.SpeakerTalk s : a.speakers()) {
            ObjectNode o = speakers.addObject();
            o.put("role", s.role().name());
            o.put("label", s.label());
            o.put("turns", s.turns());
            o.put("words", s.words());
            o.put("wordShare", s.wordShare());
            if (s.seconds() != null) {
                o.put("seconds", s.seconds());
            }
            if (s.wordsPerMinute() != null) {
                o.put("wordsPerMinute", s.wordsPerMinute());
            }
        }
        ArrayNode utterances = root.putArray("utterances");
        for (SessionAnalysis.UtteranceAnalysis u : a.utterances()) {
            ObjectNode o = utterances.addObject();
            o.put("id", u.id());
            o.put("role", u.role().name());
            if (u.behaviour() != null) {
                o.put("behaviour", u.behaviour().name());
            }
            if (u.code() != null) {
                o.put("code", u.code().name());
            }
            if (u.talkType() != null) {
                o.put("talkType", u.talkType().name());
            }
            if (u.behaviour() != null || u.talkType() != null) {
                o.put("confidence", u.confidence());
            }
            o.put("valence", u.tone().valence());
            o.put("arousal", u.tone().arousal());
            o.put("intensity", u.tone().intensity());
            if (u.tone().emotion() != Emotion.NONE) {
                o.put("emotion", u.tone().emotion().name());
            }
        }
        ArrayNode moments = root.putArray("moments");
        for (SessionAnalysis.Moment m : a.moments()) {
            ObjectNode o = moments.addObject();
            ids(o.putArray("utteranceIds"), m.utteranceIds());
            o.put("label", m.label().text());
            o.put("intensity", m.intensity());
        }
        ArrayNode markers = root.putArray("markers");
        for (SessionAnalysis.Marker m : a.markers()) {
            ObjectNode o = markers.addObject();
            o.put("kind", m.kind().name());
            o.put("count", m.count());
            o.put("ratePer100Words", m.ratePer100Words());
            ids(o.putArray("evidence"), m.evidence());
        }
        ArrayNode interventions = root.putArray("interventions");
        for (SessionAnalysis.Intervention i : a.interventions()) {
            ObjectNode o = interventions.addObject();
            o.put("kind", i.kind().name());
            ids(o.putArray("evidence"), i.evidence());
        }
        SessionAnalysis.Summary s = a.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("reflectionToQuestion", s.reflectionToQuestion());
        summary.put("reflectionToQuestionBand", s.reflectionToQuestionBand().name());
        if (s.complexReflectionShare() != null) {
            summary.put("complexReflectionShare", s.complexReflectionShare());
            summary.put("complexReflectionBand", s.complexReflectionBand().name());
        }
        if (s.changeTalkShare() != null) {
            summary.put("changeTalkShare", s.changeTalkShare());
        }
        counts(summary.putObject("behaviours"), s.behaviours(), Behaviour.values());
        counts(summary.putObject("talkTypes"), s.talkTypes(), TalkType.values());
        counts(summary.putObject("codes"), s.codes(), MiCode.values());
        if (a.timing() != null) {
            SessionAnalysis.Timing t = a.timing();
            ObjectNode o = root.putObject("timing");
            o.put("totalSeconds", t.totalSeconds());
            o.put("silenceSeconds", t.silenceSeconds());
            ids(o.putArray("longSilences"), t.longSilences());
            if (t.clinicianLatencySeconds() != null) {
                o.put("clinicianLatencySeconds", t.clinicianLatencySeconds());
            }
            if (t.patientLatencySeconds() != null) {
                o.put("patientLatencySeconds", t.patientLatencySeconds());
            }
        }
        return root;
    }

    private static <E extends Enum<E>> void counts(ObjectNode o, Map<E, Integer> counts, E[] order) {
        for (E e : order) {
            o.put(e.name(), counts.getOrDefault(e, 0));
        }
    }

    private static void ids(ArrayNode arr, List<String> ids) {
        ids.forEach(arr::add);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
