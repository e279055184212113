package org.clinicalnotes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated vocabulary shipped as a class-path resource: one row per line, {@code #} starts a
 * comment line, blank lines are skipped. A missing or malformed resource is a packaging error and fails
 * fast with the resource name and line number. Not API.
 */
public final class Tsv {

    private Tsv() {
    }

    /**
     * @param owner the class whose package holds the resource
     * @param name the resource name, relative to that package
     * @param columns how many columns each row must have at least
     * @return the rows, each split on tabs
     */
    public static List<String[]> rows(Class<?> owner, String name, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + name + " beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < columns) {
                    throw new IllegalStateException("vocabulary resource " + name + " line " + n + ": expected "
                            + columns + " tab-separated columns, found " + cells.length);
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary resource " + name, e);
        }
        return out;
    }
}
