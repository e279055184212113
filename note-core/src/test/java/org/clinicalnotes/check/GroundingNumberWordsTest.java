package org.clinicalnotes.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class GroundingNumberWordsTest {

    private static final Transcript T = Transcript.ofTurns("t", List.of(
            new Turn(Speaker.CLINICIAN, "What dose are you on?"),
            new Turn(Speaker.PATIENT, "Two milligrams at night, and levothyroxine eighty-eight micrograms.")));

    @Test
    void a_single_number_word_or_a_hyphenated_tens_word_supports_its_digits() {
        assertThat(GroundingCheck.create().isSupported(
                NoteStatement.of("2 mg at night.", List.of("u2")), T)).isTrue();
        assertThat(GroundingCheck.create().isSupported(
                NoteStatement.of("Levothyroxine 88 mcg.", List.of("u2")), T)).isTrue();
    }

    @Test
    void a_number_the_utterance_does_not_say_is_unsupported() {
        assertThat(GroundingCheck.create().isSupported(
                NoteStatement.of("3 mg at night.", List.of("u2")), T)).isFalse();
        assertThat(GroundingCheck.create().isSupported(
                NoteStatement.of("Levothyroxine 80 mcg.", List.of("u2")), T)).isFalse();
    }
}
