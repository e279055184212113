package org.clinicalnotes.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio to {@link Transcript}: the entry point around a {@link Transcriber}.
 *
 * <pre>{@code
 * AudioTranscriber at = AudioTranscriber.builder()
 *         .transcriber(OpenAiTranscriber.builder().model("gpt-4o-transcribe-diarize").build())
 *         .speakerOverrides(SpeakerOverrides.parse("0=clinician,1=patient"))   // optional
 *         .build();
 * TranscribedAudio result = at.transcribe(AudioInput.read(Path.of("visit.wav")));
 * }</pre>
 *
 * <ol>
 *   <li><b>Split</b>: audio over the upload limit (the smaller of {@link Transcriber#maxUploadBytes()} and
 *       {@link Builder#maxUploadBytes(long)}) is split: WAV with integer PCM at the quietest 20 ms in the second
 *       half of each part, without overlap; compressed audio over the limit is rejected with CN-1705 (convert it
 *       to WAV or raise the limit), because a byte cut of it is not valid audio.</li>
 *   <li><b>Transcribe</b> the parts in order, one request each.</li>
 *   <li><b>Stitch</b>: each part's times are shifted by the part's offset and kept inside the part, and starts
 *       never go backwards, so times are monotonic over the whole recording. Empty segments are dropped; each
 *       remaining segment becomes one utterance {@code u1}, {@code u2}, ….</li>
 *   <li><b>Roles</b>: with {@link Builder#dictation(boolean) dictation} every speaker is the clinician; otherwise
 *       {@link SpeakerRoleInference} infers the roles and {@link SpeakerOverrides} replace them for the speakers
 *       they name (an inferred speaker whose role an override took gets the free one of clinician and patient,
 *       else OTHER).</li>
 * </ol>
 * Services number speakers per request, so when audio is split a label may name different people in different
 * parts; give the service the whole recording (raise the limit, compress) when speakers matter.
 *
 * <p>Immutable and thread-safe when the transcriber is; one instance may serve many threads.
 *
 * @since 0.1.0
 */
public final class AudioTranscriber {

    private static final Logger LOG = LoggerFactory.getLogger(AudioTranscriber.class);

    private final Transcriber transcriber;
    private final boolean dictation;
    private final SpeakerOverrides overrides;
    private final long maxUploadBytes;

    private AudioTranscriber(Builder b) {
        this.transcriber = Objects.requireNonNull(b.transcriber, "transcriber");
        this.dictation = b.dictation;
        this.overrides = b.overrides;
        this.maxUploadBytes = Math.min(b.maxUploadBytes, transcriber.maxUploadBytes());
    }

    /**
     * @return a builder; {@link Builder#transcriber(Transcriber)} is required
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the upload limit in use, in bytes
     * @since 0.1.0
     */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Transcribes a recording.
     *
     * @param audio the audio; not null
     * @return the transcript, the speaker assignments and how many parts were sent
     * @throws org.clinicalnotes.BadInputException CN-1705/CN-1706 when the audio is over the limit and cannot be
     *         split, CN-1704 when a WAV to split is corrupt, CN-1709 when no speech was recognised
     * @throws org.clinicalnotes.ModelCallException CN-47xx when the speech service fails
     * @since 0.1.0
     */
    public TranscribedAudio transcribe(AudioInput audio) {
        Objects.requireNonNull(audio, "audio");
        List<AudioChunker.Chunk> chunks = AudioChunker.split(audio, maxUploadBytes);
        LOG.debug("transcribing {} ({} bytes) in {} part(s) with {}", audio.format(), audio.size(), chunks.size(),
                transcriber.name());
        List<SpeechSegment> stitched = new ArrayList<>();
        String model = transcriber.name();
        Duration floor = Duration.ZERO;
        for (AudioChunker.Chunk chunk : chunks) {
            Transcription t = transcriber.transcribe(chunk.audio());
            model = t.model();
            floor = stitch(t.segments(), chunk, floor, stitched);
        }
        if (stitched.isEmpty()) {
            throw SpeechErrors.noSpeech(audio.source());
        }
        List<SpeakerAssignment> speakers = assign(stitched);
        Map<String, SpeakerAssignment> bySpeaker = new LinkedHashMap<>();
        for (SpeakerAssignment a : speakers) {
            bySpeaker.put(a.speaker(), a);
        }
        List<Utterance> utterances = new ArrayList<>(stitched.size());
        for (SpeechSegment s : stitched) {
            SpeakerAssignment a = bySpeaker.get(s.speaker());
            utterances.add(new Utterance("u" + (utterances.size() + 1), Speaker.of(a.role(), a.label()), s.text(),
                    s.start(), s.end()));
        }
        return new TranscribedAudio(new Transcript(utterances, audio.source()), speakers, chunks.size(), model);
    }

    /** Shifts a part's segments into recording time; returns the new floor for starts. */
    static Duration stitch(List<SpeechSegment> segments, AudioChunker.Chunk chunk, Duration floor,
                           List<SpeechSegment> out) {
        Duration offset = chunk.offset();
        Duration limit = chunk.length() == null ? null : offset.plus(chunk.length());
        Duration last = floor.compareTo(offset) > 0 ? floor : offset;
        for (SpeechSegment s : segments) {
            if (s.text().isEmpty()) {
                continue;
            }
            Duration start = s.start() == null ? null : clamp(offset.plus(s.start()), last, limit);
            Duration end = s.end() == null ? null : clamp(offset.plus(s.end()), start == null ? last : start, limit);
            if (start != null) {
                last = start;
            }
            out.add(new SpeechSegment(s.speaker(), s.text(), start, end));
        }
        return limit != null ? limit : last;
    }

    private static Duration clamp(Duration t, Duration min, Duration max) {
        Duration d = t.compareTo(min) < 0 ? min : t;
        return max != null && d.compareTo(max) > 0 ? max : d;
    }

    private List<SpeakerAssignment> assign(List<SpeechSegment> segments) {
        if (dictation) {
            List<SpeakerAssignment> out = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (SpeechSegment s : segments) {
                counts.merge(s.speaker(), 1, Integer::sum);
            }
            counts.forEach((speaker, n) -> out.add(new SpeakerAssignment(speaker, SpeakerRole.CLINICIAN, "clinician",
                    1.0, SpeakerAssignment.Basis.DICTATION, n, List.of("dictation"))));
            return out;
        }
        List<SpeakerAssignment> inferred = SpeakerRoleInference.infer(segments);
        if (overrides.isEmpty()) {
            return inferred;
        }
        Set<SpeakerRole> taken = EnumSet.noneOf(SpeakerRole.class);
        for (SpeakerAssignment a : inferred) {
            overrides.find(a.speaker()).ifPresent(e -> taken.add(e.role()));
        }
        Set<SpeakerRole> free = EnumSet.of(SpeakerRole.CLINICIAN, SpeakerRole.PATIENT);
        free.removeAll(taken);
        for (SpeakerAssignment a : inferred) {
            if (overrides.find(a.speaker()).isEmpty() && a.role() != SpeakerRole.OTHER) {
                free.remove(a.role());
            }
        }
        List<SpeakerAssignment> out = new ArrayList<>(inferred.size());
        for (SpeakerAssignment a : inferred) {
            Optional<SpeakerOverrides.Entry> e = overrides.find(a.speaker());
            if (e.isPresent()) {
                String label = e.get().label().isEmpty() ? SpeakerRoleInference.otherLabel(a.speaker()) : e.get().label();
                out.add(new SpeakerAssignment(a.speaker(), e.get().role(), label, 1.0,
                        SpeakerAssignment.Basis.OVERRIDE, a.utterances(), List.of("override")));
            } else if (a.role() != SpeakerRole.OTHER && taken.contains(a.role())) {
                SpeakerRole role = free.isEmpty() ? SpeakerRole.OTHER : free.iterator().next();
                free.remove(role);
                String label = switch (role) {
                    case CLINICIAN -> "clinician";
                    case PATIENT -> "patient";
                    case OTHER -> SpeakerRoleInference.otherLabel(a.speaker());
                };
                out.add(new SpeakerAssignment(a.speaker(), role, label, 0.5, SpeakerAssignment.Basis.INFERRED,
                        a.utterances(), a.cues()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "AudioTranscriber[transcriber=" + transcriber.name() + ", dictation=" + dictation
                + ", maxUploadBytes=" + maxUploadBytes + "]";
    }

    /**
     * Builds an {@link AudioTranscriber}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Transcriber transcriber;
        private boolean dictation;
        private SpeakerOverrides overrides = SpeakerOverrides.none();
        private long maxUploadBytes = Long.MAX_VALUE;

        private Builder() {
        }

        /**
         * @param transcriber the speech service; required
         * @return this builder
         */
        public Builder transcriber(Transcriber transcriber) {
            this.transcriber = Objects.requireNonNull(transcriber, "transcriber");
            return this;
        }

        /**
         * @param dictation true when one clinician dictates: every utterance becomes CLINICIAN (default false)
         * @return this builder
         */
        public Builder dictation(boolean dictation) {
            this.dictation = dictation;
            return this;
        }

        /**
         * @param overrides roles the caller fixes for some speakers; not null (default none)
         * @return this builder
         */
        public Builder speakerOverrides(SpeakerOverrides overrides) {
            this.overrides = Objects.requireNonNull(overrides, "overrides");
            return this;
        }

        /**
         * @param bytes an upload limit below the transcriber's own, for example for a local server with a small
         *        request limit; positive (default: the transcriber's)
         * @return this builder
         */
        public Builder maxUploadBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxUploadBytes must be positive: " + bytes);
            }
            this.maxUploadBytes = bytes;
            return this;
        }

        /**
         * @return the transcriber
         * @throws NullPointerException when no transcriber was set
         */
        public AudioTranscriber build() {
            return new AudioTranscriber(this);
        }
    }
}
