package org.clinicalnotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.BadInputException;

/**
 * Writes a set of output files all or nothing: each goes to a temporary file in the target folder
 * first, and only when every one is written are they moved into place. An existing file is replaced
 * only with {@code force}.
 */
final class OutputFiles {

    private final Path dir;
    private final boolean force;
    private final Map<String, String> files = new LinkedHashMap<>();

    OutputFiles(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
    }

    OutputFiles add(String name, String content) {
        files.put(name, content);
        return this;
    }

    /** Checks the folder and existing files before any work is done. */
    void checkWritable() {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("CN-1401", dir.toString(), 0, "--out is a file, not a folder",
                    "Give a folder for --out.", null);
        }
        if (!force) {
            for (String name : files.isEmpty() ? List.<String>of() : files.keySet()) {
                existing(name);
            }
        }
    }

    /** Checks that none of the given names exists yet (without --force). */
    void checkNotExisting(List<String> names) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("CN-1401", dir.toString(), 0, "--out is a file, not a folder",
                    "Give a folder for --out.", null);
        }
        if (!force) {
            names.forEach(this::existing);
        }
    }

    private void existing(String name) {
        Path p = dir.resolve(name);
        if (Files.exists(p)) {
            throw new BadInputException("CN-1402", p.toString(), 0, "output already exists and was left unchanged",
                    "Use --force to replace it, or choose another --out folder.", null);
        }
    }

    List<Path> commit() {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("CN-1401", dir.toString(), 0, "--out is a file, not a folder",
                    "Give a folder for --out.", null);
        } catch (IOException e) {
            throw new BadInputException("CN-1403", dir.toString(), 0, "cannot create the output folder ("
                    + e.getClass().getSimpleName() + ")", "Choose a writable --out folder.", null);
        }
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + f.getKey() + ".", ".tmp");
                temps.add(tmp);
                Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
            }
            List<Path> written = new ArrayList<>();
            int i = 0;
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                if (!force && Files.exists(target)) {
                    existing(name);
                }
                move(temps.get(i++), target);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new BadInputException("CN-1403", dir.toString(), 0, "cannot write to the output folder ("
                    + e.getClass().getSimpleName() + ")", "Choose a writable --out folder with free space.", null);
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is hidden and harmless
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
