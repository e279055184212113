package org.clinicalnotes.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class VisitKindTest {

    private static Transcript transcript(String... lines) {
        List<Turn> turns = new ArrayList<>();
        for (String line : lines) {
            turns.add(new Turn(line.startsWith("D:") ? Speaker.CLINICIAN : Speaker.PATIENT, line.substring(2).strip()));
        }
        return Transcript.ofTurns("test", turns);
    }

    @Test
    void psychotherapy_session_gets_a_birp_note() {
        Transcript t = transcript("D: Last session we worked on the thought record. How did the homework go?",
                "P: I noticed the anxious thoughts more, and the breathing exercise helped with the panic.",
                "D: Let's look at the evidence for that thought and practice a coping skill.",
                "P: My mood is a bit better and I feel less guilt.");

        assertThat(VisitKind.detect(t)).isEqualTo(VisitKind.PSYCHOTHERAPY);
        assertThat(VisitKind.detect(t).templateId()).isEqualTo("birp");
    }

    @Test
    void psychiatric_intake_gets_the_intake_note() {
        Transcript t = transcript("D: This is your intake visit. What brings you in today?",
                "P: My depression and anxiety have been bad for months.",
                "D: Any psychiatric history? Have you ever been hospitalized?",
                "P: I was on sertraline once. My mother had bipolar disorder.");

        assertThat(VisitKind.detect(t)).isEqualTo(VisitKind.PSYCHIATRIC_INTAKE);
    }

    @Test
    void referral_gets_a_consult_and_anything_else_a_soap_note() {
        assertThat(VisitKind.detect(transcript("D: Your primary care doctor referred you for the knee pain.",
                "P: Yes, it swells after running."))).isEqualTo(VisitKind.SPECIALTY);
        assertThat(VisitKind.detect(transcript("D: How is the cough?", "P: Better since the inhaler.")))
                .isEqualTo(VisitKind.PRIMARY_CARE);
    }

    @Test
    void one_clinician_speaking_is_a_dictation() {
        assertThat(VisitKind.isDictation(transcript("D: Subjective. Cough for two weeks.", "D: Plan. Inhaler.")))
                .isTrue();
        assertThat(VisitKind.isDictation(transcript("D: How is the cough?", "P: Better."))).isFalse();
    }

    @Test
    void the_shipped_cues_stay_inside_a_line_so_utterances_are_searched_joined() {
        assertThat(VisitKind.JOINABLE).isTrue();
        assertThat(VisitKind.staysInALine(java.util.regex.Pattern.compile("\\b(?:x-?ray|hospitali[sz]ed|depress\\w*)\\b")))
                .isTrue();
        for (String r : List.of("\\b(?:blood\\spressure)\\b", "\\b(?:a.b)\\b", "\\b[^a]b", "\\bfoo$", "\\bfoo\\W")) {
            assertThat(VisitKind.staysInALine(java.util.regex.Pattern.compile(r))).as(r).isFalse();
        }
        assertThat(VisitKind.staysInALine(java.util.regex.Pattern.compile("\\bfoo", java.util.regex.Pattern.DOTALL)))
                .isFalse();
    }

    @Test
    void joined_search_counts_what_a_search_per_utterance_counts() throws Exception {
        List<Transcript> all = new ArrayList<>();
        for (String name : List.of("therapy.txt", "speaker-colon.txt", "tagged.txt", "turns.json")) {
            try (java.io.InputStream in = VisitKindTest.class.getResourceAsStream("/transcripts/" + name)) {
                all.add(org.clinicalnotes.transcript.TranscriptReader.defaults().read(
                        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), name));
            }
        }
        // random turns from the cues' own words, cut and joined so that cues meet utterance edges
        String[] words = {"blood", "pressure", "x-ray", "xray", "first", "visit", "here", "with", "me", "us",
            "referred", "you", "by", "to", "therapy", "therapist", "skills", "depressed", "mood", "Panic", "PAIN",
            "grew", "up", "tell", "about", "a", "little", "yourself", "consult", "second", "opinion", "hospitalised",
            "ever", "been", "the", "and", ",", ".", "?", "\n", "-", "'", "mg", "labs", "feelings", "é", "cbt's"};
        java.util.Random rnd = new java.util.Random(20);
        int matched = 0;
        for (int t = 0; t < 400; t++) {
            String[] lines = new String[1 + rnd.nextInt(6)];
            for (int l = 0; l < lines.length; l++) {
                StringBuilder sb = new StringBuilder(l % 2 == 0 ? "D: " : "P: ");
                int n = 1 + rnd.nextInt(12);
                for (int w = 0; w < n; w++) {
                    sb.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(5) == 0 ? "" : " ");
                }
                lines[l] = sb.toString().strip().length() > 2 ? sb.toString().strip() : "D: mood";
            }
            all.add(transcript(lines));
        }
        for (Transcript t : all) {
            int[] joined = VisitKind.cueCounts(t.utterances(), true);
            assertThat(joined).as(t.source()).isEqualTo(VisitKind.cueCounts(t.utterances(), false));
            matched += java.util.Arrays.stream(joined).sum();
        }
        assertThat(matched).isGreaterThan(500);
    }
}
