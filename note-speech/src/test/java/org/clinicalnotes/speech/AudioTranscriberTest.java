package org.clinicalnotes.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class AudioTranscriberTest {

    static final int RATE = 8000;

    /** Bursts of a 440 Hz tone, {@code tone} seconds each, separated by {@code gap} seconds of silence. */
    static byte[] toneAndSilence(int bursts, double tone, double gap) {
        int toneN = (int) (tone * RATE);
        int gapN = (int) (gap * RATE);
        short[] s = new short[bursts * (toneN + gapN)];
        for (int b = 0; b < bursts; b++) {
            int base = b * (toneN + gapN);
            for (int i = 0; i < toneN; i++) {
                s[base + i] = (short) (12000 * Math.sin(2 * Math.PI * 440 * i / RATE));
            }
        }
        return WavAudio.pcm16(s, RATE);
    }

    /**
     * A transcriber that "hears" tone bursts: it decodes the WAV it is sent and returns one segment per run of
     * loud 10 ms frames, with times relative to that upload. Stands in for a speech service so that stitching can
     * be checked against where the bursts really are.
     */
    static final class EnergyTranscriber implements Transcriber {
        final List<Integer> uploadSizes = new ArrayList<>();
        final long limit;

        EnergyTranscriber(long limit) {
            this.limit = limit;
        }

        @Override
        public Transcription transcribe(AudioInput audio) {
            assertThat((long) audio.size()).isLessThanOrEqualTo(limit);
            uploadSizes.add(audio.size());
            byte[] b = audio.content();
            WavAudio wav = WavAudio.parse(b, audio.source());
            int frame = RATE / 100;
            List<SpeechSegment> out = new ArrayList<>();
            long runStart = -1;
            for (long f = 0; f + frame <= wav.frames(); f += frame) {
                double sum = 0;
                for (long i = f; i < f + frame; i++) {
                    double v = wav.level(b, i);
                    sum += v * v;
                }
                boolean loud = Math.sqrt(sum / frame) > 0.05;
                if (loud && runStart < 0) {
                    runStart = f;
                } else if (!loud && runStart >= 0) {
                    out.add(SpeechSegment.of("", "burst", runStart / (double) RATE, f / (double) RATE));
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                out.add(SpeechSegment.of("", "burst", runStart / (double) RATE, wav.frames() / (double) RATE));
            }
            return new Transcription(out, "energy");
        }

        @Override
        public long maxUploadBytes() {
            return limit;
        }

        @Override
        public String name() {
            return "energy";
        }
    }

    @Test
    void splits_long_wav_on_silence_and_stitches_monotonic_times() {
        // 12 bursts of 1.0 s tone + 0.5 s silence = 18 s, 288 kB; the limit forces about 6 parts.
        AudioInput audio = AudioInput.of(toneAndSilence(12, 1.0, 0.5), "long.wav");
        EnergyTranscriber service = new EnergyTranscriber(60_000);

        TranscribedAudio result = AudioTranscriber.builder().transcriber(service).dictation(true).build()
                .transcribe(audio);

        assertThat(result.parts()).isGreaterThan(4).isEqualTo(service.uploadSizes.size());
        List<Utterance> us = result.transcript().utterances();
        // every burst is heard once and whole: the cuts fell in the silences
        assertThat(us).hasSize(12);
        Duration previousStart = Duration.ZERO;
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            assertThat(u.start()).isGreaterThanOrEqualTo(previousStart);
            assertThat(u.end()).isGreaterThan(u.start());
            assertThat(u.start().toMillis() / 1000.0).isCloseTo(1.5 * i, within(0.02));
            assertThat(u.end().toMillis() / 1000.0).isCloseTo(1.5 * i + 1.0, within(0.02));
            previousStart = u.start();
        }
    }

    @Test
    void cuts_at_the_quietest_window() {
        byte[] wav = toneAndSilence(3, 1.0, 0.5);
        WavAudio w = WavAudio.parse(wav, "t.wav");

        long cut = AudioChunker.quietestCut(wav, w, 0, (long) (2.4 * RATE), RATE / 50);

        // the only silence in [1.2 s, 2.4 s) is 1.0–1.5 s
        assertThat(cut / (double) RATE).isBetween(1.0, 1.5);
    }

    @Test
    void rejects_compressed_audio_over_the_limit_with_advice() throws Exception {
        AudioInput mp3 = AudioInput.of(AudioInputTest.fixture("cough.mp3"), "visit.mp3");
        AudioTranscriber at = AudioTranscriber.builder().transcriber(new EnergyTranscriber(1_000)).build();

        assertThatThrownBy(() -> at.transcribe(mp3)).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.code()).isEqualTo("CN-1705");
            assertThat(e.getMessage()).contains("convert it to WAV").contains("raise the upload limit");
        });
    }

    @Test
    void keeps_times_inside_each_part_when_the_service_overshoots() {
        List<SpeechSegment> out = new ArrayList<>();
        AudioChunker.Chunk first = new AudioChunker.Chunk(null, Duration.ZERO, Duration.ofSeconds(10));
        AudioChunker.Chunk second = new AudioChunker.Chunk(null, Duration.ofSeconds(10), Duration.ofSeconds(10));

        Duration floor = AudioTranscriber.stitch(List.of(SpeechSegment.of("", "a", 0, 4),
                SpeechSegment.of("", "b", 8, 10.7)), first, Duration.ZERO, out);
        AudioTranscriber.stitch(List.of(SpeechSegment.of("", "c", 0, 3), SpeechSegment.of("", "d", 2.5, 3.5),
                SpeechSegment.of("", "  ", 4, 5)), second, floor, out);

        assertThat(out).extracting(SpeechSegment::text).containsExactly("a", "b", "c", "d");
        assertThat(out.get(1).end()).isEqualTo(Duration.ofSeconds(10));
        assertThat(out.get(2).start()).isEqualTo(Duration.ofSeconds(10));
        assertThat(out.get(3).start()).isEqualTo(Duration.ofMillis(12_500));
    }

    @Test
    void rejects_audio_in_which_nothing_was_recognised() {
        AudioInput silence = AudioInput.of(WavAudio.pcm16(new short[8000], RATE), "quiet.wav");
        AudioTranscriber at = AudioTranscriber.builder().transcriber(new EnergyTranscriber(1_000_000)).build();

        assertThatThrownBy(() -> at.transcribe(silence)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.code()).isEqualTo("CN-1709"));
    }

    static Transcriber fixed(List<SpeechSegment> segments) {
        return new Transcriber() {
            @Override
            public Transcription transcribe(AudioInput audio) {
                return new Transcription(segments, "fixed");
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
    }

    @Test
    void dictation_makes_every_utterance_the_clinicians() throws Exception {
        AudioInput wav = AudioInput.of(AudioInputTest.fixture("cough.wav"), "dictation.wav");
        Transcriber t = fixed(List.of(SpeechSegment.of("", "Patient reports a cough for two weeks.", 0, 2),
                SpeechSegment.of("", "Plan: chest x-ray and follow up in one week.", 2, 4)));

        TranscribedAudio r = AudioTranscriber.builder().transcriber(t).dictation(true).build().transcribe(wav);

        assertThat(r.transcript().utterances()).allMatch(u -> u.role() == SpeakerRole.CLINICIAN);
        assertThat(r.speakers()).singleElement().satisfies(a -> {
            assertThat(a.basis()).isEqualTo(SpeakerAssignment.Basis.DICTATION);
            assertThat(a.confidence()).isEqualTo(1.0);
        });
    }

    @Test
    void overrides_replace_inferred_roles_and_the_other_speaker_takes_the_free_role() throws Exception {
        AudioInput wav = AudioInput.of(AudioInputTest.fixture("cough.wav"), "visit.wav");
        // speaker 0 sounds like the clinician, but the caller says speaker 1 is
        Transcriber t = fixed(List.of(SpeechSegment.of("0", "How long have you had the cough?", 0, 2),
                SpeechSegment.of("1", "About two weeks.", 2, 3)));

        TranscribedAudio r = AudioTranscriber.builder().transcriber(t)
                .speakerOverrides(SpeakerOverrides.parse("1=clinician")).build().transcribe(wav);

        assertThat(r.transcript().utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.PATIENT, SpeakerRole.CLINICIAN);
        assertThat(r.speakers().get(1).basis()).isEqualTo(SpeakerAssignment.Basis.OVERRIDE);
    }

    @Test
    void rejects_malformed_speaker_overrides() {
        assertThatThrownBy(() -> SpeakerOverrides.parse("0:clinician")).isInstanceOfSatisfying(
                BadInputException.class, e -> assertThat(e.code()).isEqualTo("CN-1707"));
        assertThatThrownBy(() -> SpeakerOverrides.parse("0=clinician,0=patient")).isInstanceOf(
                BadInputException.class);
        assertThat(SpeakerOverrides.parse("0=doctor,speaker_2=Mother").find("2")).hasValueSatisfying(e -> {
            assertThat(e.role()).isEqualTo(SpeakerRole.OTHER);
            assertThat(e.label()).isEqualTo("Mother");
        });
        assertThat(SpeakerOverrides.parse("0=doctor").find("0").orElseThrow().label()).isEqualTo("clinician");
    }
}
