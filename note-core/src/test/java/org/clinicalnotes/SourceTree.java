package org.clinicalnotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's source files as the repository-wide tests read them (from note-core's folder, the root is {@code ..}). */
final class SourceTree {

    static final Path ROOT = Path.of("..");

    private SourceTree() {
    }

    /** @return the .java files under {@code dir}, sorted; none when it does not exist */
    static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the module folders (those with src/main/java), sorted */
    static List<Path> modules() {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file's text (UTF-8) */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
