package org.clinicalnotes.course;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * What an analyzer has already computed for a piece of text: the risk screen's findings per transcript and
 * sentence vectors per text, keyed by a SHA-256 digest of the content (ids, speakers and words), so a session
 * that has not changed since the last brief is not screened or embedded again. Holds no text (digests,
 * findings and vectors only); bounded (least recently used out first); thread-safe.
 */
final class ReadingCache {

    /** Transcripts (sessions and journal entries) whose findings are kept. */
    static final int MAX_TRANSCRIPTS = 4_096;
    /** Sentence vectors kept. */
    static final int MAX_VECTORS = 32_768;

    private final Map<String, List<RiskFinding>> findings = lru(MAX_TRANSCRIPTS);
    private final Map<String, float[]> vectors = lru(MAX_VECTORS);

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    /**
     * @param screen the analyzer's screen (one cache per analyzer, so one screen per cache)
     * @param transcript what to screen
     * @return the screen's findings, from the cache when this content was screened before
     */
    List<RiskFinding> findings(RiskScreen screen, Transcript transcript) {
        return findings(screen, transcript, null);
    }

    /**
     * @param used when not null, receives the digest and findings of every transcript asked for
     * @see #findings(RiskScreen, Transcript)
     */
    List<RiskFinding> findings(RiskScreen screen, Transcript transcript, Map<String, List<RiskFinding>> used) {
        List<RiskFinding> out = findingsOf(screen, transcript);
        if (used != null) {
            synchronized (used) {
                used.put(digest(transcript), out);
            }
        }
        return out;
    }

    private List<RiskFinding> findingsOf(RiskScreen screen, Transcript transcript) {
        String key = digest(transcript);
        synchronized (findings) {
            List<RiskFinding> hit = findings.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<RiskFinding> read = List.copyOf(screen.findings(transcript));
        synchronized (findings) {
            findings.put(key, read);
        }
        return read;
    }

    /**
     * @param texts the texts to embed (duplicates allowed)
     * @param embed embeds a list of distinct texts not seen before, in one call
     * @return one vector per text, in order
     */
    float[][] vectors(List<String> texts, Function<List<String>, float[][]> embed) {
        return vectors(texts, embed, null);
    }

    /**
     * @param used when not null, receives the digest and vector of every text asked for
     * @see #vectors(List, Function)
     */
    float[][] vectors(List<String> texts, Function<List<String>, float[][]> embed, Map<String, float[]> used) {
        float[][] out = new float[texts.size()][];
        String[] keys = new String[texts.size()];
        Map<String, Integer> todo = new LinkedHashMap<>();
        java.util.ArrayList<String> todoTexts = new java.util.ArrayList<>();
        synchronized (vectors) {
            for (int i = 0; i < texts.size(); i++) {
                keys[i] = digest(texts.get(i));
                out[i] = vectors.get(keys[i]);
                if (out[i] == null && !todo.containsKey(keys[i])) {
                    todo.put(keys[i], todoTexts.size());
                    todoTexts.add(texts.get(i));
                }
            }
        }
        if (!todoTexts.isEmpty()) {
            float[][] fresh = embed.apply(todoTexts);
            synchronized (vectors) {
                for (Map.Entry<String, Integer> e : todo.entrySet()) {
                    vectors.put(e.getKey(), fresh[e.getValue()]);
                }
            }
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) {
                    out[i] = fresh[todo.get(keys[i])];
                }
            }
        }
        if (used != null) {
            synchronized (used) {
                for (int i = 0; i < out.length; i++) {
                    used.put(keys[i], out[i]);
                }
            }
        }
        return out;
    }

    /** @return the findings kept for a transcript digest, or null */
    List<RiskFinding> cachedFindings(String digest) {
        synchronized (findings) {
            return findings.get(digest);
        }
    }

    /** Keeps findings read from elsewhere (a cache file) for a transcript digest. */
    void putFindings(String digest, List<RiskFinding> read) {
        synchronized (findings) {
            findings.putIfAbsent(digest, List.copyOf(read));
        }
    }

    /** Keeps a vector read from elsewhere (a cache file) for a text digest. */
    void putVector(String digest, float[] vector) {
        synchronized (vectors) {
            vectors.putIfAbsent(digest, vector);
        }
    }

    static String digest(Transcript t) {
        MessageDigest md = sha256();
        for (Utterance u : t.utterances()) {
            update(md, u.id());
            update(md, u.speaker().role().name());
            update(md, u.speaker().label());
            update(md, u.text());
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    static String digest(String text) {
        MessageDigest md = sha256();
        update(md, text);
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
