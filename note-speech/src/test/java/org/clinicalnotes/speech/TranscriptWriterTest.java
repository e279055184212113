package org.clinicalnotes.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class TranscriptWriterTest {

    static final Transcript T = new Transcript(List.of(
            new Utterance("u1", Speaker.of(SpeakerRole.CLINICIAN, "clinician"), "What brings you in?",
                    Duration.ofMillis(500), Duration.ofMillis(1800)),
            new Utterance("u2", Speaker.of(SpeakerRole.PATIENT, "patient"), "A cough,\nfor two weeks.",
                    Duration.ofMillis(2000), Duration.ofMillis(3900)),
            new Utterance("u3", Speaker.of(SpeakerRole.OTHER, "speaker_2"), "She coughs at night <a lot>.",
                    Duration.ofMillis(4000), Duration.ofMillis(6250))), "visit.wav");

    static void sameConversation(Transcript read, boolean times) {
        sameConversation(read, times, true);
    }

    static void sameConversation(Transcript read, boolean times, boolean oneLine) {
        assertThat(read.utterances()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Utterance a = T.utterances().get(i);
            Utterance b = read.utterances().get(i);
            assertThat(b.role()).isEqualTo(a.role());
            assertThat(b.speaker().label()).isEqualTo(a.speaker().label());
            assertThat(b.text()).isEqualTo(oneLine ? a.text().replace("\n", " ") : a.text());
            if (times) {
                assertThat(b.start()).isEqualTo(a.start());
                assertThat(b.end()).isEqualTo(a.end());
            }
        }
    }

    @Test
    void tagged_text_reads_back_with_roles() {
        String text = TranscriptWriter.text(T);

        assertThat(text).startsWith("[clinician] What brings you in?\n[patient] A cough, for two weeks.\n");
        sameConversation(TranscriptReader.defaults().read(text, "t.txt"), false);
    }

    @Test
    void webvtt_reads_back_with_times() {
        String vtt = TranscriptWriter.webVtt(T);

        assertThat(vtt).contains("00:00:00.500 --> 00:00:01.800");
        sameConversation(TranscriptReader.defaults().read(vtt, "t.vtt"), true);
    }

    @Test
    void json_reads_back_and_carries_the_speaker_assignments() {
        TranscribedAudio audio = new TranscribedAudio(T, List.of(new SpeakerAssignment("0", SpeakerRole.CLINICIAN,
                "clinician", 0.93, SpeakerAssignment.Basis.INFERRED, 1, List.of("questions=1"))), 1, "test");
        String json = TranscriptWriter.json(audio);

        assertThat(json).contains("\"confidence\" : 0.93").contains("\"basis\" : \"inferred\"");
        sameConversation(TranscriptReader.defaults().read(json, "t.json"), true, false);
    }
}
