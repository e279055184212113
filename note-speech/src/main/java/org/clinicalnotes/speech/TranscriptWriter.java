package org.clinicalnotes.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Writes a transcript in a form {@link org.clinicalnotes.transcript.TranscriptReader} reads back with the same
 * speakers, roles and texts:
 * <ul>
 *   <li>{@link #text(Transcript)}: one tagged line per utterance, {@code [clinician] …}, {@code [patient] …},
 *       other speakers by label ({@code [speaker_2] …}, {@code [mother] …});</li>
 *   <li>{@link #webVtt(Transcript)}: WebVTT cues with {@code <v label>} voices and the times;</li>
 *   <li>{@link #json(TranscribedAudio)}: {@code {"utterances": [{id, speaker, role, text, start, end}],
 *       "speakers": [{speaker, role, label, confidence, basis, utterances, cues}], "model", "parts"}}, times in
 *       seconds.</li>
 * </ul>
 * Line breaks inside an utterance are written as spaces. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TranscriptWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern TAG = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'_-]{0,25}\\d{0,3}");

    private TranscriptWriter() {
    }

    /**
     * @param transcript the transcript; not null
     * @return tagged lines, one per utterance, ending with a line break
     * @since 0.1.0
     */
    public static String text(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        StringBuilder sb = new StringBuilder();
        for (Utterance u : transcript.utterances()) {
            sb.append('[').append(tag(u)).append("] ").append(oneLine(u.text())).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param transcript the transcript; not null
     * @return WebVTT; an utterance without times gets the previous cue's end (and a zero-length cue)
     * @since 0.1.0
     */
    public static String webVtt(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        StringBuilder sb = new StringBuilder("WEBVTT\n");
        Duration last = Duration.ZERO;
        for (Utterance u : transcript.utterances()) {
            Duration start = u.start() != null ? u.start() : last;
            Duration end = u.end() != null ? u.end() : start;
            if (end.compareTo(start) < 0) {
                end = start;
            }
            sb.append('\n').append(u.id()).append('\n').append(clock(start)).append(" --> ").append(clock(end))
                    .append('\n').append("<v ").append(tag(u)).append('>')
                    .append(oneLine(u.text()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append('\n');
            last = end;
        }
        return sb.toString();
    }

    /**
     * @param audio the transcription result; not null
     * @return JSON, see the class documentation
     * @since 0.1.0
     */
    public static String json(TranscribedAudio audio) {
        Objects.requireNonNull(audio, "audio");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", "audio");
        root.put("model", audio.model());
        root.put("parts", audio.parts());
        ArrayNode speakers = root.putArray("speakers");
        for (SpeakerAssignment a : audio.speakers()) {
            ObjectNode s = speakers.addObject();
            s.put("speaker", a.speaker());
            s.put("role", a.role().name().toLowerCase(Locale.ROOT));
            s.put("label", a.label());
            s.put("confidence", a.confidence());
            s.put("basis", a.basis().name().toLowerCase(Locale.ROOT));
            s.put("utterances", a.utterances());
            ArrayNode cues = s.putArray("cues");
            a.cues().forEach(cues::add);
        }
        ArrayNode list = root.putArray("utterances");
        for (Utterance u : audio.transcript().utterances()) {
            ObjectNode o = list.addObject();
            o.put("id", u.id());
            o.put("speaker", tag(u));
            o.put("role", u.role().name().toLowerCase(Locale.ROOT));
            o.put("text", u.text());
            if (u.start() != null) {
                o.put("start", seconds(u.start()));
            }
            if (u.end() != null) {
                o.put("end", seconds(u.end()));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The speaker label when it is a valid tag, else the role's name. */
    static String tag(Utterance u) {
        String label = u.speaker().label();
        if (!label.isEmpty() && TAG.matcher(label).matches()) {
            return label;
        }
        return switch (u.role()) {
            case CLINICIAN -> "clinician";
            case PATIENT -> "patient";
            case OTHER -> "other";
        };
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1_000_000_000.0;
    }

    private static String clock(Duration d) {
        long ms = d.toMillis();
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, (ms / 60_000) % 60,
                (ms / 1000) % 60, ms % 1000);
    }

    static List<String> formats() {
        return List.of("text", "vtt", "json");
    }
}
