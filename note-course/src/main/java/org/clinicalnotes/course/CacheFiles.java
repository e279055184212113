package org.clinicalnotes.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyzer's reading of a client folder, kept on disk so that a restarted process is warm: each session
 * folder gets {@value #NAME} with the risk screen's findings for its transcript, keyed by the screen's id and the
 * SHA-256 of the transcript's content (ids, speakers, words); the client folder's own {@value #NAME} keeps the
 * sentence vectors the themes used, keyed by the embedder's id and each text's SHA-256. An entry whose key no
 * longer matches (the session changed, another screen or embedder) is ignored and replaced. Holds no text:
 * findings name utterance ids and fixed vocabularies; vectors are numbers. A file that cannot be read or written
 * is skipped (logged at DEBUG); the brief is the same either way. Written to a temporary file, then moved.
 */
final class CacheFiles {

    static final String NAME = ".course-cache.json";
    static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(CacheFiles.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CacheFiles() {
    }

    /** @return the findings stored in {@code dir} for this screen and transcript digest, or null */
    static List<RiskFinding> findings(Path dir, String screenId, String digest) {
        JsonNode entry = entry(dir.resolve(NAME), "findings", screenId);
        if (entry == null || !digest.equals(entry.path("transcript").asText())) {
            return null;
        }
        try {
            List<RiskFinding> out = new ArrayList<>();
            for (JsonNode f : entry.path("items")) {
                out.add(finding(f));
            }
            return out;
        } catch (RuntimeException e) {
            LOG.debug("course cache: {} in {} ignored ({})", NAME, dir.getFileName(), e.getClass().getSimpleName());
            return null;
        }
    }

    /** Stores the findings for this screen and transcript digest in {@code dir}, keeping other screens' entries. */
    static void storeFindings(Path dir, String screenId, String digest, List<RiskFinding> findings) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode().put("transcript", digest);
        ArrayNode items = entry.putArray("items");
        findings.forEach(f -> items.add(tree(f)));
        store(dir.resolve(NAME), "findings", screenId, entry);
    }

    /** @return the findings of other transcripts (journal entries) stored in the client folder for this screen */
    static Map<String, List<RiskFinding>> entryFindings(Path clientDir, String screenId) {
        Map<String, List<RiskFinding>> out = new LinkedHashMap<>();
        JsonNode entry = entry(clientDir.resolve(NAME), "entries", screenId);
        if (entry != null) {
            try {
                entry.fields().forEachRemaining(e -> {
                    List<RiskFinding> list = new ArrayList<>();
                    e.getValue().forEach(f -> list.add(finding(f)));
                    out.put(e.getKey(), list);
                });
            } catch (RuntimeException e) {
                LOG.debug("course cache: entry findings ignored ({})", e.getClass().getSimpleName());
                out.clear();
            }
        }
        return out;
    }

    /** Stores exactly these findings of other transcripts (journal entries) for this screen in the client folder. */
    static void storeEntryFindings(Path clientDir, String screenId, Map<String, List<RiskFinding>> findings) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        findings.forEach((k, v) -> {
            ArrayNode items = entry.putArray(k);
            v.forEach(f -> items.add(tree(f)));
        });
        store(clientDir.resolve(NAME), "entries", screenId, entry);
    }

    /** @return the vectors stored in the client folder for this embedder, by text digest (empty when none) */
    static Map<String, float[]> vectors(Path clientDir, String embedderId) {
        Map<String, float[]> out = new LinkedHashMap<>();
        JsonNode entry = entry(clientDir.resolve(NAME), "vectors", embedderId);
        if (entry != null) {
            try {
                entry.fields().forEachRemaining(e -> out.put(e.getKey(), floats(e.getValue().asText())));
            } catch (RuntimeException e) {
                LOG.debug("course cache: vectors ignored ({})", e.getClass().getSimpleName());
                out.clear();
            }
        }
        return out;
    }

    /** Stores exactly these vectors for this embedder in the client folder, keeping other embedders' entries. */
    static void storeVectors(Path clientDir, String embedderId, Map<String, float[]> vectors) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        vectors.forEach((k, v) -> entry.put(k, base64(v)));
        store(clientDir.resolve(NAME), "vectors", embedderId, entry);
    }

    /**
     * Sets {@code section.key} to {@code entry} in the cache file, keeping the file's other entries (a file of
     * another version starts afresh), and writes it.
     */
    private static void store(Path file, String section, String key, JsonNode entry) {
        JsonNode old = read(file);
        ObjectNode root = old instanceof ObjectNode o && o.path("version").asInt() == VERSION ? o
                : JsonNodeFactory.instance.objectNode().put("version", VERSION);
        ObjectNode all = root.has(section) && root.get(section).isObject() ? (ObjectNode) root.get(section)
                : root.putObject(section);
        all.set(key, entry);
        write(file, root);
    }

    /** @return the cache file's {@code section.key} entry, or null when the file or the entry is missing */
    private static JsonNode entry(Path file, String section, String key) {
        JsonNode root = read(file);
        return root == null ? null : root.path(section).get(key);
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.debug("course cache: {} unreadable ({})", NAME, e.getClass().getSimpleName());
            return null;
        }
    }

    private static void write(Path file, JsonNode root) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(file.getParent(), NAME, ".tmp");
            Files.writeString(tmp, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("course cache: {} not written ({})", NAME, e.getClass().getSimpleName());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    private static ObjectNode tree(RiskFinding f) {
        RiskFlag r = f.flag();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("kind", r.kind().name()).put("status", r.status().name()).put("severity", r.severity().name());
        ArrayNode ev = o.putArray("evidence");
        r.evidence().forEach(ev::add);
        ArrayNode sa = o.putArray("safetyActions");
        r.safetyActions().forEach(sa::add);
        if (r.cssrs() != null) {
            o.put("cssrs", r.cssrs().name());
        }
        if (r.perpetrator() != null) {
            o.put("perpetrator", r.perpetrator().name());
        }
        ArrayNode d = o.putArray("details");
        f.details().forEach(d::add);
        o.put("historical", f.historical());
        return o;
    }

    private static RiskFinding finding(JsonNode o) {
        List<String> evidence = new ArrayList<>();
        o.path("evidence").forEach(x -> evidence.add(x.asText()));
        List<String> actions = new ArrayList<>();
        o.path("safetyActions").forEach(x -> actions.add(x.asText()));
        List<String> details = new ArrayList<>();
        o.path("details").forEach(x -> details.add(x.asText()));
        RiskFlag flag = new RiskFlag(RiskFlag.Kind.valueOf(o.get("kind").asText()), RiskFlag.Status.valueOf(o.get("status").asText()),
                RiskFlag.Severity.valueOf(o.get("severity").asText()), evidence, actions,
                o.hasNonNull("cssrs") ? RiskFlag.CssrsLevel.valueOf(o.get("cssrs").asText()) : null,
                o.hasNonNull("perpetrator") ? RiskFlag.Perpetrator.valueOf(o.get("perpetrator").asText()) : null);
        return new RiskFinding(flag, details, o.path("historical").asBoolean());
    }

    private static String base64(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    private static float[] floats(String s) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[b.remaining() / Float.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }
}
