package org.clinicalnotes.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptReaderTest {

    private final TranscriptReader reader = TranscriptReader.defaults();

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ TAGGED

    @Test
    void reads_tagged_lines_with_continuations() {
        Transcript t = reader.read(fixture("tagged.txt"));

        assertThat(t.utterances()).extracting(Utterance::id)
                .containsExactly("u1", "u2", "u3", "u4", "u5", "u6", "u7");
        assertThat(t.utterances()).extracting(u -> u.speaker().label())
                .containsExactly("doctor", "patient", "doctor", "patient_guest", "patient", "doctor", "patient");
        assertThat(t.utterances()).extracting(Utterance::role).containsExactly(SpeakerRole.CLINICIAN,
                SpeakerRole.PATIENT, SpeakerRole.CLINICIAN, SpeakerRole.OTHER, SpeakerRole.PATIENT,
                SpeakerRole.CLINICIAN, SpeakerRole.PATIENT);
        assertThat(t.utterances().get(1).text())
                .isEqualTo("not great . my knee has been hurting for about two weeks . "
                        + "it gets worse when i climb stairs .");
        assertThat(t.utterances().get(0).startTime()).isEmpty();
        assertThat(t.source()).endsWith("tagged.txt");
    }

    @Test
    void tagged_inaudible_annotation_continues_the_previous_turn() {
        Transcript t = reader.read(fixture("tagged.txt"));

        Utterance u6 = t.utterance("u6").orElseThrow();
        assertThat(u6.role()).isEqualTo(SpeakerRole.CLINICIAN);
        assertThat(u6.text()).endsWith("generic one [ inaudible 00:09:25 ] if it keeps swelling , call us .");
    }

    @Test
    void tagged_annotations_are_not_speakers() {
        Transcript t = reader.read("[doctor] hello .\n[laughter] yes .\n[inaudible] then\n[00:01:02] ok\n"
                + "[Dr. Lee] hi\n[SPEAKER_01] hey", "a.txt");

        assertThat(t.utterances()).extracting(u -> u.speaker().label())
                .containsExactly("doctor", "Dr. Lee", "SPEAKER_01");
        assertThat(t.utterances().get(0).text()).isEqualTo("hello . [laughter] yes . [inaudible] then [00:01:02] ok");
        assertThat(t.utterances().get(1).role()).isEqualTo(SpeakerRole.CLINICIAN);
    }

    @Test
    void text_before_the_first_turn_is_an_unknown_other_speaker() {
        Transcript t = reader.read("hi , how are you ?\n[patient] fine .\n[doctor] good .", "lead.txt");

        assertThat(t.utterances().get(0).speaker()).isEqualTo(Speaker.of(SpeakerRole.OTHER, "unknown"));
        assertThat(t.utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.OTHER, SpeakerRole.PATIENT, SpeakerRole.CLINICIAN);
    }

    @Test
    void tag_without_text_is_dropped_and_numbering_stays_dense() {
        Transcript t = reader.read("[doctor] one\n[patient]\n[doctor] two", "gap.txt");

        assertThat(t.utterances()).extracting(Utterance::id).containsExactly("u1", "u2");
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("one", "two");
    }

    // ------------------------------------------------------------------ SPEAKER_COLON

    @Test
    void reads_speaker_colon_lines_with_stray_spaces_and_typos() {
        Transcript t = reader.read(fixture("speaker-colon.txt"));

        assertThat(t.utterances()).extracting(u -> u.speaker().label()).containsExactly("Doctor", "Patient",
                "Doctor", "Patient", "Guest_family", "Gest_family", "Guest_clinican", "Doctor_2", "Dr. Smith",
                "Maria");
        assertThat(t.utterances()).extracting(Utterance::role).containsExactly(SpeakerRole.CLINICIAN,
                SpeakerRole.PATIENT, SpeakerRole.CLINICIAN, SpeakerRole.PATIENT, SpeakerRole.OTHER,
                SpeakerRole.OTHER, SpeakerRole.CLINICIAN, SpeakerRole.CLINICIAN, SpeakerRole.CLINICIAN,
                SpeakerRole.OTHER);
        assertThat(t.utterances().get(1).text()).isEqualTo("I have had a cough for three weeks. It is worse at night.");
    }

    @Test
    void speaker_colon_does_not_start_turns_at_notes_or_times() {
        Transcript t = reader.read(fixture("speaker-colon.txt"));

        assertThat(t.utterance("u4").orElseThrow().text()).isEqualTo(
                "No fever. Note: the cough is dry, she says. We will meet again at 10:30 on Friday, if that works.");
    }

    @Test
    void speaker_colon_needs_a_name_like_label_for_several_words() {
        Transcript t = reader.read("Doctor: How is it?\nPatient reports: this is a sentence.\n"
                + "Mary Jane Watson: I am the aunt.\nhttps://example.org is the site\nCC: knee pain", "w.txt");

        assertThat(t.utterances()).extracting(u -> u.speaker().label()).containsExactly("Doctor", "Mary Jane Watson");
        assertThat(t.utterances().get(0).text())
                .isEqualTo("How is it? Patient reports: this is a sentence.");
        assertThat(t.utterances().get(1).text()).endsWith("CC: knee pain");
    }

    @Test
    void speaker_colon_keeps_a_quote_left_by_csv_export_out_of_the_label() {
        Transcript t = reader.read("\"Doctor: Are you married?\nPatient: Yes.\"", "q.txt");

        assertThat(t.utterances()).extracting(u -> u.speaker().label()).containsExactly("Doctor", "Patient");
    }

    @Test
    void reads_therapy_labels() {
        Transcript t = reader.read(fixture("therapy.txt"));

        assertThat(t.utterances()).extracting(Utterance::role).containsExactly(SpeakerRole.CLINICIAN,
                SpeakerRole.PATIENT, SpeakerRole.CLINICIAN, SpeakerRole.CLINICIAN, SpeakerRole.PATIENT);
    }

    @Test
    void reads_therapist_and_client_tags() {
        Transcript t = reader.read("[therapist] how was the week ?\n[client] better .", "s.txt");

        assertThat(t.utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.CLINICIAN, SpeakerRole.PATIENT);
    }

    // ------------------------------------------------------------------ WEBVTT

    @Test
    void reads_webvtt_cues_with_voices_and_times() {
        Transcript t = reader.read(fixture("visit.vtt"));

        assertThat(t.utterances()).extracting(u -> u.speaker().label())
                .containsExactly("Dr. Rivera", "Patient", "Patient", "Mother");
        assertThat(t.utterances()).extracting(Utterance::role).containsExactly(SpeakerRole.CLINICIAN,
                SpeakerRole.PATIENT, SpeakerRole.PATIENT, SpeakerRole.OTHER);
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("Good morning, what brings you in?",
                "My knee hurts & it is swollen.", "Since last week.", "She fell while skating.");
        Utterance first = t.utterances().get(0);
        assertThat(first.start()).isEqualTo(Duration.ofSeconds(1));
        assertThat(first.end()).isEqualTo(Duration.ofMillis(4500));
        assertThat(t.utterances().get(1).start()).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.utterances().get(1).end()).isEqualTo(Duration.ofMillis(8250));
    }

    @Test
    void webvtt_cue_without_a_voice_is_unknown_at_first() {
        Transcript t = reader.read(fixture("unvoiced.vtt"));

        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(
                Speaker.of(SpeakerRole.OTHER, "unknown"), Speaker.of(SpeakerRole.CLINICIAN, "Nurse"));
    }

    @Test
    void webvtt_cue_with_two_voices_gives_two_utterances() {
        Transcript t = reader.read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Doctor>Pain?</v> <v Patient>No.</v>\n",
                "two.vtt");

        assertThat(t.utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.CLINICIAN, SpeakerRole.PATIENT);
        assertThat(t.utterances()).allSatisfy(u -> assertThat(u.start()).isEqualTo(Duration.ofSeconds(1)));
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void reads_json_array_with_times() {
        Transcript t = reader.read(fixture("turns.json"));

        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("Any chest pain?", "No, none.",
                "He says no.");
        assertThat(t.utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.CLINICIAN, SpeakerRole.PATIENT, SpeakerRole.OTHER);
        assertThat(t.utterances().get(0).start()).isEqualTo(Duration.ofMillis(1500));
        assertThat(t.utterances().get(0).end()).isEqualTo(Duration.ofSeconds(3));
        assertThat(t.utterances().get(1).start()).isEqualTo(Duration.ofMillis(3250));
        assertThat(t.utterances().get(1).end()).isEqualTo(Duration.ofSeconds(4));
        assertThat(t.utterances().get(2).startTime()).isEmpty();
    }

    @Test
    void reads_json_utterances_object() {
        Transcript t = reader.read(fixture("utterances.json"));

        assertThat(t.utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.CLINICIAN, SpeakerRole.PATIENT);
        assertThat(t.utterances()).extracting(Utterance::id).containsExactly("u1", "u2");
    }

    // ------------------------------------------------------------------ detection, encoding, options

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[doctor] hi\\n[patient] hello                      | TAGGED",
        "Doctor: hi\\nPatient: hello                        | SPEAKER_COLON",
        "WEBVTT\\n\\n00:01.000 --> 00:02.000\\n<v A>hi      | WEBVTT",
        "[{\"speaker\": \"doctor\", \"text\": \"hi\"}]      | JSON",
        "  {\"utterances\": []}                             | JSON",
        "[doctor] note: hi\\n[patient] Re: hello          | TAGGED",
    })
    void detects_the_format_from_the_content(String text, TranscriptFormat expected) {
        assertThat(reader.detectFormat(text.replace("\\n", "\n"))).contains(expected);
    }

    @Test
    void detect_format_is_empty_without_turns_and_fixed_when_forced() {
        assertThat(reader.detectFormat("just prose.")).isEmpty();
        TranscriptReader forced = TranscriptReader.builder().format(TranscriptFormat.JSON).build();
        assertThat(forced.detectFormat("just prose.")).contains(TranscriptFormat.JSON);
    }

    @Test
    void forced_format_is_used_instead_of_detection() {
        String text = "Doctor: [doctor] is what the tag looks like\nPatient: ok";
        TranscriptReader colon = TranscriptReader.builder().format(TranscriptFormat.SPEAKER_COLON).build();
        assertThat(colon.read(text, "f.txt").utterances()).extracting(u -> u.speaker().label())
                .containsExactly("Doctor", "Patient");

        TranscriptReader tagged = TranscriptReader.builder().format(TranscriptFormat.TAGGED).build();
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> tagged.read(text, "f.txt"));
        assertBadInput(e, "CN-1008", "f.txt");
    }

    @Test
    void strips_bom_and_handles_crlf() {
        byte[] body = "[doctor] hi there\r\nsecond line\r\n[patient] hello\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Transcript fromBytes = reader.read(bytes, "bom.txt");
        Transcript fromString = reader.read("\uFEFFDoctor: hi there\r\nsecond line\rPatient: hello", "bom.txt");

        assertThat(fromBytes.utterances()).extracting(Utterance::text).containsExactly("hi there second line", "hello");
        assertThat(fromBytes.utterances().get(0).speaker().label()).isEqualTo("doctor");
        assertThat(fromString.utterances()).extracting(Utterance::text)
                .containsExactly("hi there second line", "hello");
        assertThat(fromString.utterances().get(0).speaker().label()).isEqualTo("Doctor");
    }

    @Test
    void role_override_wins_over_the_default_mapping() {
        TranscriptReader r = TranscriptReader.builder()
                .roleOverride("maria", SpeakerRole.PATIENT)
                .roleOverride("Dr. Lee", SpeakerRole.OTHER)
                .build();

        Transcript t = r.read("Dr. Lee: hi\nMARIA: hello\nDoctor: welcome", "o.txt");

        assertThat(t.utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.OTHER, SpeakerRole.PATIENT, SpeakerRole.CLINICIAN);
        assertThat(t.utterances().get(1).speaker().label()).isEqualTo("MARIA");
        assertThat(r.toBuilder().build().read("maria: x", "o.txt").utterances().get(0).role())
                .isEqualTo(SpeakerRole.PATIENT);
    }

    @Test
    void builder_has_defaults_and_rejects_bad_values() {
        TranscriptReader d = TranscriptReader.defaults();
        assertThat(d.format()).isEqualTo(TranscriptFormat.AUTO);
        assertThat(d.maxBytes()).isEqualTo(5L * 1024 * 1024).isEqualTo(TranscriptReader.DEFAULT_MAX_BYTES);
        TranscriptReader r = TranscriptReader.builder().format(TranscriptFormat.WEBVTT).maxBytes(10).build();
        assertThat(r.toBuilder().build().format()).isEqualTo(TranscriptFormat.WEBVTT);
        assertThat(r.toBuilder().build().maxBytes()).isEqualTo(10);
        assertThat(r.toString()).contains("WEBVTT").contains("10");

        assertThatThrownBy(() -> TranscriptReader.builder().maxBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TranscriptReader.builder().format(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TranscriptReader.builder().roleOverride(" ", SpeakerRole.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.read((String) null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.read("[doctor] hi", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void one_reader_serves_many_threads() {
        String text = "[doctor] hi\n[patient] hello\n";
        List<CompletableFuture<Integer>> futures = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> reader.read(text, "t" + i).size()))
                .toList();

        assertThat(futures).allSatisfy(f -> assertThat(f.join()).isEqualTo(2));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void rejects_missing_path() {
        Path missing = dir.resolve("nope.txt");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> reader.read(missing));

        assertBadInput(e, "CN-1001", "nope.txt");
        assertThat(e.getMessage()).contains("does not exist");
    }

    @Test
    void rejects_a_folder() {
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> reader.read(dir));

        assertBadInput(e, "CN-1002", dir.getFileName().toString());
    }

    @Test
    void rejects_an_unreadable_file() throws IOException {
        Path p = write("locked.txt", "[doctor] hi".getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(p), "running with privileges that ignore permissions");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> reader.read(p));

        assertBadInput(e, "CN-1003", "locked.txt");
    }

    @Test
    void rejects_empty_file() throws IOException {
        Path p = write("empty.txt", new byte[0]);

        assertBadInput(catchThrowableOfType(BadInputException.class, () -> reader.read(p)), "CN-1004", "empty.txt");
        assertBadInput(catchThrowableOfType(BadInputException.class, () -> reader.read(" \n\t\r\n", "blank.txt")),
                "CN-1004", "blank.txt");
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom-only.txt")),
                "CN-1004", "bom-only.txt");
    }

    @Test
    void rejects_file_over_the_size_limit_saying_the_limit_and_how_to_raise_it() throws IOException {
        Path p = write("big.txt", "[doctor] hello there\n[patient] hi\n".getBytes(StandardCharsets.UTF_8));
        TranscriptReader small = TranscriptReader.builder().maxBytes(10).build();

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> small.read(p));

        assertBadInput(e, "CN-1005", "big.txt");
        assertThat(e.getMessage()).contains("limit of 10 bytes").contains("TranscriptReader.builder().maxBytes").doesNotContain("--");
        String accents = "[doctor] \u00e9\u00e9\u00e9\u00e9"; // 9 + 8 bytes in UTF-8
        assertBadInput(catchThrowableOfType(BadInputException.class, () -> small.read(accents, "s.txt")),
                "CN-1005", "s.txt");
    }

    @Test
    void rejects_binary_file() throws IOException {
        Path png = write("scan.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 200; i += 20) {
            controls[i] = 0x01;
        }

        assertBadInput(catchThrowableOfType(BadInputException.class, () -> reader.read(png)), "CN-1006", "scan.bin");
        assertBadInput(catchThrowableOfType(BadInputException.class, () -> reader.read(controls, "ctl.txt")),
                "CN-1006", "ctl.txt");
        assertBadInput(catchThrowableOfType(BadInputException.class, () -> reader.read("[doctor] a\0b", "nul.txt")),
                "CN-1006", "nul.txt");
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read("%PDF-1.7\n[doctor] hi".getBytes(StandardCharsets.UTF_8), "doc.pdf")),
                "CN-1006", "doc.pdf");
    }

    @Test
    void rejects_invalid_utf8_with_the_line_of_the_first_bad_byte() throws IOException {
        Path p = write("latin1.txt",
                "[doctor] hello\n[patient] caf\u00e9 au lait\n[doctor] ok\n".getBytes(StandardCharsets.ISO_8859_1));

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> reader.read(p));

        assertBadInput(e, "CN-1007", "latin1.txt");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("line 2").contains("UTF-8");
    }

    @Test
    void rejects_utf16_with_a_hint_to_save_as_utf8() {
        byte[] utf16 = "\uFEFF[doctor] hi".getBytes(StandardCharsets.UTF_16LE);

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> reader.read(utf16, "wide.txt"));

        assertBadInput(e, "CN-1007", "wide.txt");
        assertThat(e.getMessage()).contains("UTF-16");
    }

    @Test
    void rejects_text_without_speaker_turns() {
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> reader.read(fixture("prose.txt")));

        assertBadInput(e, "CN-1008", "prose.txt");
        assertThat(e.getMessage()).doesNotContain("paragraph");
    }

    @Test
    void rejects_json_element_without_text_naming_the_index_and_field() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> reader.read(fixture("missing-text.json")));

        assertBadInput(e, "CN-1010", "missing-text.json");
        assertThat(e.getMessage()).contains("[1]").contains("\"text\"");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void rejects_json_element_without_speaker() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> reader.read(fixture("missing-speaker.json")));

        assertBadInput(e, "CN-1010", "missing-speaker.json");
        assertThat(e.getMessage()).contains("[0]").contains("\"speaker\"").doesNotContain("chest");
    }

    @Test
    void rejects_json_with_bad_times_or_shape() {
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read("[{\"speaker\": \"a\", \"text\": \"b\", \"start\": \"soon\"}]", "t.json")),
                "CN-1010", "t.json");
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read("[{\"speaker\": \"a\", \"text\": \"b\", \"start\": 5, \"end\": 2}]", "t.json")),
                "CN-1010", "t.json");
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read("{\"turns\": []}", "o.json")), "CN-1010", "o.json");
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read("[{\"speaker\": \"a\", \"text\": 3}]", "n.json")), "CN-1010", "n.json");
        assertBadInput(catchThrowableOfType(BadInputException.class, () -> reader.read("[]", "e.json")),
                "CN-1008", "e.json");
    }

    @Test
    void rejects_malformed_json_with_the_line() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> reader.read(fixture("malformed.json")));

        assertBadInput(e, "CN-1009", "malformed.json");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).doesNotContain("patient");
    }

    @Test
    void rejects_malformed_webvtt_timing_with_the_line() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> reader.read(fixture("bad-timing.vtt")));

        assertBadInput(e, "CN-1011", "bad-timing.vtt");
        assertThat(e.line()).isEqualTo(6);
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v A>x", "back.vtt")),
                "CN-1011", "back.vtt");
        assertBadInput(catchThrowableOfType(BadInputException.class,
                () -> reader.read("WEBVTT\n\ncue-1\n<v A>no timing", "nt.vtt")), "CN-1011", "nt.vtt");
    }

    @Test
    void rejects_forced_webvtt_without_header() {
        TranscriptReader vtt = TranscriptReader.builder().format(TranscriptFormat.WEBVTT).build();

        assertBadInput(catchThrowableOfType(BadInputException.class, () -> vtt.read("[doctor] hi", "x.vtt")),
                "CN-1012", "x.vtt");
    }

    @Test
    void error_messages_do_not_carry_transcript_text() {
        String secret = "Zelda Quimby";
        List<Runnable> bad = List.of(
                () -> reader.read(secret + " has no speaker turns", "a.txt"),
                () -> reader.read("[{\"speaker\": \"" + secret + "\"}]", "b.json"),
                () -> reader.read("[{\"speaker\": " + secret + "}]", "c.json"),
                () -> reader.read("WEBVTT\n\n" + secret + " --> 1\n", "d.vtt"));
        for (Runnable r : bad) {
            BadInputException e = catchThrowableOfType(BadInputException.class, r::run);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).doesNotContain("Zelda").doesNotContain("Quimby");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void assertBadInput(BadInputException e, String code, String fileName) {
        assertThat(e).as("expected a BadInputException " + code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(org.clinicalnotes.ErrorCodes.find(e.code()).orElseThrow().category())
                .isEqualTo(org.clinicalnotes.ErrorCodes.Category.BAD_INPUT);
        assertThat(e.getMessage()).startsWith(code + ": ").contains(fileName);
        assertThat(e.source()).hasValueSatisfying(s -> assertThat(s).contains(fileName));
        assertThat(e.getMessage().lines().count()).isLessThanOrEqualTo(2);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Copies a classpath fixture into the temp folder, so the test never depends on the source tree. */
    private Path fixture(String name) {
        try (InputStream in = TranscriptReaderTest.class.getResourceAsStream("/transcripts/" + name)) {
            byte[] bytes = Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException("no fixture " + name))
                    .readAllBytes();
            return write(name, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
