package org.clinicalnotes.between;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The exact pre-filter in front of the monologue risk reading: the texts the reading found nothing in, kept by a
 * 128-bit prefix of their SHA-256 (no text is held). The risk screen and the warning signs are deterministic
 * functions of the text, so a text read as calm once reads as calm again; a repeat skips the screen and gives the
 * same (empty) reading, hence the same alerts. A text in which anything was read is never kept, so every risk text
 * is screened each time. Bounded: at {@value #MAX} digests it starts again empty. Thread-safe.
 */
final class CalmTexts {

    static final int MAX = 16_384;

    private record Key(long hi, long lo) {
    }

    private final Set<Key> calm = ConcurrentHashMap.newKeySet();
    private final AtomicLong skipped = new AtomicLong();

    /** @return whether the text was read as calm before (then the reading is empty without screening it) */
    boolean known(String text) {
        if (calm.contains(key(text))) {
            skipped.incrementAndGet();
            return true;
        }
        return false;
    }

    /** Remembers a text the reading found nothing in. */
    void remember(String text) {
        if (calm.size() >= MAX) {
            calm.clear();
        }
        calm.add(key(text));
    }

    /** @return how many readings were skipped (for tests and the evaluation) */
    long skipped() {
        return skipped.get();
    }

    private static Key key(String text) {
        try {
            ByteBuffer d = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return new Key(d.getLong(), d.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
