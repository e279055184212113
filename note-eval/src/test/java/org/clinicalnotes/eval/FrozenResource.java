package org.clinicalnotes.eval;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a frozen set's class-path resource, as its README records it (lower-case hex). */
public final class FrozenResource {

    private FrozenResource() {
    }

    /**
     * @param resource an absolute class-path resource name
     * @return its SHA-256 in lower-case hex
     * @throws AssertionError when the resource is not on the class path
     */
    public static String sha256(String resource) throws IOException {
        try (InputStream in = FrozenResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no class-path resource " + resource);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
