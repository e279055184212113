package org.clinicalnotes.course;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client-folder loader's bounds (issue 18: every reader has a size limit). */
class FolderLimitsTest {

    private static void sparse(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length); // sparse: no disk, no time
        }
    }

    private static Path client(Path dir) throws IOException {
        Path session = Files.createDirectories(dir.resolve("client-1").resolve("2026-03-02"));
        Files.writeString(session.resolve("session.txt"), "[therapist] How was the week?\n[client] Better.\n");
        return dir.resolve("client-1");
    }

    @Test
    void an_oversized_note_json_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
        Path client = client(dir);
        sparse(client.resolve("2026-03-02").resolve("note.json"), FolderHistory.MAX_FILE_BYTES + 1);
        assertThatThrownBy(() -> ClientHistory.load(client)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-3305").hasMessageContaining("note.json");
    }

    @Test
    void an_oversized_journal_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
        Path client = client(dir);
        sparse(client.resolve("journal.jsonl"), FolderHistory.MAX_FILE_BYTES + 1);
        assertThatThrownBy(() -> ClientHistory.load(client)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-3305").hasMessageContaining("32 MB");
    }
}
