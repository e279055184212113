package org.clinicalnotes.between;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReaderTest {

    @Test
    void reads_good_lines_and_reports_bad_ones_with_file_and_line() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"e1\",\"client\":\"c1\",\"time\":\"2026-03-02T22:10:00-05:00\",\"text\":\"Rough day.\",\"mood\":4}",
                "",
                "# a comment",
                "{not json",
                "{\"id\":\"e2\",\"client\":\"c1\",\"time\":\"2026-03-02T22:10:00\"}",
                "{\"id\":\"e3\",\"client\":\"c1\",\"time\":\"2026-03-03T08:00:00Z\",\"anxiety\":11}",
                "{\"id\":\"e1\",\"client\":\"c1\",\"time\":\"2026-03-03T09:00:00Z\"}",
                "{\"client\":\"c1\",\"time\":\"2026-03-03T09:00:00Z\"}",
                "{\"id\":\"e4\",\"client\":\"c1\",\"time\":\"2026-03-04T07:30:00+01:00[Europe/Paris]\",\"anxiety\":7,"
                        + "\"sleepHours\":5.5,\"phq2\":[1,2],\"gad2\":[3,2]}");
        JournalBatch b = JournalReader.read(new StringReader(jsonl), "journal.jsonl");

        assertThat(b.entries()).extracting(JournalEntry::id).containsExactly("e1", "e4");
        assertThat(b.entries().get(1).gad2Total()).contains(5);
        assertThat(b.entries().get(1).time().getZone().getId()).isEqualTo("Europe/Paris");
        assertThat(b.problems()).extracting(LineProblem::line).containsExactly(4, 5, 6, 7, 8);
        assertThat(b.problems()).extracting(LineProblem::code)
                .containsExactly("CN-3201", "CN-3203", "CN-3204", "CN-3205", "CN-3202");
        assertThat(b.problems().get(1).describe()).startsWith("journal.jsonl, line 5: CN-3203");
    }

    @Test
    void a_problem_never_holds_the_line_content() throws IOException {
        JournalBatch b = JournalReader.read(new StringReader(
                "{\"id\":\"e1\",\"client\":\"Maria Lopez\",\"time\":\"yesterday\",\"text\":\"I feel awful\"}"), "j");
        assertThat(b.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                .doesNotContain("Maria").doesNotContain("awful").doesNotContain("yesterday"));
    }

    @Test
    void missing_file_is_a_typed_error(@TempDir Path dir) {
        assertThatThrownBy(() -> JournalReader.readJsonLines(dir.resolve("none.jsonl")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3210");
    }

    @Test
    void non_utf8_file_is_a_typed_error(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.jsonl");
        Files.write(f, new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertThatThrownBy(() -> JournalReader.readJsonLines(f))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3211");
    }

    @Test
    void entry_to_string_holds_no_text_or_client() {
        JournalEntry e = JournalEntry.ofText("e1", "Maria Lopez", java.time.ZonedDateTime.now(), "I feel awful");
        assertThat(e.toString()).doesNotContain("Maria").doesNotContain("awful");
    }
}
