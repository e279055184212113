package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The defects of issue 18 as a user meets them on the command line. */
class IntegrityCliTest {

    @TempDir
    Path dir;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    static final Path SAMPLE = Path.of("samples/therapy-session.txt");

    Path generated() {
        Path gen = dir.resolve("gen");
        CliRun g = cli("generate", SAMPLE.toString(), "--out", gen.toString(), "--patient-id", "p-1");
        assertThat(g.code()).as(g.err()).isZero();
        return gen.resolve("note.json");
    }

    static void assertOneOrTwoPlainLines(CliRun r) {
        assertThat(r.err().lines().count()).as(r.err()).isBetween(1L, 2L);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void sign_refuses_a_hand_edited_note() throws Exception {
        Path note = generated();
        String json = Files.readString(note);
        Files.writeString(note, json.replaceFirst("\"riskFlags\" : \\[", "\"riskFlags\" : [ ], \"x\" : ["));

        CliRun r = cli("sign", note.toString(), "--practitioner-id", "dr-1", "--out", dir.resolve("s").toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: CN-3302: note.json: the note's content does not match its digest");
        assertOneOrTwoPlainLines(r);
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void amend_refuses_a_forged_final_note() throws Exception {
        Path note = generated();
        String json = Files.readString(note).replace("\"status\" : \"PRELIMINARY\",",
                "\"status\" : \"FINAL\", \"signer\" : \"dr-1\", \"signedAt\" : \"2099-01-01T00:00:00Z\",");
        Files.writeString(note, json);

        CliRun r = cli("amend", note.toString(), "--practitioner-id", "dr-2", "--add", "plan=x",
                "--out", dir.resolve("a").toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("CN-3302");
        assertOneOrTwoPlainLines(r);
    }

    @Test
    void sign_then_amend_an_untouched_note_records_the_chain() throws Exception {
        Path note = generated();
        Path signed = dir.resolve("signed");
        CliRun s = cli("sign", note.toString(), "--practitioner-id", "dr-1", "--out", signed.toString());
        assertThat(s.code()).as(s.err()).isZero();
        CliRun a = cli("amend", signed.resolve("note.json").toString(), "--practitioner-id", "dr-1",
                "--add", "plan=Safety plan reviewed again.", "--out", dir.resolve("amended").toString());
        assertThat(a.code()).as(a.err()).isZero();

        JsonNode amended = new ObjectMapper().readTree(dir.resolve("amended/note.json").toFile());
        assertThat(amended.path("metadata").path("history")).hasSize(2);
        assertThat(amended.path("integrity").path("digest").asText()).hasSize(64);
    }

    @Test
    void sign_refuses_an_oversized_note_without_reading_it() throws Exception {
        Path big = dir.resolve("note.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(39L * 1024 * 1024);
        }
        CliRun r = cli("sign", big.toString(), "--practitioner-id", "dr-1", "--out", dir.resolve("s").toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: CN-3305: note.json: the file is larger than");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--temperature|3|0 to 2",
        "--temperature|-0.5|0 to 2",
        "--timeout|0|1 to 3600",
        "--timeout|100000|1 to 3600",
        "--max-tokens|0|1 to 200000",
        "--max-tokens|999999999|1 to 200000",
        "--base-url|ht!tp:/nowhere|absolute http:// or https:// URL",
        "--base-url|file:///etc/passwd|absolute http:// or https:// URL"})
    void out_of_range_options_exit_2_with_the_allowed_range(String option, String value, String range) {
        for (String model : new String[] {"offline", "openai-compatible"}) {
            CliRun r = cli("generate", SAMPLE.toString(), "--model", model, "--model-name", "m", option, value,
                    "--out", dir.resolve("o").toString());
            assertThat(r.code()).as(model + " " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("CN-3306").contains(range);
        }
    }

    @Test
    void terminal_and_bidi_controls_are_escaped_in_note_md_and_kept_in_note_json() throws Exception {
        Path t = dir.resolve("t.txt");
        Files.writeString(t, "[doctor] How is your sleep?\n"
                + "[patient] My sleep is bad \u001b[2J\u001b]0;pwned\u0007 and \u202egnol oot\u202c since May.\n"
                + "[doctor] Let's plan a sleep diary and review medication.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("o");

        CliRun r = cli("generate", t.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        String md = Files.readString(out.resolve("note.md"));
        assertThat(md).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0007");
        String raw = Files.readString(out.resolve("note.json"));
        JsonNode note = new ObjectMapper().readTree(raw);
        assertThat(note.toString()).contains("\u202e");
        assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u202e");
    }

    @Test
    void cli_messages_escape_controls_from_file_names() {
        CliRun r = cli("generate", dir.resolve("no\u001b[2Jsuch\u202e.txt").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u202e").contains("\\u001b[2J");
    }

    @Test
    void an_18_kb_turn_of_one_repeated_word_generates() throws Exception {
        Path t = dir.resolve("long.txt");
        Files.writeString(t, "[doctor] How have you been?\n[patient] " + "I ".repeat(9_000) + "\n");
        CliRun r = cli("generate", t.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    /**
     * PhiScanner.URL and SafeHarborVault.NUMBERISH (de-identification, owned elsewhere) still recurse per
     * repetition: until they are bounded, the CLI turns the overflow into CN-3301, never a trace (exit 1).
     */
    @Test
    void deid_on_a_long_repetitive_turn_succeeds_or_says_cn_3301() throws Exception {
        for (String unit : new String[] {"0.0.", "1 "}) {
            Path t = dir.resolve("rep.txt");
            Files.writeString(t, "[doctor] Your number?\n[patient] " + unit.repeat(18_000 / unit.length()) + "\n");
            CliRun r = cli("deid", t.toString());
            assertThat(r.code()).as(r.err()).isIn(0, 3);
            if (r.code() == 3) {
                assertThat(r.err()).startsWith("error: CN-3301");
                assertOneOrTwoPlainLines(r);
            }
        }
    }
}
