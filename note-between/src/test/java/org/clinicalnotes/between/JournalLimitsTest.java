package org.clinicalnotes.between;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal reader's bounds (issue 18: every reader has a size limit). */
class JournalLimitsTest {

    private static final String ENTRY = "{\"id\": \"e1\", \"client\": \"c-1\", \"time\": \"2026-03-02T22:10:00Z\", \"mood\": 4}";

    @Test
    void a_journal_file_over_the_limit_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.jsonl");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(JournalReader.MAX_FILE_BYTES + 1); // sparse: no disk, no time
        }
        assertThatThrownBy(() -> JournalReader.readJsonLines(big)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-3305").hasMessageContaining("256 MB");
    }

    /** A reader of one endless-looking line of {@code n} characters, then a newline and a good entry. */
    private static Reader longLineThen(long n, String next) {
        return new Reader() {
            private long left = n;
            private final StringReader tail = new StringReader("\n" + next + "\n");

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                if (left == 0) {
                    return tail.read(cbuf, off, len);
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(cbuf, off, off + k, 'x');
                left -= k;
                return k;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void an_overlong_line_is_reported_and_the_next_line_still_read() throws IOException {
        JournalBatch b = JournalReader.read(longLineThen(20_000_000L, ENTRY), "stream");
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.code()).isEqualTo("CN-3206");
        });
        assertThat(b.entries()).extracting(JournalEntry::id).containsExactly("e1");
    }

    @Test
    void lines_end_at_lf_crlf_and_cr_as_before() throws IOException {
        String two = ENTRY.replace("e1", "e2");
        String three = ENTRY.replace("e1", "e3");
        JournalBatch b = JournalReader.read(new StringReader(ENTRY + "\r\n" + two + "\r" + three + "\n\n"), "s");
        assertThat(b.entries()).extracting(JournalEntry::id).containsExactly("e1", "e2", "e3");
        assertThat(b.problems()).isEmpty();
    }
}
