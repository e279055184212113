package org.clinicalnotes.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from {@code src/test/resources/speech}. */
public final class SpeechFixtures {

    private SpeechFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = SpeechFixtures.class.getResourceAsStream("/speech/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static AudioInput wav() {
        return AudioInput.of(bytes("cough.wav"), "cough.wav");
    }
}
