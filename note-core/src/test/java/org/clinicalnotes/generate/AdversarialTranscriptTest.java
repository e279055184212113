package org.clinicalnotes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An 18 KB turn of one repeated word or symbol used to overflow the stack in the offline drafter. */
class AdversarialTranscriptTest {

    private static final NoteGenerator GENERATOR = NoteGenerator.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"I", "a", "...", "no,", "I am", ",", "0.0.", "um"})
    void generate_survives_an_18_kb_turn_of_one_repeated_word(String word) {
        String turn = (word + " ").repeat(18_000 / (word.length() + 1));
        String text = "[doctor] How have you been since last time?\n[patient] " + turn + "\n[doctor] I see.\n";

        ClinicalNote note = GENERATOR.generate(TranscriptReader.defaults().read(text, "long.txt"),
                NoteRequest.of("soap"));

        assertThat(note.sections()).isNotEmpty();
    }

    /** Found by fuzzing (ReadersFuzzTest): a stray U+0002, the drafter's own verb mark, looped until OOM. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u0002", "\u0003", "\u0004", "\u0005", "\u0002\u0003\u0002"})
    void generate_survives_the_drafters_internal_marks_in_a_transcript(String mark) {
        // a long enough session that a few stray marks are not read as a binary file (CN-1006)
        String text = "Doctor: Any alcohol?\nPatient: No, I " + mark + "stopped, I am fine " + mark + " now.\n"
                + "Doctor: How have you been sleeping since we last met, and how is the new job going?\n".repeat(8);

        ClinicalNote note = GENERATOR.generate(TranscriptReader.defaults().read(text, "marks.txt"),
                NoteRequest.of("soap"));

        assertThat(note.sections()).isNotEmpty();
    }
}
