package org.clinicalnotes.fhir.between;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FHIR journal reader's bound (issue 18: every reader has a size limit). */
class JournalFhirLimitsTest {

    @Test
    void a_fhir_journal_over_the_limit_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(JournalFhirReader.MAX_FILE_BYTES + 1); // sparse: no disk, no time
        }
        assertThatThrownBy(() -> JournalFhirReader.read(big)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-3305").hasMessageContaining("64 MB");
    }
}
