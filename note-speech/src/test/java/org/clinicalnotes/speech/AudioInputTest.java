package org.clinicalnotes.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioInputTest {

    @TempDir
    Path dir;

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = AudioInputTest.class.getResourceAsStream("/audio/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource({"cough.wav, WAV", "cough.mp3, MP3", "cough.m4a, M4A", "cough.flac, FLAC", "cough.ogg, OGG",
        "cough.webm, WEBM"})
    void detects_each_fixture_by_content(String name, AudioFormat expected) throws IOException {
        AudioInput audio = AudioInput.of(fixture(name), name);

        assertThat(audio.format()).isEqualTo(expected);
        assertThat(audio.size()).isGreaterThan(1000);
    }

    @Test
    void detects_by_content_not_by_extension() throws IOException {
        Path misnamed = dir.resolve("visit.mp3");
        Files.write(misnamed, fixture("cough.wav"));

        assertThat(AudioInput.read(misnamed).format()).isEqualTo(AudioFormat.WAV);
        assertThat(AudioInput.looksLikeAudio(misnamed)).isTrue();
    }

    @Test
    void detects_mp3_without_id3_tag_from_frame_header() throws IOException {
        byte[] mp3 = fixture("cough.mp3");
        int size = ((mp3[6] & 0x7F) << 21) | ((mp3[7] & 0x7F) << 14) | ((mp3[8] & 0x7F) << 7) | (mp3[9] & 0x7F);
        byte[] bare = Arrays.copyOfRange(mp3, 10 + size, mp3.length);

        assertThat(AudioFormat.detect(bare)).contains(AudioFormat.MP3);
    }

    @Test
    void rejects_text_as_not_audio_in_one_line() throws IOException {
        Path text = dir.resolve("visit.wav");
        Files.writeString(text, "[doctor] hello\n[patient] hi\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AudioInput.read(text))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("CN-1703");
                    assertThat(org.clinicalnotes.ErrorCodes.find(e.code()).orElseThrow().category())
                .isEqualTo(org.clinicalnotes.ErrorCodes.Category.BAD_INPUT);
                    assertThat(e.getMessage()).doesNotContain("\n").contains("visit.wav").contains("not audio")
                            .doesNotContain("doctor");
                });
        assertThat(AudioInput.looksLikeAudio(text)).isFalse();
    }

    @Test
    void rejects_empty_audio() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.wav"));

        assertThatThrownBy(() -> AudioInput.read(empty)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.code()).isEqualTo("CN-1702"));
    }

    @Test
    void rejects_missing_file() {
        assertThatThrownBy(() -> AudioInput.read(dir.resolve("nope.wav"))).isInstanceOfSatisfying(
                BadInputException.class, e -> assertThat(e.code()).isEqualTo("CN-1701"));
    }

    @Test
    void rejects_truncated_wav_header() throws IOException {
        byte[] head = Arrays.copyOf(fixture("cough.wav"), 30);

        assertThatThrownBy(() -> AudioInput.of(head, "cut.wav")).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.code()).isEqualTo("CN-1704"));
    }

    @Test
    void rejects_wav_without_samples() throws IOException {
        byte[] header = Arrays.copyOf(fixture("cough.wav"), 44);

        assertThatThrownBy(() -> AudioInput.of(header, "cut.wav")).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.getMessage()).contains("CN-1704").contains("no samples"));
    }

    @Test
    void rejects_mp3_whose_id3_tag_runs_past_the_end() throws IOException {
        byte[] cut = Arrays.copyOf(fixture("cough.mp3"), 40);

        assertThatThrownBy(() -> AudioInput.of(cut, "cut.mp3")).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.code()).isEqualTo("CN-1704"));
    }

    @Test
    void rejects_flac_cut_inside_streaminfo() throws IOException {
        byte[] cut = Arrays.copyOf(fixture("cough.flac"), 20);

        assertThatThrownBy(() -> AudioInput.of(cut, "cut.flac")).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.code()).isEqualTo("CN-1704"));
    }

    @Test
    void copies_content_and_hides_it_in_to_string() throws IOException {
        byte[] wav = fixture("cough.wav");
        AudioInput audio = AudioInput.of(wav, "cough.wav");
        wav[100] ^= 0x55;

        assertThat(audio.content()[100]).isNotEqualTo(wav[100]);
        assertThat(audio.toString()).isEqualTo("AudioInput[format=WAV, bytes=" + wav.length + "]");
    }
}
