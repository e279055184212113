package org.clinicalnotes.eval.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The frozen blind course series is byte-for-byte what was committed before the first score. */
class BlindCourseSetTest {

    private static final Path SET = Path.of("src/main/resources/course-blind");

    @Test
    void key_matches_the_readme_checksum() throws Exception {
        String readme = Files.readString(SET.resolve("README.md"), StandardCharsets.UTF_8);
        String key = sha(Files.readAllBytes(SET.resolve("key.json")));
        assertThat(key).isEqualTo("d6a2eb7c1cb9dead0ba979854f65ef3dab6f334d43657637d336238e5ee48c4d");
        assertThat(readme).contains(key);
    }

    @Test
    void client_files_are_unchanged() throws Exception {
        Path clients = SET.resolve("clients");
        List<Path> files;
        try (Stream<Path> s = Files.walk(clients)) {
            files = s.filter(Files::isRegularFile).map(clients::relativize).sorted((a, b) -> a.toString().compareTo(b.toString()))
                    .toList();
        }
        StringBuilder listing = new StringBuilder();
        for (Path f : files) {
            listing.append(f.toString().replace('\\', '/')).append('\n').append(sha(read(clients.resolve(f)))).append('\n');
        }
        assertThat(files).hasSize(90);
        // sorted relative paths, each followed by its file's SHA-256 (the README gives the tar digest of the same files)
        assertThat(sha(listing.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("0834782b0602bc097e4e24a08ba889f6e631d1785871fa03717d8956498c4fec");
    }

    private static byte[] read(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    private static String sha(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
