package org.clinicalnotes.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of model outputs ({@link NoteModel.Draft}s as JSON), so that rerunning an evaluation only rescores.
 *
 * <p>The key is a SHA-256 over the model's id ({@code name/version}), for in-process models a fingerprint of
 * the code they were loaded from (the jar's size and time, or the newest class file of a classes folder, so a
 * rebuilt offline model is not served stale drafts), the template's id and sections, and the dialogue text.
 * Entries are written through a temporary file and an atomic move; an unreadable entry is treated as missing.
 * The cache holds model output (clinical text): keep it next to the data it was made from. Thread-safe.
 *
 * @since 0.1.0
 */
public final class DraftCache {

    private static final Logger LOG = LoggerFactory.getLogger(DraftCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private DraftCache(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens (and creates when needed) a cache folder.
     *
     * @param dir the folder; not null
     * @return the cache
     * @throws org.clinicalnotes.BadInputException (CN-1903) when the folder cannot be created
     * @since 0.1.0
     */
    public static DraftCache open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new org.clinicalnotes.BadInputException("CN-1903", dir.toString(), 0,
                    "cannot create the cache folder (" + e.getClass().getSimpleName() + ")",
                    "choose another folder with --cache", e);
        }
        return new DraftCache(dir);
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /**
     * Computes the cache key for one model call.
     *
     * @param model the model; not null
     * @param template the template; not null
     * @param dialogue the dialogue text; not null
     * @return a 64-character hex key
     * @since 0.1.0
     */
    public static String key(NoteModel model, NoteTemplate template, String dialogue) {
        StringBuilder sb = new StringBuilder();
        sb.append(model.info().id()).append('\n').append(model.info().local() ? codeFingerprint(model.getClass()) : "")
                .append('\n').append(template.id());
        for (NoteTemplate.SectionSpec s : template.sections()) {
            sb.append('|').append(s.id()).append(':').append(s.accepts());
        }
        sb.append('\n').append(dialogue);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String codeFingerprint(Class<?> type) {
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return "";
            }
            Path p = Path.of(cs.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    long[] acc = {0, 0};
                    files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                        try {
                            acc[0] = Math.max(acc[0], Files.getLastModifiedTime(f).toMillis());
                            acc[1] += Files.size(f);
                        } catch (IOException e) {
                            // a file that vanished changes nothing we can fingerprint
                        }
                    });
                    return acc[1] + "@" + acc[0];
                }
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            LOG.debug("no code fingerprint for the model ({})", e.getClass().getSimpleName());
        }
        return "";
    }

    /**
     * Looks an entry up.
     *
     * @param key a key from {@link #key}
     * @return the draft, or empty when missing or unreadable
     * @since 0.1.0
     */
    public Optional<NoteModel.Draft> get(String key) {
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromJson(JSON.readTree(file.toFile())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring an unreadable cache entry {} ({})", file.getFileName(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Stores an entry (atomically; a failure to write is logged and otherwise ignored).
     *
     * @param key a key from {@link #key}
     * @param draft the draft; not null
     * @since 0.1.0
     */
    public void put(String key, NoteModel.Draft draft) {
        Path file = dir.resolve(key + ".json");
        try {
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(toJson(draft)), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("cannot write cache entry {} ({})", file.getFileName(), e.getClass().getSimpleName());
        }
    }

    static ObjectNode toJson(NoteModel.Draft draft) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        ArrayNode sections = root.putArray("sections");
        for (NoteSection s : draft.sections()) {
            ObjectNode sn = sections.addObject();
            sn.put("id", s.id()).put("title", s.title());
            if (s.loincCode() != null) {
                sn.put("loinc", s.loincCode());
            }
            ArrayNode sts = sn.putArray("statements");
            for (NoteStatement st : s.statements()) {
                ObjectNode n = sts.addObject();
                n.put("text", st.text());
                ArrayNode ev = n.putArray("evidence");
                st.evidence().forEach(ev::add);
            }
        }
        return root;
    }

    static NoteModel.Draft fromJson(JsonNode root) {
        if (root.path("format").asInt() != 1) {
            throw new IllegalArgumentException("unknown cache format");
        }
        List<NoteSection> sections = new ArrayList<>();
        for (JsonNode sn : root.withArray("sections")) {
            List<NoteStatement> statements = new ArrayList<>();
            for (JsonNode n : sn.withArray("statements")) {
                List<String> ev = new ArrayList<>();
                n.withArray("evidence").forEach(e -> ev.add(e.asText()));
                statements.add(NoteStatement.of(n.get("text").asText(), ev));
            }
            sections.add(new NoteSection(sn.get("id").asText(), sn.get("title").asText(),
                    sn.hasNonNull("loinc") ? sn.get("loinc").asText() : null, statements));
        }
        return new NoteModel.Draft(sections);
    }
}
