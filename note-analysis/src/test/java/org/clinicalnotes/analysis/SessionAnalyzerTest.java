package org.clinicalnotes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

class SessionAnalyzerTest {

    private static final SessionAnalyzer ANALYZER = SessionAnalyzer.create();

    static Transcript read(String name) {
        try (InputStream in = SessionAnalyzerTest.class.getResourceAsStream("/analysis/" + name)) {
            return TranscriptReader.defaults().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void webvtt_talk_matches_hand_counts() {
        SessionAnalysis a = ANALYZER.analyze(read("timed.vtt"));
        assertThat(a.speakers()).hasSize(2);
        SessionAnalysis.SpeakerTalk clinician = a.speakers().get(0);
        SessionAnalysis.SpeakerTalk client = a.speakers().get(1);
        assertThat(clinician.role()).isEqualTo(SpeakerRole.CLINICIAN);
        assertThat(clinician.turns()).isEqualTo(2);
        assertThat(clinician.words()).isEqualTo(10);
        assertThat(clinician.seconds()).isEqualTo(7.0);
        assertThat(clinician.wordsPerMinute()).isEqualTo(85.7);
        assertThat(clinician.wordShare()).isEqualTo(0.3333);
        assertThat(client.role()).isEqualTo(SpeakerRole.PATIENT);
        assertThat(client.words()).isEqualTo(20);
        assertThat(client.seconds()).isEqualTo(12.0);
        assertThat(client.wordsPerMinute()).isEqualTo(100.0);
        assertThat(client.wordShare()).isEqualTo(0.6667);
        SessionAnalysis.Timing t = a.timingFigures().orElseThrow();
        assertThat(t.totalSeconds()).isEqualTo(24.5);
        assertThat(t.silenceSeconds()).isEqualTo(5.5);
        assertThat(t.longSilences()).containsExactly("u4");
        assertThat(t.clinicianLatencySeconds()).isEqualTo(0.5);
        assertThat(t.patientLatencySeconds()).isEqualTo(2.5);
    }

    @Test
    void json_talk_matches_hand_counts() {
        SessionAnalysis a = ANALYZER.analyze(read("timed.json"));
        assertThat(a.speakers()).extracting(SessionAnalysis.SpeakerTalk::words).containsExactly(11, 8);
        assertThat(a.speakers()).extracting(SessionAnalysis.SpeakerTalk::wordsPerMinute).containsExactly(165.0, 120.0);
        assertThat(a.speakers()).extracting(SessionAnalysis.SpeakerTalk::wordShare).containsExactly(0.5789, 0.4211);
        assertThat(a.timing().silenceSeconds()).isEqualTo(1.0);
        assertThat(a.timing().clinicianLatencySeconds()).isEqualTo(0.0);
        assertThat(a.timing().longSilences()).isEmpty();
    }

    @Test
    void untimed_transcript_has_no_seconds() {
        SessionAnalysis a = ANALYZER.analyze(read("dev-flat.txt"));
        assertThat(a.speakers()).allSatisfy(s -> {
            assertThat(s.seconds()).isNull();
            assertThat(s.wordsPerMinute()).isNull();
        });
        assertThat(a.timingFigures()).isEmpty();
    }

    @Test
    void one_entry_per_utterance_with_labels_by_role() {
        Transcript t = read("dev-angry.txt");
        SessionAnalysis a = ANALYZER.analyze(t);
        assertThat(a.utterances()).hasSize(t.size());
        for (int i = 0; i < t.size(); i++) {
            SessionAnalysis.UtteranceAnalysis u = a.utterances().get(i);
            assertThat(u.id()).isEqualTo(t.utterances().get(i).id());
            if (u.role() == SpeakerRole.CLINICIAN) {
                assertThat(u.behaviour()).isNotNull();
                assertThat(u.talkType()).isNull();
            } else {
                assertThat(u.talkType()).isNotNull();
                assertThat(u.behaviour()).isNull();
            }
        }
    }

    @Test
    void angry_outburst_is_the_anger_moment() {
        SessionAnalysis a = ANALYZER.analyze(read("dev-angry.txt"));
        assertThat(a.moments()).anySatisfy(m -> {
            assertThat(m.label()).isEqualTo(MomentLabel.ANGER);
            assertThat(m.utteranceIds()).contains("u6");
        });
        assertThat(a.moments()).noneSatisfy(m -> assertThat(m.utteranceIds()).contains("u2"));
    }

    @Test
    void flat_session_has_no_moment() {
        assertThat(ANALYZER.analyze(read("dev-flat.txt")).moments()).isEmpty();
    }

    @Test
    void polite_positive_small_talk_is_not_a_moment() {
        assertThat(ANALYZER.analyze(read("dev-polite.txt")).moments()).isEmpty();
    }

    @Test
    void risk_disclosure_is_a_moment_and_safety_planning_is_named() {
        SessionAnalysis a = ANALYZER.analyze(read("dev-risk.txt"));
        assertThat(a.moments()).anySatisfy(m -> {
            assertThat(m.label()).isEqualTo(MomentLabel.RISK_DISCLOSURE);
            assertThat(m.utteranceIds()).contains("u6");
        });
        assertThat(a.interventions()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(InterventionKind.SAFETY_PLANNING);
            assertThat(i.evidence()).contains("u9");
        });
        assertThat(a.markers()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MarkerKind.HOPELESSNESS);
            assertThat(m.evidence()).containsExactly("u6");
        });
    }

    @Test
    void known_risk_flags_become_moments_without_screening_again() {
        Transcript t = read("dev-flat.txt");
        RiskFlag flag = new RiskFlag(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.PRESENT, RiskFlag.Severity.HIGH,
                List.of("u4"), List.of());
        SessionAnalysis a = ANALYZER.analyze(t, List.of(flag));
        assertThat(a.moments()).singleElement().satisfies(m -> {
            assertThat(m.label()).isEqualTo(MomentLabel.RISK_DISCLOSURE);
            assertThat(m.utteranceIds()).containsExactly("u4");
        });
        RiskFlag denied = new RiskFlag(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.DENIED, RiskFlag.Severity.NONE,
                List.of("u4"), List.of());
        assertThat(ANALYZER.analyze(t, List.of(denied)).moments()).isEmpty();
    }

    @Test
    void summary_counts_add_up_and_bands_follow_miti() {
        SessionAnalysis a = ANALYZER.analyze(read("dev-risk.txt"));
        SessionAnalysis.Summary s = a.summary();
        int clinician = (int) a.utterances().stream().filter(u -> u.role() == SpeakerRole.CLINICIAN).count();
        assertThat(s.behaviours().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(clinician);
        int r = s.behaviours().getOrDefault(Behaviour.REFLECTION, 0);
        int q = s.behaviours().getOrDefault(Behaviour.QUESTION, 0);
        double expected = q == 0 ? r : Math.round(1000.0 * r / q) / 1000.0;
        assertThat(s.reflectionToQuestion()).isEqualTo(expected);
        assertThat(s.reflectionToQuestionBand()).isEqualTo(expected >= 2 ? Band.GOOD
                : expected >= 1 ? Band.FAIR : Band.BELOW_FAIR);
    }

    @Test
    void questions_get_open_or_closed_codes() {
        SessionAnalysis a = ANALYZER.analyze(read("dev-flat.txt"));
        assertThat(a.utterances()).filteredOn(u -> u.behaviour() == Behaviour.QUESTION)
                .allSatisfy(u -> assertThat(u.code()).isIn(MiCode.OPEN_QUESTION, MiCode.CLOSED_QUESTION));
    }

    @Test
    void to_string_holds_no_text() {
        SessionAnalysis a = ANALYZER.analyze(read("dev-risk.txt"));
        assertThat(a.toString()).doesNotContain("pills").doesNotContain("sister");
    }

    @Test
    void json_has_the_contract_fields() {
        Transcript t = read("timed.vtt");
        String json = AnalysisJson.write(ANALYZER.analyze(t));
        assertThat(json).contains("\"schemaVersion\" : 1", "\"speakers\"", "\"wordsPerMinute\"", "\"utterances\"",
                "\"valence\"", "\"arousal\"", "\"intensity\"", "\"moments\"", "\"markers\"", "\"interventions\"",
                "\"summary\"", "\"reflectionToQuestion\"");
        assertThat(json).doesNotContain("lying awake");
    }

    @Test
    void html_is_self_contained_and_escaped() {
        Transcript t = TranscriptReader.defaults().read("Therapist: How are you?\nClient: <script>x</script> awful, "
                + "I'm so angry I could scream!\n", "x.txt");
        String html = AnalysisHtml.render(ANALYZER.analyze(t), t);
        assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("http://")
                .doesNotContain("https://");
        String md = AnalysisMarkdown.render(ANALYZER.analyze(t), t);
        assertThat(md).contains("## Moments");
    }
}
