package org.clinicalnotes.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class SeededDeidentifyTest {

    private static final SafeHarborDeidentifier SHARED = SafeHarborDeidentifier.create();

    private static List<String> lines(DeidentifiedTranscript d) {
        return d.redaction().transcript().utterances().stream().map(u -> u.speaker().label() + ": " + u.text()).toList();
    }

    @Test
    void a_seed_per_call_gives_what_a_de_identifier_built_with_that_seed_gives() throws IOException {
        Transcript t = TranscriptReader.defaults().read("""
                [doctor] good morning , i am doctor patel . what is your name and date of birth ?
                [patient] maria gonzalez , march third nineteen seventy two . i live at 14 elm street in springfield .
                [doctor] and a phone number ?
                [patient] 555-201-3344 . my daughter anna drove me in on 03/14/2024 .
                """, "test");
        for (long seed : new long[] {0L, 7L, -3L, Long.MAX_VALUE}) {
            DeidentifiedTranscript built = SafeHarborDeidentifier.builder().seed(seed).build().deidentify(t);
            DeidentifiedTranscript shared = SHARED.deidentify(t, seed);
            assertThat(lines(shared)).isEqualTo(lines(built));
            assertThat(shared.textSpans()).isEqualTo(built.textSpans());
            assertThat(shared.redaction().vault().reidentify(String.join("\n", lines(shared))))
                    .isEqualTo(built.redaction().vault().reidentify(String.join("\n", lines(built))));
        }
        assertThat(lines(SHARED.deidentify(t, 1L))).isNotEqualTo(lines(SHARED.deidentify(t, 2L)));
        assertThat(String.join("\n", lines(SHARED.deidentify(t, 1L)))).doesNotContain("gonzalez", "elm street", "555-201");
    }

    @Test
    void a_seed_per_call_overrides_the_built_seed_and_keeps_a_fixed_shift() throws IOException {
        Transcript t = TranscriptReader.defaults().read(Files.readString(Path.of("../examples/samples/therapy-session.txt")), "s");
        SafeHarborDeidentifier seeded = SafeHarborDeidentifier.builder().seed(99).dateShiftDays(45).build();
        assertThat(lines(seeded.deidentify(t, 5L)))
                .isEqualTo(lines(SafeHarborDeidentifier.builder().seed(5).dateShiftDays(45).build().deidentify(t)));
        assertThat(t.utterances()).extracting(Utterance::id)
                .isEqualTo(seeded.deidentify(t, 5L).redaction().transcript().utterances().stream().map(Utterance::id).toList());
    }
}
