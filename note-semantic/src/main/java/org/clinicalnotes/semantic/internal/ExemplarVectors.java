package org.clinicalnotes.semantic.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exemplar bank's vectors, embedded once at build time ({@link #main}, run by the module's build after
 * compiling) and shipped as the resource {@value #RESOURCE}, so that a process does not embed 1,700 exemplars
 * with ONNX at every start. The file names the model and holds the SHA-256 of the exemplar texts it was made
 * from: when either differs from what is on the class path (an edited bank, classes built without that step),
 * {@link #read} answers null and the bank is embedded as before. The vectors are the encoder's own output,
 * stored bit for bit.
 *
 * <p>Format: the bytes {@code CNEV}, a format version (int 1), the model id (modified UTF-8), the 32-byte
 * digest, the exemplar count and the dimension (ints), then count &times; dimension floats, big-endian.
 */
final class ExemplarVectors {

    /** The resource, next to the bank. */
    static final String RESOURCE = "/org/clinicalnotes/semantic/risk-exemplars.vectors";

    private static final int MAGIC = 0x434e4556; // "CNEV"
    private static final int VERSION = 1;

    private ExemplarVectors() {
    }

    /**
     * @param texts the bank's texts, in bank order
     * @return the shipped vectors of exactly these texts and this model, or null when there are none
     */
    static float[][] read(List<String> texts) {
        try (InputStream raw = ExemplarVectors.class.getResourceAsStream(RESOURCE)) {
            return raw == null ? null : read(raw, texts);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: embed instead
        }
    }

    static float[][] read(InputStream raw, List<String> texts) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION || !SentenceEncoder.MODEL_ID.equals(in.readUTF())) {
            return null;
        }
        byte[] digest = new byte[32];
        in.readFully(digest);
        int count = in.readInt();
        int dimension = in.readInt();
        if (!Arrays.equals(digest, digest(texts)) || count != texts.size() || dimension != SentenceEncoder.DIMENSION) {
            return null;
        }
        byte[] bytes = new byte[count * dimension * Float.BYTES];
        in.readFully(bytes);
        java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(bytes).asFloatBuffer();
        float[][] out = new float[count][dimension];
        for (float[] v : out) {
            floats.get(v);
        }
        return out;
    }

    static void write(OutputStream raw, List<String> texts, float[][] vectors) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(SentenceEncoder.MODEL_ID);
        out.write(digest(texts));
        out.writeInt(vectors.length);
        out.writeInt(SentenceEncoder.DIMENSION);
        for (float[] v : vectors) {
            if (v.length != SentenceEncoder.DIMENSION) {
                throw new IllegalArgumentException("expected " + SentenceEncoder.DIMENSION + " dimensions");
            }
            for (float f : v) {
                out.writeFloat(f);
            }
        }
        out.flush();
    }

    /** SHA-256 of the texts, each followed by a line feed (a text of the bank holds none). */
    static byte[] digest(List<String> texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bank's texts, in bank order. */
    static List<String> texts(List<Exemplar> bank) {
        List<String> texts = new ArrayList<>(bank.size());
        for (Exemplar e : bank) {
            texts.add(e.text());
        }
        return texts;
    }

    /**
     * Build step: embeds the bank on the class path and writes the vectors file (through a temporary file).
     *
     * @param args the file to write
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        List<String> texts = texts(ExemplarBank.load());
        float[][] vectors = SentenceEncoder.load().embed(texts);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(out, texts, vectors);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
