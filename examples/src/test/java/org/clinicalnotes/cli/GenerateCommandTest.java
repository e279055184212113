package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateCommandTest {

    @TempDir
    Path dir;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    static final String TAGGED = """
            [doctor] hi , good to see you . what brings you in today ?
            [patient] i keep waking up at night with heartburn , about four nights a week .
            [doctor] any chest pain or trouble swallowing ?
            [patient] no chest pain . no trouble swallowing .
            [doctor] on exam your abdomen is soft and nontender .
            [doctor] i think this is gastroesophageal reflux disease .
            [doctor] i want you to start omeprazole 20 milligrams once a day and keep a food diary .
            [doctor] let's follow up in four weeks .
            """;
    static final String COLON = """
            Therapist: How have you been since our last session?
            Client: Pretty anxious. I have had panic attacks at work three times this week.
            Therapist: What did you notice in your body during the attacks?
            Client: My heart was racing and I felt like I could not breathe.
            Therapist: We practiced box breathing today and you were able to slow your breathing.
            Client: It helped. I felt calmer after a few rounds.
            Therapist: Your anxiety seems to be improving slowly, and you are using the skills.
            Therapist: For homework, practice box breathing twice a day and log each panic attack.
            """;
    static final String VTT = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Dr. Rivera>What brings you in today?

            00:00:04.500 --> 00:00:09.000
            <v Patient>I have had a sore throat and fever for three days.

            00:00:09.500 --> 00:00:13.000
            <v Dr. Rivera>Your throat is red and your tonsils are swollen.

            00:00:13.500 --> 00:00:18.000
            <v Dr. Rivera>I think this is strep throat. I want you to take amoxicillin for ten days.
            """;

    Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @ParameterizedTest
    @CsvSource({"visit.txt,TAGGED,soap", "session.txt,COLON,dap", "visit.vtt,VTT,intake", "visit.txt,TAGGED,birp"})
    void generates_note_json_and_markdown_with_valid_evidence(String file, String which, String template)
            throws Exception {
        String content = switch (which) {
            case "TAGGED" -> TAGGED;
            case "COLON" -> COLON;
            default -> VTT;
        };
        Path in = write(file, content);
        Path out = dir.resolve("out-" + template);
        CliRun r = cli("generate", in.toString(), "--template", template, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("note.json").contains("PRELIMINARY");
        JsonNode note = new ObjectMapper().readTree(out.resolve("note.json").toFile());
        assertThat(note.path("metadata").path("status").asText()).isEqualTo("PRELIMINARY");
        assertThat(note.path("metadata").path("templateId").asText()).isEqualTo(template);
        int utterances = (int) content.lines().filter(l -> l.startsWith("[") || l.contains(":") && !l.contains("-->")
                && !l.isBlank() || l.startsWith("<v")).count();
        Set<String> sections = new HashSet<>();
        int statements = 0;
        for (JsonNode s : note.path("sections")) {
            sections.add(s.path("id").asText());
            for (JsonNode st : s.path("statements")) {
                statements++;
                assertThat(st.path("evidence")).isNotEmpty();
                for (JsonNode id : st.path("evidence")) {
                    assertThat(id.asText()).matches("u\\d+");
                    assertThat(Integer.parseInt(id.asText().substring(1))).isBetween(1, Math.max(utterances, 1));
                }
            }
        }
        assertThat(statements).isPositive();
        assertThat(sections).contains("risk");
        String md = Files.readString(out.resolve("note.md"));
        assertThat(md).contains("PRELIMINARY").containsPattern("1\\. .+`\\[u\\d+");
    }

    @Test
    void sample_session_fills_every_soap_section() throws Exception {
        Path sample = Path.of("samples/therapy-session.txt");
        Path out = dir.resolve("sample");
        CliRun r = cli("generate", sample.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode note = new ObjectMapper().readTree(out.resolve("note.json").toFile());
        for (JsonNode s : note.path("sections")) {
            if (!s.path("id").asText().equals("risk")) {
                assertThat(s.path("statements")).as(s.path("id").asText()).isNotEmpty();
            }
        }
    }

    @Test
    void existing_outputs_are_not_overwritten_without_force() throws Exception {
        Path in = write("visit.txt", TAGGED);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("note.md"), "mine");
        CliRun r = cli("generate", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("note.md").contains("--force");
        assertThat(Files.readString(out.resolve("note.md"))).isEqualTo("mine");
        assertThat(out.resolve("note.json")).doesNotExist();
        CliRun forced = cli("generate", in.toString(), "--out", out.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(out.resolve("note.md"))).contains("PRELIMINARY");
    }

    @Test
    void empty_file_is_bad_input() throws Exception {
        assertBadInput(write("empty.txt", ""), "empty.txt");
    }

    @Test
    void binary_file_is_bad_input() throws Exception {
        Path p = dir.resolve("scan.bin");
        Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
        assertBadInput(p, "scan.bin");
    }

    @Test
    void invalid_utf8_is_bad_input_with_the_line() throws Exception {
        Path p = dir.resolve("latin1.txt");
        Files.write(p, "[doctor] hello\n[patient] caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = assertBadInput(p, "latin1.txt");
        assertThat(r.err()).contains("line 2");
    }

    @Test
    void file_over_the_size_limit_is_bad_input() throws Exception {
        Path p = write("big.txt", TAGGED);
        CliRun r = cli("generate", p.toString(), "--out", dir.resolve("o").toString(), "--max-input-bytes", "100");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("big.txt");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void text_without_speaker_turns_is_bad_input() throws Exception {
        assertBadInput(write("essay.txt", "This is just a paragraph of prose.\nIt has no speakers at all.\n"),
                "essay.txt");
    }

    @Test
    void json_with_missing_fields_is_bad_input() throws Exception {
        CliRun r = assertBadInput(write("turns.json", "[{\"speaker\": \"doctor\", \"text\": \"Hi\"}, {\"speaker\": \"patient\"}]"),
                "turns.json");
        assertThat(r.err()).contains("text");
    }

    @Test
    void missing_path_is_bad_input() {
        assertBadInput(dir.resolve("nope.txt"), "nope.txt");
    }

    @Test
    void unwritable_out_is_bad_input() throws Exception {
        Path in = write("visit.txt", TAGGED);
        Path file = write("not-a-dir", "x");
        CliRun r = cli("generate", in.toString(), "--out", file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("not-a-dir");
        assertNoStackTrace(r);
    }

    @Test
    void remote_models_are_a_usage_error_until_the_adapters_land() throws Exception {
        CliRun r = cli("generate", write("visit.txt", TAGGED).toString(), "--model", "openai", "--out",
                dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
        assertThat(r.err()).contains("openai");
    }

    @Test
    void unknown_option_and_unknown_template_are_usage_errors() throws Exception {
        Path in = write("visit.txt", TAGGED);
        assertThat(cli("generate", in.toString(), "--colour").code()).isEqualTo(2);
        CliRun r = cli("generate", in.toString(), "--template", "soapy");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("soapy");
    }

    @Test
    void bad_custom_template_is_bad_input_naming_the_field() throws Exception {
        Path in = write("visit.txt", TAGGED);
        Path t = write("mine.json", "{\"id\": \"mine\", \"title\": \"Mine\", \"documentType\": \"11506-3\", \"sections\": []}");
        CliRun r = cli("generate", in.toString(), "--template", t.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("mine.json").contains("sections");
    }

    @Test
    void help_and_version_exit_zero() {
        assertThat(cli("--help").code()).isZero();
        assertThat(cli("generate", "--help").out()).contains("--template").contains("--force");
        CliRun v = cli("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("clinical-notes");
    }

    private CliRun assertBadInput(Path input, String name) {
        Path out = dir.resolve("out-" + name);
        CliRun r = cli("generate", input.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(name);
        assertThat(r.err().strip().lines().count()).isBetween(1L, 2L);
        assertNoStackTrace(r);
        assertThat(out).doesNotExist();
        return r;
    }

    private static void assertNoStackTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    static Stream<Path> files(Path d) throws Exception {
        return Files.list(d);
    }

    @Test
    void untagged_dictation_text_is_structured_into_sections() throws Exception {
        Path in = write("dictation.txt", """
                # dictation
                This is Dr. Kim dictating. Chief complaint, cough period. New paragraph.
                History of present illness. The patient reports a dry cough for two weeks. He denies fever.
                Plan. Albuterol as needed. Follow up in two weeks. End of dictation.
                """);

        CliRun r = cli("generate", in.toString(), "--out", dir.resolve("d").toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("read as a dictation").contains("(dictated)");
        String md = Files.readString(dir.resolve("d").resolve("note.md"));
        assertThat(md).contains("He denies fever.").contains("Follow up in 2 weeks.")
                .doesNotContain("dictating", "End of dictation");
    }

    @Test
    void picks_the_format_from_the_visit_and_dates_measures_with_the_session() throws Exception {
        Path in = write("session.txt", COLON + "Therapist: Your PHQ-9 today is 12.\n");

        CliRun r = cli("generate", in.toString(), "--out", dir.resolve("s").toString(), "--session-date",
                "2025-10-01");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("psychotherapy session").contains("(birp)");
        assertThat(Files.readString(dir.resolve("s").resolve("note.json"))).contains("2025-10-01");
    }
}
