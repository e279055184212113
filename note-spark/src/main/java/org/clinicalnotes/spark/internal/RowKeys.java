package org.clinicalnotes.spark.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Per-row seeds and ids derived from the stage seed and the row key, so that a row gives the same output on
 * any executor, in any partitioning and on a re-run with the same seed.
 */
public final class RowKeys {

    private RowKeys() {
    }

    /**
     * @param seed the stage seed
     * @param key the row key; may be null, then {@code content} is hashed instead
     * @param content the row's input (String or byte[]), used when there is no key
     * @return the surrogate seed for this row
     */
    public static long rowSeed(long seed, String key, Object content) {
        byte[] d = digest("seed", seed, key, content);
        return ByteBuffer.wrap(d, 0, 8).getLong();
    }

    /**
     * @return a name-based UUID for the row's note; no PHI (a hash of seed and key)
     */
    public static String noteId(long seed, String key, Object content) {
        byte[] d = digest("note", seed, key, content);
        return UUID.nameUUIDFromBytes(d).toString();
    }

    /** @return a short hex hash of a text, for ids of rows that have none; not reversible */
    public static String shortHash(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)), 0, 6);
    }

    private static byte[] digest(String purpose, long seed, String key, Object content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(purpose.getBytes(StandardCharsets.US_ASCII));
            md.update(ByteBuffer.allocate(8).putLong(seed).array());
            if (key != null) {
                md.update((byte) 1);
                md.update(key.getBytes(StandardCharsets.UTF_8));
            } else if (content instanceof byte[] b) {
                md.update((byte) 2);
                md.update(b);
            } else if (content != null) {
                md.update((byte) 3);
                md.update(content.toString().getBytes(StandardCharsets.UTF_8));
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
