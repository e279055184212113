package org.clinicalnotes.eval.risk;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A local cache of sentence vectors for repeated training experiments: text, then its vector, per record. The file
 * holds training text: keep it out of the repository. Not API.
 */
final class EmbedCache {

    private EmbedCache() {
    }

    /** @return the cached vectors, or an empty map when the file does not exist */
    static Map<String, float[]> read(Path file) {
        Map<String, float[]> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String text;
                try {
                    text = in.readUTF();
                } catch (EOFException e) {
                    return out;
                }
                float[] v = new float[in.readInt()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = in.readFloat();
                }
                out.put(text, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the vectors to a temporary file, then moves it over the cache. */
    static void write(Path file, Map<String, float[]> vectors) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "embed", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
