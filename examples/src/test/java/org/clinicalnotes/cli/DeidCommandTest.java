package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeidCommandTest {

    @TempDir
    Path dir;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    static final List<String> PHI = List.of("Maria", "Oyelaran", "Kenosha", "414) 555-0134", "June 2, 1978",
            "48291735", "Rivera");

    static final String TAGGED = """
            [doctor] Good morning Maria Oyelaran, how was the drive from Kenosha?
            [patient] Fine. My cell is (414) 555-0134 and I was born on June 2, 1978.
              My MRN is 48291735.
            [doctor] Dr. Rivera will see you next. Keep taking lisinopril 20 mg.
            """;
    static final String COLON = """
            Doctor: Good morning Maria Oyelaran, how was the drive from Kenosha?
            Patient: Fine. My cell is (414) 555-0134 and I was born on June 2, 1978.
            Patient: My MRN is 48291735.
            Doctor: Dr. Rivera will see you next. Keep taking lisinopril 20 mg.
            """;
    static final String VTT = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Dr. Rivera>Good morning Maria Oyelaran, how was the drive from Kenosha?

            00:00:05.000 --> 00:00:09.000
            <v Maria Oyelaran>Fine. My cell is (414) 555-0134
            and I was born on June 2, 1978. My MRN is 48291735.

            00:00:10.000 --> 00:00:12.000
            <v Dr. Rivera>Keep taking <b>lisinopril</b> 20 mg.
            """;
    static final String JSON = """
            [{"speaker": "Dr. Rivera", "text": "Good morning Maria Oyelaran, how was the drive from Kenosha?"},
             {"text": "Fine. My cell is (414) 555-0134\\nand I was born on June 2, 1978. My MRN is 48291735.",
              "speaker": "patient", "start": 5},
             {"speaker": "Dr. Rivera", "text": "Keep taking \\"lisinopril\\" 20 mg."}]
            """;

    Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    String source(String format) {
        return switch (format) {
            case "tagged.txt" -> TAGGED;
            case "colon.txt" -> COLON;
            case "visit.vtt" -> VTT;
            default -> JSON;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"tagged.txt", "colon.txt", "visit.vtt", "visit.json"})
    void prints_the_input_with_surrogates_in_every_format(String name) throws Exception {
        Path in = write(name, source(name));
        CliRun r = cli("deid", in.toString(), "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain(PHI.toArray(String[]::new)).contains("lisinopril", "20 mg");
        if (name.endsWith(".json")) {
            assertThat(new ObjectMapper().readTree(r.out()).isArray()).isTrue();   // still valid JSON
        }
        if (name.endsWith(".vtt")) {
            assertThat(r.out()).startsWith("WEBVTT").contains("00:00:05.000 --> 00:00:09.000", "<v Dr. ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tagged.txt", "colon.txt", "visit.vtt", "visit.json"})
    void json_spans_point_into_the_original_input(String name) throws Exception {
        String source = source(name);
        Path in = write(name, source);
        CliRun r = cli("deid", in.toString(), "--json", "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        StringBuilder covered = new StringBuilder();
        for (JsonNode s : root.get("spans")) {
            String original = source.substring(s.get("start").asInt(), s.get("end").asInt());
            covered.append(original).append('|');
            assertThat(s.get("surrogate").asText()).isNotEqualTo(original);
            assertThat(s.get("category").asText()).isNotBlank();
        }
        assertThat(covered.toString()).contains("Maria", "Oyelaran", "Kenosha", "555-0134", "June 2", "48291735",
                "Rivera");
        // applying the spans to the input gives the text
        StringBuilder text = new StringBuilder(source);
        List<JsonNode> spans = new java.util.ArrayList<>();
        root.get("spans").forEach(spans::add);
        for (int i = spans.size() - 1; i >= 0; i--) {
            text.replace(spans.get(i).get("start").asInt(), spans.get(i).get("end").asInt(),
                    spans.get(i).get("surrogate").asText());
        }
        assertThat(root.get("text").asText()).isEqualTo(text.toString());
    }

    @Test
    void bad_input_exits_3_with_a_plain_message() throws Exception {
        CliRun missing = cli("deid", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("CN-1001").doesNotContain("Exception");
        CliRun empty = cli("deid", write("empty.txt", "").toString(), "--json");
        assertThat(empty.code()).isEqualTo(3);
        assertThat(empty.out()).isEmpty();
        CliRun noTurns = cli("deid", write("prose.txt", "Maria Oyelaran lives in Kenosha.\n").toString());
        assertThat(noTurns.code()).isEqualTo(3);
        assertThat(noTurns.err()).doesNotContain("Maria", "Kenosha");
    }

    @Test
    void generate_with_no_deid_records_the_choice_in_the_note() throws Exception {
        Path in = write("tagged.txt", TAGGED);
        Path out = dir.resolve("out");
        CliRun r = cli("generate", in.toString(), "--out", out.toString(), "--no-deid");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode note = new ObjectMapper().readTree(out.resolve("note.json").toFile());
        assertThat(note.toString()).contains("disabled-by-user");
        CliRun def = cli("generate", in.toString(), "--out", dir.resolve("out2").toString());
        assertThat(new ObjectMapper().readTree(dir.resolve("out2/note.json").toFile()).toString())
                .contains("not-needed-local-model");
        assertThat(def.code()).isZero();
    }
}
