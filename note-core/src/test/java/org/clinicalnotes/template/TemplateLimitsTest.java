package org.clinicalnotes.template;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLimitsTest {

    @TempDir
    Path dir;

    @Test
    void a_template_file_over_the_limit_is_refused_before_it_is_read() throws Exception {
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(40L * 1024 * 1024);   // sparse: nothing is written, nothing should be read
        }
        assertThatThrownBy(() -> TemplateRegistry.load(big))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("CN-3305: huge.json");
    }

    @Test
    void template_text_over_the_limit_is_refused() {
        String json = "{\"id\":\"x\",\"pad\":\"" + "a".repeat(TemplateRegistry.MAX_TEMPLATE_CHARS) + "\"}";
        assertThatThrownBy(() -> TemplateRegistry.parse(json, "t.json"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("CN-3305");
    }
}
